// Asks a dataset folder's source what the views need as the view changes, and hands the answers to the store:
// the window's links and weights once the window settles, the selection's passages a page at a time and its events
// counted (the timeline's part of each count, or the counts of the pair an edge narrows it to), and the article
// opened in the reader. An answer that comes after the question changed is dropped.
import { shallow } from 'zustand/shallow';
import { uiText } from '../i18n/ui-text';
import type { DaySpan } from '../dataset-source/dataset-source';
import { useAppStore, type AppState } from './app-store';
import { onItsWay, questionTimer } from './folder-activity';
import { countsKey, folderScope, PASSAGE_PAGE, READING, selectionKey, windowDays, type FolderData } from './folder-data';
import type { Interval } from './time';

/** Passages the header's search lists. */
const SEARCH_HITS = 8;

/** How long the window must rest before its links are asked for: playback and quick zooms ask once, at their end. */
export const WINDOW_SETTLE_MS = 40;

/** How long after the selection's first passages its events are counted: the frame showing the passages is painted
 *  first (at a million articles an actor's events take 50–150 ms to read and count, which that frame would wait for). */
export const COUNTS_AFTER_PASSAGES_MS = 40;

type Store = typeof useAppStore;

/** Numbers the questions of one kind: each asks, and learns later whether it is still the last one asked. */
export function latestQuestion(): () => () => boolean {
  let last = 0;
  return () => {
    const mine = ++last;
    return () => mine === last;
  };
}

/** The folder now in the store, when it is still `folder`'s (the same source): an answer about it may land. */
export function folderStillShown(store: Store, folder: FolderData): FolderData | null {
  const now = store.getState().folder;
  return now && now.source === folder.source ? now : null;
}

/** What a failed read of the folder tells the user. */
export const readFailed = (store: Store) => (e: unknown) =>
  store.getState().notify({ text: uiText('folder:readFailed', { message: (e as Error).message }), tone: 'error', key: 'folder-read' });

/** Follows the store while it shows a folder, reading passages `pageSize` at a time; returns the function that stops. */
export function followFolder(store: Store = useAppStore, pageSize = PASSAGE_PAGE): () => void {
  let settled: Interval | null = store.getState().timeWindow;
  const windowTimer = questionTimer();
  const countsTimer = questionTimer();
  const scopeAsked = latestQuestion();
  const pagesAsked = latestQuestion();
  const readerAsked = latestQuestion();
  const searchAsked = latestQuestion();
  const countsAsked = latestQuestion();

  const failed = readFailed(store);
  const current = (folder: FolderData) => folderStillShown(store, folder);
  const asked = (s: AppState): DaySpan | null => (s.windowFilter && settled ? windowDays(settled) : null);

  const askScope = () => {
    const s = store.getState();
    const folder = s.folder;
    if (!folder || !s.index) return;
    const window = settled;
    if (!s.windowFilter || !window) return s.setFolderScope(null);
    const stillAsked = scopeAsked();
    const eventTime = s.index.eventTime;
    onItsWay(
      folder.source.edges(windowDays(window)).then((edges) => {
        const now = current(folder);
        if (stillAsked() && now) store.getState().setFolderScope(folderScope(now.base, window, edges, eventTime));
      }, failed),
    );
  };

  const askPassages = () => {
    const s = store.getState();
    const folder = s.folder;
    const key = selectionKey(s.selection, s.selection?.kind === 'event' ? null : asked(s));
    if (!folder || !key || !s.selection) return;
    const pages = folder.pages?.key === key ? folder.pages : null;
    const wanted = s.passagePagesWanted * pageSize;
    const have = pages?.hits.length ?? 0;
    if (pages && (have >= wanted || have >= pages.total)) return;
    const stillAsked = pagesAsked();
    // A new question empties the list at once (total -1: being read), so that no other selection's passages show.
    // Only the pages change: the dataset and its index, which the graph and the timeline are computed from, change
    // once, when the passages come (the previous selection's passages stay in them until then, unlisted).
    if (!pages) store.setState({ folder: { ...folder, pages: { key, hits: [], total: READING } } });
    const window = asked(s);
    const sel = s.selection;
    const page = { offset: have, limit: pageSize };
    const answer =
      sel.kind === 'actor'
        ? folder.source.passagesOfActor(sel.id, window, page)
        : sel.kind === 'edge'
          ? folder.source.passagesOfPair(sel.source, sel.target, window, page)
          : folder.source.passages(s.index?.eventById.get(sel.id)?.passageIds ?? []).then((items) => ({ items, total: items.length }));
    onItsWay(
      answer.then(({ items, total }) => {
        const now = current(folder);
        if (!stillAsked() || !now) return;
        const hits = now.pages?.key === key ? [...now.pages.hits, ...items] : items;
        store.getState().folderAnswered({ ...now, pages: { key, hits, total } });
      }, failed),
    );
  };

  // Asked once the selection's first passages are shown (COUNTS_AFTER_PASSAGES_MS).
  const askCounts = () => {
    const { folder, selection, folderSelectionCounts } = store.getState();
    const key = countsKey(selection);
    if (!folder || !key || !selection || selection.kind === 'event' || folderSelectionCounts?.key === key) return;
    if (folder.pages?.total === READING) return;
    const stillAsked = countsAsked();
    const actorIds = selection.kind === 'actor' ? [selection.id] : [selection.source, selection.target];
    onItsWay(
      folder.source.eventCounts(actorIds).then((counts) => {
        if (stillAsked() && current(folder)) store.getState().setFolderSelectionCounts({ key, counts });
      }, failed),
    );
  };

  const askReader = () => {
    const { folder, reader } = store.getState();
    if (!folder || !reader || folder.documents.has(reader.documentId)) return;
    const stillAsked = readerAsked();
    onItsWay(
      folder.source.document(reader.documentId).then((doc) => {
        const now = current(folder);
        if (!stillAsked() || !now || !doc) return;
        store.getState().folderAnswered({ ...now, documents: new Map(now.documents).set(doc.id, doc) });
      }, failed),
    );
  };

  const askSearch = () => {
    const { folder, folderSearch } = store.getState();
    if (!folder || !folderSearch || folderSearch.hits) return;
    const stillAsked = searchAsked();
    const { query } = folderSearch;
    folder.source.searchPassages(query, { offset: 0, limit: SEARCH_HITS }).then(({ items }) => {
      if (stillAsked() && current(folder) && store.getState().folderSearch?.query === query) store.setState({ folderSearch: { query, hits: items } });
    }, failed);
  };

  const stops = [
    store.subscribe((s) => s.folderSearch, askSearch),
    store.subscribe(
      (s) => [s.timeWindow, s.windowFilter] as const,
      ([window]) =>
        windowTimer.set(() => {
          settled = window;
          askScope();
          askPassages();
        }, WINDOW_SETTLE_MS),
      { equalityFn: shallow },
    ),
    store.subscribe(
      (s) => [s.selection, s.passagePagesWanted] as const,
      askPassages,
      { equalityFn: shallow },
    ),
    store.subscribe(
      (s) => [s.selection, s.folder?.pages] as const,
      () => countsTimer.set(askCounts, COUNTS_AFTER_PASSAGES_MS),
      { equalityFn: shallow },
    ),
    store.subscribe((s) => s.reader, askReader),
  ];
  askScope();
  askPassages();
  askCounts();
  return () => {
    windowTimer.clear();
    countsTimer.clear();
    for (const stop of stops) stop();
  };
}
