// Fetch and validate the dataset; every failure becomes a DatasetError whose message says what is wrong.
import { DatasetError, parseDataset, type Dataset } from '../schema/dataset';

export const DEFAULT_DATASET_URL = 'data/dataset.json';

/** The dataset URL: data/dataset.json next to the app, or ?data=<relative path>.json (used by the benchmark). */
export function datasetUrl(search: string): string {
  const asked = new URLSearchParams(search).get('data');
  if (asked && /^[\w][\w./-]*\.json$/.test(asked) && !asked.includes('..')) return asked;
  return DEFAULT_DATASET_URL;
}

export async function loadDataset(url: string, fetchImpl: typeof fetch = fetch): Promise<Dataset> {
  let res: Response;
  try {
    res = await fetchImpl(url, { cache: 'no-cache' });
  } catch (e) {
    throw new DatasetError(`Could not fetch the dataset at ${url}: ${(e as Error).message}`);
  }
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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(`The dataset at ${url} is not valid JSON (${(e as Error).message}).`);
  }
  return parseDataset(json, url);
}
