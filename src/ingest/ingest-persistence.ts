// What the analyst added survives reloads, in this browser's IndexedDB (one database of its own): the added
// articles, and a dataset file opened in place of the bundled one. Nothing leaves the browser.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { DatasetError, parseDataset, type Dataset } from '../schema/dataset';
import type { AddedArticle } from './added-article';

const ADDED = 'added-articles';
const OPENED = 'opened-dataset';

export interface OpenedDataset {
  name: string;
  dataset: Dataset;
}

let store: UseStore | null = null;
/** Opened on first use: importing this module touches no database. */
const db = () => (store ??= createStore('news-explorer-ingest', 'kv'));

export async function loadAddedArticles(): Promise<AddedArticle[]> {
  const stored = await get<unknown>(ADDED, db());
  return Array.isArray(stored) ? stored.filter(isAddedArticle) : [];
}

export function saveAddedArticles(articles: AddedArticle[]): Promise<void> {
  return set(ADDED, articles, db());
}

/** The opened dataset, validated again: it may come from an older version of the app. A bad one is forgotten. */
export async function loadOpenedDataset(): Promise<OpenedDataset | null> {
  const stored = await get<{ name?: unknown; dataset?: unknown }>(OPENED, db());
  if (!stored || typeof stored.name !== 'string') return null;
  try {
    return { name: stored.name, dataset: parseDataset(stored.dataset, stored.name) };
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    await del(OPENED, db());
    return null;
  }
}

export function saveOpenedDataset(opened: OpenedDataset | null): Promise<void> {
  return opened ? set(OPENED, opened, db()) : del(OPENED, db());
}

function isAddedArticle(x: unknown): x is AddedArticle {
  const a = x as Partial<AddedArticle> | null;
  return typeof a?.file === 'string' && typeof a.text === 'string' && typeof a.originalName === 'string';
}
