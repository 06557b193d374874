// The pipeline as the parallel runner (parallel-pipeline.ts) loads it: bundled by esbuild into plain JS, in
// its own thread and in each worker. Plain JS starts faster than TypeScript compiled on load, and runs
// faster than tsx's output too (tsx keeps function names with a helper called on every closure created).
// In a worker started by the runner it also analyzes the batches of article sources it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { ActorIndex } from '../pipeline/actors/actor-index';
import { defaultActorIndex } from '../pipeline/actors/default-actor-index';
import type { ArticleSource } from '../pipeline/corpus/prepare-articles';
import { analyzeSources, sliceRecords, type SliceIndex } from '../pipeline/run-pipeline';
import type { BatchRequest, BatchResult } from './parallel-pipeline';
import { sliceText, type SliceText } from './slice-text';

export { defaultActorIndex } from '../pipeline/actors/default-actor-index';
export { ArticleSourceReader, byFileName } from '../pipeline/corpus/prepare-articles';
export { DatasetAssembler, joinRecords } from '../pipeline/run-pipeline';

export interface AnalyzedBatch {
  /** The batch's documents, passages and mentions, checked and laid out for the file. */
  slice: SliceText;
  /** What the corpus-wide stages need besides the mentions' references (in `slice`). */
  index: Omit<SliceIndex, 'mentions'>;
}

/** A batch of article sources analysed, in whichever thread: only text and small records leave it. */
export function analyzeBatch(sources: ArticleSource[], index: ActorIndex): AnalyzedBatch {
  const { articles, analysis } = analyzeSources(sources, index);
  return { slice: sliceText(sliceRecords(articles, analysis)), index: { discoveries: analysis.discoveries, candidates: analysis.candidates } };
}

/** The `workerData` the runner starts its workers with. */
export const WORKER_ROLE = 'news-pipeline/analyze';

if (workerData === WORKER_ROLE) {
  const index = defaultActorIndex();
  let peakHeap = 0;
  parentPort!.on('message', ({ batch, sources }: BatchRequest) => {
    const analyzed = analyzeBatch(sources, index);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    parentPort!.postMessage({ batch, ...analyzed, peakHeap } satisfies BatchResult);
  });
}
