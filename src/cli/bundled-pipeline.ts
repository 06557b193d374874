// The pipeline as the parallel runner (parallel-pipeline.ts) loads it: bundled by esbuild into plain JS, in
// its own thread and in each worker. Plain JS starts faster than TypeScript compiled on load, and runs
// faster than tsx's output too (tsx keeps function names with a helper called on every closure created).
// In a worker started by the runner it also analyzes the batches of article sources it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { ActorIndex } from '../pipeline/actors/actor-index';
import { defaultActorIndex } from '../pipeline/actors/default-actor-index';
import type { ArticleSource } from '../pipeline/corpus/prepare-articles';
import { correctMentions } from '../pipeline/corrections/correct-mentions';
import type { CorrectionPlan } from '../pipeline/corrections/correction-plan';
import { analyzeSources, correctionPlanOf, sliceRecords, type SliceIndex } from '../pipeline/run-pipeline';
import type { Correction } from '../schema/corrections';
import type { BatchRequest, BatchResult } from './parallel-pipeline';
import { sliceText, type SliceText } from './slice-text';

export { defaultActorIndex } from '../pipeline/actors/default-actor-index';
export { ArticleSourceReader, byFileName, newFiles } from '../pipeline/corpus/prepare-articles';
export { correctionPlanOf, countMentions, DatasetAssembler, joinRecords, namedActors } from '../pipeline/run-pipeline';
export { DiscoveredActors } from '../pipeline/actors/discovered-actors';
export { CrossDocumentMerger, keyOf } from '../pipeline/events/merge-events';
export { toDatasetEvent } from '../pipeline/events/to-dataset-events';

export interface AnalyzedBatch {
  /** The batch's documents, passages and mentions (corrected), checked and laid out for the file. */
  slice: SliceText;
  /** What the corpus-wide stages need besides the mentions' references (in `slice`), with the corrections' trace. */
  index: Omit<SliceIndex, 'mentions'>;
}

/**
 * A batch of article sources analysed, in whichever thread: only text and small records leave it. The corrections'
 * mention stage runs here, where the passages' texts are at hand, before the mentions are laid out as text.
 */
export function analyzeBatch(sources: ArticleSource[], index: ActorIndex, plan: CorrectionPlan | null): AnalyzedBatch {
  const { articles, analysis } = analyzeSources(sources, index);
  const found = { discoveries: analysis.discoveries, candidates: analysis.candidates };
  if (!plan) return { slice: sliceText(sliceRecords(articles, analysis)), index: found };
  const { mentions, trace } = correctMentions(analysis.passages, analysis.mentions, plan);
  return { slice: sliceText(sliceRecords(articles, { ...analysis, mentions })), index: { ...found, trace } };
}

/** What the runner starts its workers with: the role, and the corrections each worker plans for itself. */
export interface WorkerStart {
  role: typeof WORKER_ROLE;
  corrections: Correction[];
}
export const WORKER_ROLE = 'news-pipeline/analyze';

if ((workerData as WorkerStart | undefined)?.role === WORKER_ROLE) {
  const index = defaultActorIndex();
  const plan = correctionPlanOf((workerData as WorkerStart).corrections);
  let peakHeap = 0;
  parentPort!.on('message', ({ batch, sources }: BatchRequest) => {
    const analyzed = analyzeBatch(sources, index, plan);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    parentPort!.postMessage({ batch, ...analyzed, peakHeap } satisfies BatchResult);
  });
}
