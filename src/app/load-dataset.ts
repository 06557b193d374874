// Fetch and validate the dataset; every failure becomes a DatasetError whose message says what is wrong.
// In a browser a large file is validated in a worker (load-dataset.worker.ts) while the page parses and indexes the
// same text itself (handing a parsed dataset over from a worker costs more than parsing it twice), and as soon as
// it has, starts the graph's layout in a worker of its own: the layout need not wait for the validation.
import { DatasetError, parseDataset, type Dataset, type DatasetProblem } from '../schema/dataset';
import { buildDatasetIndex } from '../store/dataset-index';
import { adoptLayout } from '../views/graph/loader-layout';
// Small, without cytoscape (only its worker loads that): the loader starts the layout itself.
import { layoutFromIndex, warmLayoutWorker } from '../views/graph/layout-client';
import { markPhase } from '../views/shared/test-hooks';

/** What the loader's worker posts: that it runs, then that the text is a valid dataset or what is wrong with it. */
export type LoaderMessage = { kind: 'ready' } | { kind: 'valid' } | { kind: 'error'; message: string; problem?: DatasetProblem };

/** A dataset this small (in bytes) is parsed faster in place than handed to a worker. */
const IN_PLACE_BELOW = 2_000_000;

/** How long the page waits at most for the loader's worker to run before parsing the text itself. */
const START_WAIT_MS = 500;

interface LoaderWorker {
  worker: Worker;
  /** Once the worker runs: true; false if it could not start. */
  started: Promise<boolean>;
}

function startLoaderWorker(): LoaderWorker {
  const worker = new Worker(new URL('./load-dataset.worker.ts', import.meta.url), { type: 'module' });
  const started = new Promise<boolean>((resolve) => {
    const onMessage = (e: MessageEvent<LoaderMessage>) => e.data.kind === 'ready' && done(true);
    const onError = () => done(false);
    const done = (running: boolean) => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      resolve(running);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
  });
  return { worker, started };
}

/** Downloads the dataset, then parses and validates it: a large one in a worker when the browser has them
 *  (keeping the page responsive), in place otherwise or when given a fetch to use. */
export async function loadDataset(url: string, fetchImpl?: typeof fetch): Promise<Dataset> {
  const workers = !fetchImpl && typeof Worker !== 'undefined';
  let loader: LoaderWorker | null = null;
  let file: DatasetFile;
  try {
    const response = await request(url, fetchImpl ?? fetch);
    // A large dataset is validated in a worker: start it as soon as the size is known (while the text downloads,
    // when the server says it), so that it has loaded its code by the time the text is there. A small one starts
    // none: its start-up would compete with the page for the CPU, for nothing.
    if (workers && Number(response.headers.get('content-length')) >= IN_PLACE_BELOW) loader = startLoaderWorker();
    file = { url, bytes: await responseBytes(url, response), contentType: response.headers.get('content-type') ?? '' };
    markPhase('dataset-downloaded');
  } catch (e) {
    loader?.worker.terminate();
    throw e;
  }
  if (workers && file.bytes.byteLength >= IN_PLACE_BELOW) return loadInWorker(loader ?? startLoaderWorker(), file);
  loader?.worker.terminate();
  return parseDatasetFile(file);
}

/** A downloaded dataset file. The loader's worker is given it as it is: bytes are copied in a blink, where a
 *  long text takes a while. */
export interface DatasetFile {
  url: string;
  bytes: ArrayBuffer;
  contentType: string;
}

async function loadInWorker({ worker, started }: LoaderWorker, file: DatasetFile): Promise<Dataset> {
  worker.postMessage(file);
  // Chromium starts a worker's thread only when this one is free: a long parse here first would hold the
  // validation back by as long (measured: the worker ran ~400 ms after it was given the text).
  const running = await Promise.race([started, new Promise<null>((resolve) => setTimeout(resolve, START_WAIT_MS, null))]);
  if (running === false) {
    // It could not start: validate here instead.
    worker.terminate();
    return parseDatasetFile(file);
  }
  return new Promise((resolve, reject) => {
    // Parsed and indexed here while the worker validates; used only once the worker has found the text valid.
    let parsed: Dataset | null = null;
    worker.onmessage = ({ data }: MessageEvent<LoaderMessage>) => {
      if (data.kind === 'ready') return;
      worker.terminate();
      if (data.kind === 'valid') resolve(parsed ?? parseDatasetFile(file));
      else reject(new DatasetError(data.message, data.problem));
    };
    // The worker died (or could not start, after the wait): validate here instead.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      try {
        resolve(parseDatasetFile(file));
      } catch (err) {
        reject(err);
      }
    };
    try {
      const text = datasetText(file);
      // Without a stored layout (build:data writes one, last) the graph is laid out in a worker: start it now, so
      // that it has loaded cytoscape by the time the page has parsed the text. (Unescaped, `"layout":` can only be
      // that key: in a text value the quotes would be escaped.)
      if (text.lastIndexOf('"layout":') === -1) warmLayoutWorker();
      parsed = JSON.parse(text) as Dataset;
      // The store's index of it, ready for loadSucceeded (buildDatasetIndex remembers it per dataset).
      const index = buildDatasetIndex(parsed);
      // Not yet validated: a layout that fails on a bad dataset is never used (the worker reports the dataset).
      adoptLayout(parsed, layoutFromIndex(index));
      markPhase('dataset-indexed');
    } catch {
      parsed = null; // not text, not JSON or not a dataset: the worker says what is wrong
    }
  });
}

async function request(url: string, fetchImpl: typeof fetch): Promise<Response> {
  try {
    return await fetchImpl(url, { cache: 'no-cache' });
  } catch (e) {
    const reason = (e as Error).message;
    throw new DatasetError(`Could not fetch the dataset at ${url}: ${reason}`, { code: 'fetchFailed', values: { url, reason } });
  }
}

async function responseBytes(url: string, res: Response): Promise<ArrayBuffer> {
  if (!res.ok)
    throw new DatasetError(
      `The dataset was not found at ${url} (HTTP ${res.status}). Build it with “npm run build:data”, which writes public/data/dataset.json.`,
      { code: 'notFound', values: { url, status: String(res.status) } },
    );
  // The bytes, decoded in one go: Response.text() decodes each piece of the body on the main thread as it comes.
  return res.arrayBuffer();
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a dataset file; a DatasetError if it is not UTF-8 or is an HTML page (a server's 404 page). */
function datasetText({ url, bytes, contentType }: DatasetFile): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new DatasetError(`The dataset at ${url} is not UTF-8 text: it was saved in another encoding, or is not a text file.`, {
      code: 'notUtf8',
      values: { url },
    });
  }
  if (contentType.includes('text/html') || /^\s*<(!doctype|html)/i.test(text))
    throw new DatasetError(
      `The dataset was not found at ${url}: the server answered with an HTML page. Build it with “npm run build:data”.`,
      { code: 'htmlPage', values: { url } },
    );
  return text;
}

/** Decodes, parses and validates a downloaded dataset file. */
export function parseDatasetFile(file: DatasetFile): Dataset {
  return parseDatasetText(file.url, datasetText(file));
}

/** Parses and validates the text of a dataset file; `url` names it in messages. */
export function parseDatasetText(url: string, text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const reason = (e as Error).message;
    throw new DatasetError(`The dataset at ${url} is not valid JSON (${reason}).`, { code: 'notJson', values: { url, reason } });
  }
  return parseDataset(json, url);
}
