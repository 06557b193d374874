// Fetch and validate the dataset; every failure becomes a DatasetError whose message says what is wrong.
// In a browser a large file is validated in a worker (load-dataset.worker.ts) while the page parses and indexes the
// same text itself (handing a parsed dataset over from a worker costs more than parsing it twice), and as soon as
// it has, starts the graph's layout in a worker of its own: the layout need not wait for the validation.
import { DatasetError, parseDataset, type Dataset } from '../schema/dataset';
import { buildDatasetIndex } from '../store/dataset-index';
import { adoptLayout } from '../views/graph/loader-layout';
// Small, without cytoscape (only its worker loads that): the loader starts the layout itself.
import { layoutFromIndex, warmLayoutWorker } from '../views/graph/layout-client';

/** What the loader's worker posts: that the text is a valid dataset or what is wrong with it. */
export type LoaderMessage = { kind: 'valid' } | { kind: 'error'; message: string };

/** A dataset this small (in characters) is parsed faster in place than handed to a worker. */
const IN_PLACE_BELOW = 2_000_000;

const newLoaderWorker = () => new Worker(new URL('./load-dataset.worker.ts', import.meta.url), { type: 'module' });

/** Downloads the dataset, then parses and validates it: a large one in a worker when the browser has them
 *  (keeping the page responsive), in place otherwise or when given a fetch to use. */
export async function loadDataset(url: string, fetchImpl?: typeof fetch): Promise<Dataset> {
  const workers = !fetchImpl && typeof Worker !== 'undefined';
  let worker: Worker | null = null;
  let text: string;
  try {
    const response = await request(url, fetchImpl ?? fetch);
    // A large dataset is validated and laid out in workers: start them as soon as the size is known (while the text
    // downloads, when the server says it), so that they have loaded their code by the time the page has parsed the
    // text. A small one starts none: their start-up would compete with the page for the CPU, for nothing.
    if (workers && Number(response.headers.get('content-length')) >= IN_PLACE_BELOW) {
      worker = newLoaderWorker();
      warmLayoutWorker();
    }
    text = await responseText(url, response);
  } catch (e) {
    worker?.terminate();
    throw e;
  }
  if (workers && text.length >= IN_PLACE_BELOW) {
    warmLayoutWorker();
    return loadInWorker(worker ?? newLoaderWorker(), url, text);
  }
  worker?.terminate();
  return parseDatasetText(url, text);
}

function loadInWorker(worker: Worker, url: string, text: string): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    // Parsed and indexed here while the worker validates; used only once the worker has found the text valid.
    let parsed: Dataset | null = null;
    worker.onmessage = ({ data }: MessageEvent<LoaderMessage>) => {
      worker.terminate();
      if (data.kind === 'valid') resolve(parsed ?? parseDatasetText(url, text));
      else reject(new DatasetError(data.message));
    };
    // The worker could not start (or died): validate here instead.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      try {
        resolve(parseDatasetText(url, text));
      } catch (err) {
        reject(err);
      }
    };
    worker.postMessage({ url, text });
    try {
      parsed = JSON.parse(text) as Dataset;
      // The store's index of it, ready for loadSucceeded (buildDatasetIndex remembers it per dataset).
      const index = buildDatasetIndex(parsed);
      // Not yet validated: a layout that fails on a bad dataset is never used (the worker reports the dataset).
      adoptLayout(parsed, layoutFromIndex(index));
    } catch {
      parsed = null; // not JSON (or not a dataset): the worker says what is wrong
    }
  });
}

async function request(url: string, fetchImpl: typeof fetch): Promise<Response> {
  try {
    return await fetchImpl(url, { cache: 'no-cache' });
  } catch (e) {
    throw new DatasetError(`Could not fetch the dataset at ${url}: ${(e as Error).message}`);
  }
}

async function responseText(url: string, res: Response): Promise<string> {
  if (!res.ok)
    throw new DatasetError(
      `The dataset was not found at ${url} (HTTP ${res.status}). Build it with “npm run build:data”, which writes public/data/dataset.json.`,
    );
  const type = res.headers.get('content-type') ?? '';
  const text = await res.text();
  if (type.includes('text/html') || /^\s*<(!doctype|html)/i.test(text))
    throw new DatasetError(
      `The dataset was not found at ${url}: the server answered with an HTML page. Build it with “npm run build:data”.`,
    );
  return text;
}

/** Parses and validates the text of a dataset file; `url` names it in messages. */
export function parseDatasetText(url: string, text: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(`The dataset at ${url} is not valid JSON (${(e as Error).message}).`);
  }
  return parseDataset(json, url);
}
