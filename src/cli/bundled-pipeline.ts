// The pipeline as the parallel runner (parallel-pipeline.ts) loads it: bundled by esbuild into plain JS, in
// its own thread and in each worker. Plain JS starts faster than TypeScript compiled on load, and runs
// faster than tsx's output too (tsx keeps function names with a helper called on every closure created).
// In a worker started by the runner it also analyzes the batches of article sources it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { defaultActorIndex } from '../pipeline/actors/default-actor-index';
import { analyzeSources } from '../pipeline/run-pipeline';
import type { BatchRequest, BatchResult } from './parallel-pipeline';

export { defaultActorIndex } from '../pipeline/actors/default-actor-index';
export { ArticleSourceReader, byFileName } from '../pipeline/corpus/prepare-articles';
export { analyzeSources, DatasetAssembler, joinRecords } from '../pipeline/run-pipeline';

/** The `workerData` the runner starts its workers with. */
export const WORKER_ROLE = 'news-pipeline/analyze';

if (workerData === WORKER_ROLE) {
  const index = defaultActorIndex();
  let peakHeap = 0;
  parentPort!.on('message', ({ batch, sources }: BatchRequest) => {
    const { articles, analysis } = analyzeSources(sources, index);
    // The sender already holds each article's text: it is put back there rather than copied back.
    for (const article of articles) article.text = '';
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    parentPort!.postMessage({ batch, articles, analysis, peakHeap } satisfies BatchResult);
  });
}
