// The page's side of the ingest worker: one worker for the page's lifetime, started on first use. Where there are
// no workers (jsdom tests) the same functions run in place.
import { proxy, wrap, type Remote } from 'comlink';
import type { Correction } from '../schema/corrections';
import type { Dataset, DatasetDocument } from '../schema/dataset';
import type { AddedArticle } from './added-article';
import type { IngestWorkerApi } from './ingest.worker';
import type { ProgressListener, RebuildResult } from './rebuild-dataset';

let current: { worker: Worker; api: Remote<IngestWorkerApi> } | null = null;

function start() {
  const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
  return { worker, api: wrap<IngestWorkerApi>(worker) };
}

/** The base's documents and the added articles through the pipeline. */
export function rebuildOffThread(documents: DatasetDocument[], added: AddedArticle[], corrections: Correction[], onProgress: ProgressListener): Promise<RebuildResult> {
  return offThread((api) => api.rebuildDataset(documents, added, corrections, proxy(onProgress)));
}

/** Only the added articles through the pipeline, merged into `extraction`. */
export function appendOffThread(extraction: Dataset, added: AddedArticle[], corrections: Correction[], onProgress: ProgressListener): Promise<RebuildResult> {
  return offThread((api) => api.appendArticles(extraction, added, corrections, proxy(onProgress)));
}

/** `call` on the worker's API, or on the functions themselves (in place) where there are no workers. */
function offThread(call: (api: IngestWorkerApi | Remote<IngestWorkerApi>) => RebuildResult | Promise<RebuildResult>): Promise<RebuildResult> {
  // Imported lazily: the pipeline stays out of the page's bundle.
  if (typeof Worker === 'undefined') return import('./rebuild-dataset').then(({ rebuildDataset, appendArticles }) => call({ rebuildDataset, appendArticles }));
  const { worker, api } = (current ??= start());
  return new Promise<RebuildResult>((resolve, reject) => {
    // A worker that fails to load or dies answers nothing: the call fails rather than waits for ever.
    const onError = (e: ErrorEvent) => {
      worker.terminate();
      if (current?.worker === worker) current = null;
      reject(new Error(e.message || 'the analysis worker stopped'));
    };
    worker.addEventListener('error', onError);
    Promise.resolve(call(api))
      .then(resolve, reject)
      .finally(() => worker.removeEventListener('error', onError));
  });
}
