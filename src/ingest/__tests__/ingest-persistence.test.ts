import 'fake-indexeddb/auto';
import { loadRealDataset } from '../../test/fixtures';
import type { AddedArticle } from '../added-article';
import { loadAddedArticles, loadOpenedDataset, saveAddedArticles, saveOpenedDataset } from '../ingest-persistence';
import { createStore, get, set } from 'idb-keyval';

const article: AddedArticle = {
  file: 'call.txt',
  originalName: 'call.txt',
  text: 'موسكو - 18 مارس 2026\nأجرى شويغو اتصالا هاتفيا مع لاريجاني.',
  title: null,
  source: 'Desk',
  published: null,
  addedAt: '2026-03-18T12:00:00.000Z',
};

describe('keeping what the analyst added in IndexedDB', () => {
  beforeEach(async () => {
    await saveAddedArticles([]);
    await saveOpenedDataset(null);
  });

  it('starts empty', async () => {
    expect(await loadAddedArticles()).toEqual([]);
    expect(await loadOpenedDataset()).toBeNull();
  });

  it('keeps added articles, text and all, in their order', async () => {
    await saveAddedArticles([article, { ...article, file: 'b.txt' }]);
    expect(await loadAddedArticles()).toEqual([article, { ...article, file: 'b.txt' }]);
  });

  it('keeps an opened dataset and forgets it on request', async () => {
    const dataset = loadRealDataset();
    await saveOpenedDataset({ name: 'mine.json', dataset });
    expect(await loadOpenedDataset()).toEqual({ name: 'mine.json', dataset });
    await saveOpenedDataset(null);
    expect(await loadOpenedDataset()).toBeNull();
  });

  it('forgets stored records that are not what this version of the app writes', async () => {
    const kv = createStore('news-explorer-ingest', 'kv');
    await set('added-articles', [article, { file: 3 }, null], kv);
    expect(await loadAddedArticles()).toEqual([article]);
    await set('opened-dataset', { name: 'old.json', dataset: { schemaVersion: 0 } }, kv);
    expect(await loadOpenedDataset()).toBeNull();
    expect(await get('opened-dataset', kv)).toBeUndefined(); // deleted, not just skipped
  });
});
