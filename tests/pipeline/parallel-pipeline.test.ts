// The CLI's parallel runner (worker threads, batches shared out as workers free up) must build exactly the
// dataset runPipeline builds: same content and same key order, so that dataset.json is the same file.
import { syntheticCorpus } from '../../bench/synthetic-corpus';
import { runPipelineInParallel } from '../../src/cli/parallel-pipeline';
import { runPipeline } from '../../src/pipeline/run-pipeline';
import { readCorpus } from './read-corpus';

function mixedCorpus() {
  const bundled = readCorpus('public/data/corpus');
  const unseen = readCorpus('tests/fixtures/unseen'); // no manifest, datelines, English, discovered persons
  const synthetic = syntheticCorpus(150); // several batches per worker
  const bad = [
    { name: 'empty.txt', bytes: new Uint8Array() },
    { name: 'a b.txt', bytes: new TextEncoder().encode('قال لافروف في اتصال هاتفي مع عراقجي اليوم.') },
    { name: 'a-b.txt', bytes: new TextEncoder().encode('التقى بوتين بزشكيان أمس.') }, // the same id as «a b.txt»
    { name: 'peru.txt', bytes: new TextEncoder().encode('التقى لافروف وزير الخارجية الغوياني هيو تود في موسكو.') }, // a discovered person
  ];
  const manifest = JSON.stringify([...JSON.parse(bundled.manifest!), ...JSON.parse(synthetic.manifest)]);
  return { files: [...bundled.files, ...unseen.files, ...synthetic.files, ...bad], manifest };
}

describe('runPipelineInParallel', () => {
  it('builds the same dataset and issues as runPipeline', async () => {
    const { files, manifest } = mixedCorpus();
    const single = runPipeline(files, manifest);
    const progress: number[] = [];
    const parallel = await runPipelineInParallel(files, manifest, { threads: 3, onProgress: (done) => progress.push(done) });
    expect(parallel.threads).toBe(3); // two workers and this thread
    expect(single.dataset.actors.some((a) => a.discovered)).toBe(true);
    expect(parallel.issues).toEqual(single.issues);
    expect(parallel.dataset).toEqual(single.dataset);
    expect(JSON.stringify(parallel.dataset)).toBe(JSON.stringify(single.dataset));
    expect(progress[progress.length - 1]).toBe(files.length); // files done, the skipped ones included
  });

  it('handles a corpus with no readable article', async () => {
    const result = await runPipelineInParallel([{ name: 'empty.txt', bytes: new Uint8Array() }], null);
    expect(result.dataset.documents).toEqual([]);
    expect(result.issues.map((i) => i.file)).toEqual(['empty.txt']);
  });
});
