// The page's side of the ingest worker: one worker for the page's lifetime, started on first use. Where there are
// no workers (jsdom tests) the same function runs in place.
import { proxy, wrap, type Remote } from 'comlink';
import type { Correction } from '../schema/corrections';
import type { DatasetDocument } from '../schema/dataset';
import type { AddedArticle } from './added-article';
import type { IngestWorkerApi } from './ingest.worker';
import type { ProgressListener, RebuildResult } from './rebuild-dataset';

let current: { worker: Worker; api: Remote<IngestWorkerApi> } | null = null;

function start() {
  const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
  return { worker, api: wrap<IngestWorkerApi>(worker) };
}

export function rebuildOffThread(documents: DatasetDocument[], added: AddedArticle[], corrections: Correction[], onProgress: ProgressListener): Promise<RebuildResult> {
  // Imported lazily: the pipeline stays out of the page's bundle.
  if (typeof Worker === 'undefined') return import('./rebuild-dataset').then((m) => m.rebuildDataset(documents, added, corrections, onProgress));
  const { worker, api } = (current ??= start());
  return new Promise<RebuildResult>((resolve, reject) => {
    // A worker that fails to load or dies answers nothing: the call fails rather than waits for ever.
    const onError = (e: ErrorEvent) => {
      worker.terminate();
      if (current?.worker === worker) current = null;
      reject(new Error(e.message || 'the analysis worker stopped'));
    };
    worker.addEventListener('error', onError);
    api
      .rebuildDataset(documents, added, corrections, proxy(onProgress))
      .then(resolve, reject)
      .finally(() => worker.removeEventListener('error', onError));
  });
}
