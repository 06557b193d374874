// The ingest worker: the pipeline runs here, off the page's thread, behind a comlink API.
import { expose } from 'comlink';
import { rebuildDataset } from './rebuild-dataset';

export const ingestWorkerApi = { rebuildDataset };
export type IngestWorkerApi = typeof ingestWorkerApi;

expose(ingestWorkerApi);
