// `build:data --shard K/N --shard-out DIR`: the per-article analysis (the map) of one shard of the corpus, written
// to a folder (shard-output.ts) for `build:data --merge` to join with the other shards'.
import { mapCorpusInParallel, pipelineFingerprint, type LazyCorpus, type ParallelOptions } from './parallel-pipeline';
import { ShardWriter, type ShardHeader } from './shard-output';
import { corpusFingerprint, correctionsFingerprint, type Shard } from './shard-plan';

/** Analyses shard `shard` of `corpus` into the folder `dir`, which holds a whole shard output or what it held before. */
export async function buildShard(corpus: LazyCorpus, shard: Shard, dir: string, options: ParallelOptions = {}): Promise<ShardHeader> {
  const writer = new ShardWriter(dir);
  try {
    const mapped = await mapCorpusInParallel(corpus, (batch) => writer.add(batch), { ...options, shard });
    const facts = {
      shard,
      corpus: { fingerprint: corpusFingerprint(corpus.files, corpus.manifest), files: corpus.files.length },
      files: { count: mapped.files.length, first: mapped.files[0] ?? null, last: mapped.files.at(-1) ?? null },
      pipeline: pipelineFingerprint(),
      corrections: correctionsFingerprint(corpus.corrections),
      manifestIssues: mapped.manifestIssues,
      fileIssues: mapped.fileIssues,
      assumptions: mapped.assumptions,
    };
    return writer.finish(facts, corpus.corrections);
  } catch (e) {
    writer.abort();
    throw e;
  }
}
