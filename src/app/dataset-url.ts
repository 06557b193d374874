// Where the app reads its dataset. Apart from the loader so that the build (vite.config.ts) can name the file too.

export const DEFAULT_DATASET_URL = 'data/dataset.json';

/**
 * The dataset URL: data/dataset.json next to the app, ?data=<relative path>.json, or ?data=<relative path>/ for a
 * dataset folder (read on demand: isFolderUrl).
 */
export function datasetUrl(search: string): string {
  const asked = new URLSearchParams(search).get('data');
  if (asked && /^[\w][\w./-]*(?:\.json|\/)$/.test(asked) && !asked.includes('..')) return asked;
  return DEFAULT_DATASET_URL;
}

/** A dataset folder's URL ends with a slash. */
export const isFolderUrl = (url: string) => url.endsWith('/');
