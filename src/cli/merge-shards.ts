// `build:data --merge DIR1 DIR2 … --out FILE`: the corpus-wide stages (actors, event merging, corrections, edges,
// layout) over the shards' outputs, read in shard order, and the writer: the dataset the whole build would write.
// The shards are checked as a set before any is read: one corpus, one set of corrections, every shard once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusIssue } from '../pipeline/corpus/corpus-issue';
import { parseCorrectionsText, type Correction } from '../schema/corrections';
import { corpusStage, type DatasetOutcome } from './build-dataset-file';
import type { DatasetWriter } from './dataset-writer';
import { pipelineFingerprint } from './parallel-pipeline';
import { readShardBatches, readShardHeader, SHARD_CORRECTIONS_NAME, ShardError, type ShardOutput } from './shard-output';
import { correctionsFingerprint } from './shard-plan';

export interface ShardSet {
  /** In shard order. */
  shards: ShardOutput[];
  corrections: Correction[] | undefined;
  /** The corpus's problems, as the whole build reports them. */
  issues: CorpusIssue[];
}

/** The shard outputs in `dirs` (in any order), checked as a set; a ShardError names the shard at fault. */
export function openShards(dirs: string[]): ShardSet {
  if (dirs.length === 0) throw new ShardError('no shard folder given');
  const given = dirs.map(readShardHeader);
  const [first] = given;
  const count = first.header.shard.count;
  const pipeline = pipelineFingerprint();
  for (const s of given) {
    if (s.header.shard.count !== count) throw new ShardError(`${s.name} and ${first.name} are shards of different splits (${s.header.shard.count} and ${count} shards)`);
    if (s.header.corpus.fingerprint !== first.header.corpus.fingerprint) {
      throw new ShardError(`${s.name} was cut from another corpus than ${first.name} (their files, sizes or manifest differ, or the files were ordered under another locale)`);
    }
    if (s.header.pipeline !== first.header.pipeline || s.header.pipeline !== pipeline) {
      const other = s.header.pipeline !== first.header.pipeline ? `than ${first.name}` : 'than this merge';
      throw new ShardError(`${s.name} was analysed by another version of the pipeline (its code, actor registry or lexicons) ${other}: build every shard and the merge from the same checkout`);
    }
    if (s.header.corrections !== first.header.corrections) throw new ShardError(`${s.name} was built with other corrections than ${first.name}`);
  }
  const shards: ShardOutput[] = [];
  for (const s of given) {
    const same = shards[s.header.shard.index - 1];
    if (same) throw new ShardError(`${same.name} and ${s.name} are the same shard: give each shard once`);
    shards[s.header.shard.index - 1] = s;
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !shards[i]);
  if (missing.length > 0) throw new ShardError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i + 1}/${count}`).join(', ')} missing: the merge needs all ${count}`);
  const files = shards.reduce((n, s) => n + s.header.files.count, 0);
  if (files !== first.header.corpus.files) throw new ShardError(`the shards hold ${files} files in all, their corpus has ${first.header.corpus.files}: they were not cut alike`);
  const issues = [...first.header.manifestIssues, ...shards.flatMap((s) => s.header.fileIssues)];
  checkAssumptions(shards, issues);
  return { shards, corrections: correctionsOf(first), issues };
}

/** Refuses shards that gave a file another id than the whole build would, having taken an unreadable file as readable. */
function checkAssumptions(shards: ShardOutput[], issues: CorpusIssue[]): void {
  const unreadable = new Map(issues.map((i) => [i.file, i.message]));
  for (const s of shards) {
    for (const a of s.header.assumptions) {
      const why = unreadable.get(a.file);
      if (why === undefined) continue;
      throw new ShardError(
        `${s.name} gave ${a.by} another id than ${a.id}, which ${a.file} of an earlier shard would hold; but ${a.file} is skipped (${why}). ` +
          `Remove ${a.file} from the corpus and build the shards again`,
      );
    }
  }
}

function correctionsOf(shard: ShardOutput): Correction[] | undefined {
  if (shard.header.corrections === 'none') return undefined;
  const path = join(shard.dir, SHARD_CORRECTIONS_NAME);
  if (!existsSync(path)) throw new ShardError(`${shard.name}: ${SHARD_CORRECTIONS_NAME} is missing (the shard was built with corrections)`);
  const { corrections } = parseCorrectionsText(readFileSync(path, 'utf8'), path);
  if (correctionsFingerprint(corrections) !== shard.header.corrections) throw new ShardError(`${path}: not the corrections the shard was built with (changed since)`);
  return corrections;
}

/** Merges the shards into `writer`, which puts the dataset in place only when it is whole and valid. */
export async function mergeShards({ shards, corrections, issues }: ShardSet, writer: DatasetWriter, options: { strict?: boolean } = {}): Promise<DatasetOutcome> {
  try {
    const stage = corpusStage(writer, corrections);
    for (const shard of shards) for await (const batch of readShardBatches(shard)) stage.add(batch);
    return await stage.complete({ issues, strict: options.strict });
  } catch (e) {
    await writer.abort();
    throw e;
  }
}
