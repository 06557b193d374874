// Where the app reads its dataset. Apart from the loader so that the build (vite.config.ts) can name the file too.

export const DEFAULT_DATASET_URL = 'data/dataset.json';

/**
 * The dataset URL: data/dataset.json next to the app (`fallback`), ?data=<relative path>.json, or ?data=<relative
 * path>/ for a dataset folder (read on demand: isFolderUrl). It names nothing outside itself: the page's first
 * script runs its own source (datasetPreloadScript).
 */
export function datasetUrl(search: string, fallback: string = DEFAULT_DATASET_URL): string {
  const asked = new URLSearchParams(search).get('data');
  if (asked && /^[\w][\w./-]*(?:\.json|\/)$/.test(asked) && !asked.includes('..')) return asked;
  return fallback;
}

/** A dataset folder's URL ends with a slash. */
export const isFolderUrl = (url: string) => url.endsWith('/');

/**
 * The page's first script (vite.config.ts puts it in index.html): starts the download of the dataset file the URL
 * asks for with the page, before the app's code has loaded (the app's own fetch takes the response up). A folder
 * has no file to preload: its files are read by range as the views ask.
 */
export function datasetPreloadScript(): string {
  return `(() => {
  const url = (${datasetUrl.toString()})(location.search, ${JSON.stringify(DEFAULT_DATASET_URL)});
  if ((${isFolderUrl.toString()})(url)) return;
  const link = document.createElement('link');
  for (const [name, value] of [['rel', 'preload'], ['as', 'fetch'], ['crossorigin', ''], ['href', './' + url]]) link.setAttribute(name, value);
  document.head.append(link);
})();`;
}
