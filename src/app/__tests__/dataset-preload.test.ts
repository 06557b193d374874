// The page's first script preloads the dataset file the URL asks for, and nothing for a dataset folder (whose
// files are read by range): a folder's page must not download data/dataset.json too.
import { afterEach, describe, expect, it } from 'vitest';
import { datasetPreloadScript } from '../dataset-url';

/** Runs the script as the page would with `search` as the URL's query; returns the preloads it added. */
function preloadsFor(search: string): { href: string; as: string; crossOrigin: string | null }[] {
  history.replaceState(null, '', `/${search}`);
  new Function(datasetPreloadScript())();
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=preload]')].map((l) => ({ href: l.getAttribute('href')!, as: l.getAttribute('as')!, crossOrigin: l.getAttribute('crossorigin') }));
}

afterEach(() => {
  document.head.querySelectorAll('link[rel=preload]').forEach((l) => l.remove());
  history.replaceState(null, '', '/');
});

describe('datasetPreloadScript', () => {
  it('preloads data/dataset.json when the URL asks for no dataset, or for one it refuses', () => {
    expect(preloadsFor('')).toEqual([{ href: './data/dataset.json', as: 'fetch', crossOrigin: '' }]);
    document.head.querySelectorAll('link[rel=preload]').forEach((l) => l.remove());
    expect(preloadsFor('?data=../secret.json&lang=ar')).toEqual([{ href: './data/dataset.json', as: 'fetch', crossOrigin: '' }]);
  });

  it('preloads the dataset file the URL names', () => {
    expect(preloadsFor('?test&data=data/__e2e__/ui-fixture.json')).toEqual([{ href: './data/__e2e__/ui-fixture.json', as: 'fetch', crossOrigin: '' }]);
  });

  it('preloads nothing for a dataset folder', () => {
    expect(preloadsFor('?test&data=data/__e2e__/folder/&filter=off')).toEqual([]);
  });
});
