// The dataset loader's worker: decodes, parses and validates a large dataset off the main thread and says whether it is
// valid (the page parses the same text itself meanwhile, and lays the graph out in a worker of its own).
import { DatasetError } from '../schema/dataset';
import { parseDatasetFile, type DatasetFile, type LoaderMessage } from './load-dataset';

const post = (m: LoaderMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = ({ data: file }: MessageEvent<DatasetFile>) => {
  try {
    parseDatasetFile(file);
  } catch (err) {
    post({ kind: 'error', message: (err as Error).message, problem: err instanceof DatasetError ? err.problem : undefined });
    return;
  }
  post({ kind: 'valid' });
};

// Running: the page waits for this before its own long parse (see loadInWorker).
post({ kind: 'ready' });
