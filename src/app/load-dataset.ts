// Fetch and validate the dataset; every failure becomes a DatasetError whose message says what is wrong.
// In a browser a large file is validated in a worker (load-dataset.worker.ts) while the page parses and indexes the
// same text itself (handing a parsed dataset over from a worker costs more than parsing it twice); the worker then
// lays the graph out at once.
import { DatasetError, parseDataset, type Dataset } from '../schema/dataset';
import { buildDatasetIndex } from '../store/dataset-index';
import type { Positions } from '../views/graph/compute-layout';
import { adoptLayout } from '../views/graph/loader-layout';

export const DEFAULT_DATASET_URL = 'data/dataset.json';

/** What the loader's worker posts: that the text is a valid dataset or what is wrong with it, then the layout (or
 *  why it failed). */
export type LoaderMessage =
  | { kind: 'valid' }
  | { kind: 'error'; message: string }
  | { kind: 'layout'; positions: Positions }
  | { kind: 'layout-failed'; message: string };

/** The dataset URL: data/dataset.json next to the app, or ?data=<relative path>.json (used by the benchmark). */
export function datasetUrl(search: string): string {
  const asked = new URLSearchParams(search).get('data');
  if (asked && /^[\w][\w./-]*\.json$/.test(asked) && !asked.includes('..')) return asked;
  return DEFAULT_DATASET_URL;
}

/** A dataset this small (in characters) is parsed faster in place than handed to a worker. */
const IN_PLACE_BELOW = 2_000_000;

/** Downloads the dataset, then parses and validates it: a large one in a worker when the browser has them
 *  (keeping the page responsive), in place otherwise or when given a fetch to use. */
export async function loadDataset(url: string, fetchImpl?: typeof fetch): Promise<Dataset> {
  // Started with the download, so that it is ready when the text arrives; dropped if the text is small.
  const worker =
    fetchImpl || typeof Worker === 'undefined'
      ? null
      : new Worker(new URL('./load-dataset.worker.ts', import.meta.url), { type: 'module' });
  let text: string;
  try {
    text = await responseText(url, await request(url, fetchImpl ?? fetch));
  } catch (e) {
    worker?.terminate();
    throw e;
  }
  if (worker && text.length >= IN_PLACE_BELOW) return loadInWorker(worker, url, text);
  worker?.terminate();
  return parseDatasetText(url, text);
}

function loadInWorker(worker: Worker, url: string, text: string): Promise<Dataset> {
  return new Promise((resolve, reject) => {
    let layout: { resolve: (p: Positions) => void; reject: (e: Error) => void } | null = null;
    // Parsed and indexed here while the worker validates; used only once the worker has found the text valid.
    let parsed: Dataset | null = null;
    worker.onmessage = ({ data }: MessageEvent<LoaderMessage>) => {
      if (data.kind === 'valid') {
        const dataset = parsed ?? parseDatasetText(url, text);
        adoptLayout(dataset, new Promise((ok, fail) => (layout = { resolve: ok, reject: fail })));
        resolve(dataset);
        return;
      }
      worker.terminate();
      if (data.kind === 'error') reject(new DatasetError(data.message));
      else if (data.kind === 'layout') layout?.resolve(data.positions);
      else layout?.reject(new Error(data.message));
    };
    // The worker could not start (or died): validate here instead; a layout it owed is computed by the graph view.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      if (layout) layout.reject(new Error('the dataset loader stopped'));
      else {
        try {
          resolve(parseDatasetText(url, text));
        } catch (err) {
          reject(err);
        }
      }
    };
    worker.postMessage({ url, text });
    try {
      parsed = JSON.parse(text) as Dataset;
      // The store's index of it, ready for loadSucceeded (buildDatasetIndex remembers it per dataset).
      buildDatasetIndex(parsed);
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
