// The ingest worker: the pipeline runs here, off the page's thread, behind a comlink API.
import { expose } from 'comlink';
import { appendArticles, rebuildDataset } from './rebuild-dataset';

export const ingestWorkerApi = { rebuildDataset, appendArticles };
export type IngestWorkerApi = typeof ingestWorkerApi;

expose(ingestWorkerApi);
