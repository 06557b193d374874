// Runs the CLI's pipeline over a dataset's documents plus the added articles, or over the added articles alone
// appended to the current extraction, then the analyst's corrections as its last stage. Pure: it runs in the ingest
// worker, and in place where there are no workers (unit tests).
import { parseDataset, type Dataset, type DatasetDocument } from '../schema/dataset';
import type { Correction } from '../schema/corrections';
import type { CorpusIssue } from '../pipeline/corpus/corpus-issue';
import { applyCorrections } from '../pipeline/corrections/apply-corrections';
import { appendToDataset, runPipeline, type PipelineResult } from '../pipeline/run-pipeline';
import type { AddedArticle } from './added-article';
import { corpusFromDocuments } from './corpus-from-dataset';

export type ProgressListener = (done: number, total: number) => void;

export interface RebuildResult {
  /** What the pipeline found, before corrections: the app keeps it to apply later corrections to. */
  dataset: Dataset;
  /** `dataset` with the corrections applied: what the app shows. */
  corrected: Dataset;
  issues: CorpusIssue[];
}

/** Progress reports per article would flood the channel to the page for big corpora: about a hundred at most. */
const PROGRESS_STEPS = 100;

function throttled(onProgress: ProgressListener | undefined): ProgressListener {
  let reported = 0;
  return (done, total) => {
    if (done === total || done - reported >= total / PROGRESS_STEPS) {
      reported = done;
      onProgress?.(done, total);
    }
  };
}

export function rebuildDataset(documents: DatasetDocument[], added: AddedArticle[], corrections: Correction[], onProgress?: ProgressListener): RebuildResult {
  const { files, manifest } = corpusFromDocuments(documents, added);
  return corrected(runPipeline(files, manifest, { onProgress: throttled(onProgress) }), corrections);
}

/**
 * `added` analysed alone and merged into `extraction` (a clean one: what the pipeline found, with no corrections
 * applied), as a rebuild with them last would merge them; then `corrections` applied.
 */
export function appendArticles(extraction: Dataset, added: AddedArticle[], corrections: Correction[], onProgress?: ProgressListener): RebuildResult {
  const { files, manifest } = corpusFromDocuments([], added);
  return corrected(appendToDataset(extraction, files, manifest, { onProgress: throttled(onProgress) }), corrections);
}

function corrected({ dataset, issues }: PipelineResult, corrections: Correction[]): RebuildResult {
  const extracted = parseDataset(dataset, 'merged dataset');
  return { dataset: extracted, corrected: applyCorrections(extracted, corrections), issues };
}
