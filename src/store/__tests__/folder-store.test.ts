// The store showing a dataset read through a source (as a dataset folder is), on the real dataset: the views'
// questions go to the source, and its answers come back as what the views read. The source here is the in-memory
// one, which meets the same contract as the folder's (src/dataset-source/__tests__/source-contract.ts).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../schema/dataset';
import { loadRealDataset } from '../../test/fixtures';
import { answered, showFolderInEachTest } from '../../test/followed-folder';
import { useAppStore } from '../app-store';
import { COUNTS_AFTER_PASSAGES_MS, WINDOW_SETTLE_MS } from '../folder-coordinator';
import { folderQuiet } from '../folder-activity';
import { followFolderTimeline } from '../folder-timeline';
import { defaultView } from '../../url/view-url';
import { selectGraphModel } from '../select-graph';
import { selectPassageListing } from '../select-passages';
import { selectSummary } from '../select-summary';
import { selectHighlightedEventIds, selectTimelineFilter } from '../select-timeline';
import { dayEnd, dayStart } from '../time';

let dataset: Dataset;
const s = () => useAppStore.getState();

beforeAll(() => {
  dataset = loadRealDataset();
});
const folder = showFolderInEachTest(() => dataset);

describe('a dataset read through a source', () => {
  it('says what the whole corpus holds, though nothing of its passages is read yet', () => {
    expect(selectSummary(s())).toEqual({ articles: 5, actors: 16, events: 21, undatedEvents: 2, passages: 94, from: '2024-01-15', to: '2026-03-10' });
    expect(s().dataset!.passages).toEqual([]);
    expect(s().index!.span).toEqual({ start: dayStart('2024-01-15'), end: dayEnd('2026-03-10') });
    expect(s().dataset!.events).toHaveLength(21);
    expect(s().dataset!.edges).toHaveLength(12);
  });

  it('reads an actor’s passages when the actor is clicked, newest article first', async () => {
    s().selectActor('lavrov');
    expect(selectPassageListing(s())).toMatchObject({ total: 0, reading: true });
    await answered();
    const listing = selectPassageListing(s())!;
    expect(listing).toMatchObject({ total: 7, reading: false, unread: 0 });
    expect(listing.groups.map((g) => [g.document.id, g.passages.length])).toEqual([
      ['003_642b06d6276772ac', 6],
      ['002_1b7f967809f53ab6', 1],
    ]);
  });

  it('changes the index a click shows once, when the passages come: not while they are read', async () => {
    s().selectActor('lavrov');
    await answered();
    const before = s().index;
    s().selectActor('putin');
    expect(selectPassageListing(s())).toMatchObject({ total: 0, reading: true });
    expect(s().index).toBe(before);
    await answered();
    expect(s().index).not.toBe(before);
    expect(s().index!.passageIdsByActor.get('putin')).toHaveLength(17);
    expect(s().index!.passageIdsByActor.has('lavrov')).toBe(false);
  });

  it('keeps the graph’s model and the timeline’s filter and highlights as passages come: they depend on the base alone', async () => {
    s().selectActor('putin');
    const [graph, filter, highlighted] = [selectGraphModel(s()), selectTimelineFilter(s()), selectHighlightedEventIds(s())];
    await answered();
    expect(selectPassageListing(s())!.total).toBe(17);
    expect(selectGraphModel(s())).toBe(graph);
    expect(selectTimelineFilter(s())).toBe(filter);
    expect(selectHighlightedEventIds(s())).toBe(highlighted);
    expect([...highlighted!].sort()).toEqual(s().index!.eventIdsByActor.get('putin')!.slice().sort());
  });

  it('reads a pair’s passages, and only the window’s when the window filter is on', async () => {
    s().setTimeWindow({ start: dayStart('2026-03-04'), end: dayEnd('2026-03-10') });
    s().selectEdge('putin', 'pezeshkian');
    await answered();
    expect(selectPassageListing(s())!.total).toBe(5);
    s().setWindowFilter(false);
    await answered();
    expect(selectPassageListing(s())!.total).toBe(13);
  });

  it('weighs the links by the window the source was asked for', async () => {
    s().setTimeWindow({ start: dayStart('2026-03-04'), end: dayEnd('2026-03-10') });
    await answered();
    const graph = selectGraphModel(s())!;
    expect(graph.edges.get('pezeshkian|putin')).toEqual({ weight: 5, contact: true });
    expect(graph.edges.get('araghchi|lavrov')).toEqual({ weight: 2, contact: true });
    expect(graph.edges.size).toBe(5);
    expect([...graph.nodeIds].sort()).toEqual(['araghchi', 'borisenko', 'khamenei', 'lavrov', 'netanyahu', 'pezeshkian', 'putin']);
  });

  it('pages a long list: the next page when the panel asks for more', async () => {
    folder.followWithPages(10);
    s().selectActor('pezeshkian');
    await answered();
    expect(selectPassageListing(s())).toMatchObject({ total: 10, unread: 16 });
    s().requestMorePassages();
    await answered();
    expect(selectPassageListing(s())).toMatchObject({ total: 20, unread: 6 });
    s().requestMorePassages();
    await answered();
    expect(selectPassageListing(s())).toMatchObject({ total: 26, unread: 0 });
    s().selectActor('putin');
    await answered();
    expect(selectPassageListing(s())).toMatchObject({ total: 10, unread: 7 });
  });

  it('reads an article whole when it is opened in the reader', async () => {
    s().selectActor('lavrov');
    await answered();
    const doc = '002_1b7f967809f53ab6';
    expect(s().index!.documentById.get(doc)!.text).toBe('');
    s().openDocument(doc);
    await answered();
    expect(s().index!.documentById.get(doc)!.text).toBe(dataset.documents.find((d) => d.id === doc)!.text);
    expect(s().reader).toEqual({ documentId: doc, passageId: null });
  });

  it('drops an answer that comes after the question changed', async () => {
    s().selectActor('lavrov');
    s().selectActor('putin');
    await answered();
    expect(s().folder!.pages!.key).toBe('actor:putin@all');
    expect(selectPassageListing(s())!.total).toBe(17);
  });

  it('searches passages through the source, and drops the answer to a question no longer asked', async () => {
    s().searchPassages('لافروف');
    expect(s().folderSearch).toEqual({ query: 'لافروف', hits: null });
    await answered();
    expect(s().folderSearch!.hits!.map((h) => h.passage.id)).toHaveLength(7);
    s().searchPassages('بوتين');
    s().searchPassages('اتصال هاتفي');
    await answered();
    expect(s().folderSearch!.query).toBe('اتصال هاتفي');
    expect(s().folderSearch!.hits).toHaveLength(5);
  });

  it('counts the selected actor’s or pair’s events through the source once its passages have come; once per selection', async () => {
    const asked: string[][] = [];
    const source = s().folder!.source;
    const eventCounts = source.eventCounts.bind(source);
    s().folderAnswered({ ...s().folder!, source: Object.assign(Object.create(source) as typeof source, { eventCounts: (ids: string[]) => (asked.push(ids), eventCounts(ids)) }) });
    // Not for Lavrov, left at once; for the pair, once its passages are shown, not before.
    s().selectActor('lavrov');
    s().selectEdge('putin', 'pezeshkian');
    await vi.advanceTimersByTimeAsync(COUNTS_AFTER_PASSAGES_MS - 1);
    expect(selectPassageListing(s())!.total).toBe(13);
    expect(asked).toEqual([]);
    await answered();
    expect(asked).toEqual([['putin', 'pezeshkian']]);
    expect(s().folderSelectionCounts!.key).toBe('edge:pezeshkian|putin');
    expect(s().folderSelectionCounts!.counts.undated).toEqual([{ type: 'visit', countrySet: 2, count: 1 }]);
    // The same pair again, or an event: nothing more asked, the pair's counts kept.
    s().selectEdge('pezeshkian', 'putin');
    s().selectEvent('ev-1io8kxt');
    await answered();
    expect(asked).toHaveLength(1);
    expect(s().folderSelectionCounts!.key).toBe('edge:pezeshkian|putin');
    s().selectActor('putin');
    await answered();
    await answered();
    expect(asked).toEqual([['putin', 'pezeshkian'], ['putin']]);
    expect(s().folderSelectionCounts!.key).toBe('actor:putin');
  });
  it('says when its answers for a view just applied have all come: an export waits for them', async () => {
    const stopTimeline = followFolderTimeline();
    try {
      s().applyView({ ...defaultView(), selection: { kind: 'actor', id: 'putin' }, timeWindow: { start: dayStart('2026-03-01'), end: dayEnd('2026-03-10') } });
      let seen: ReturnType<typeof s> | null = null;
      const quiet = folderQuiet(60_000).then(() => (seen = s()));
      await vi.advanceTimersByTimeAsync(WINDOW_SETTLE_MS);
      expect(seen).toBeNull();
      await vi.advanceTimersByTimeAsync(1_000);
      await quiet;
      // Before its 60 s were up: the window's links, Putin's seven passages there, his events counted, the window's events.
      const now = seen! as ReturnType<typeof s>;
      expect(now.folderScope!.window).toEqual(now.timeWindow);
      expect([now.folder!.pages!.key, now.folder!.pages!.total]).toEqual(['actor:putin@2026-03-01~2026-03-10', 7]);
      expect(now.folderSelectionCounts!.key).toBe('actor:putin');
      expect(now.folder!.windowEvents!.events.length).toBeGreaterThan(0);
      await expect(folderQuiet(0)).resolves.toBeUndefined();
    } finally {
      stopTimeline();
    }
  });
});
