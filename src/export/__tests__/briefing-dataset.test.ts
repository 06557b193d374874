// @vitest-environment node
// The dataset a briefing file embeds when the app shows a dataset folder: gathered from the bundled corpus built
// as a folder and read over HTTP range requests, checked against the in-memory source on the same corpus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetSource } from '../../dataset-source/dataset-source';
import { httpFolder } from '../../dataset-source/folder-files';
import { FolderSource } from '../../dataset-source/folder-source';
import { MemorySource } from '../../dataset-source/memory-source';
import { parseDataset, type Dataset } from '../../schema/dataset';
import { buildDatasetIndex, edgesByKey } from '../../store/dataset-index';
import { windowDays } from '../../store/folder-data';
import { computeGraphModel } from '../../store/select-graph';
import { computeListing } from '../../store/select-passages';
import { computeWindowScope } from '../../store/select-window';
import { dayEnd, dayStart } from '../../store/time';
import type { ViewState } from '../../store/view-state';
import { bundledFolder } from '../../test/bundled-folder';
import { loadRealDataset } from '../../test/fixtures';
import { serveFolder, type RangeServer } from '../../test/range-server';
import { defaultView } from '../../url/view-url';
import { layoutKey, toLayoutElements } from '../../views/graph/layout-elements';
import { briefingDataset, type BriefingProgress } from '../briefing-dataset';

const ALL = { offset: 0, limit: 1000 };
const SPUTNIK = '003_642b06d6276772ac'; // 2026-03-10
const CALL_2026 = '000_31ef86482aa971b7'; // 2026-03-07

/** Putin selected, the window filter on, the first ten days of March 2026. */
const putinInMarch: ViewState = {
  ...defaultView(),
  selection: { kind: 'actor', id: 'putin' },
  windowFilter: true,
  timeWindow: { start: dayStart('2026-03-01'), end: dayEnd('2026-03-10') },
};
/** The Putin–Pezeshkian link selected, the graph over the whole corpus, the timeline on October 2024. */
const pairInOctober: ViewState = {
  ...defaultView(),
  selection: { kind: 'edge', source: 'putin', target: 'pezeshkian' },
  windowFilter: false,
  timeWindow: { start: dayStart('2024-10-01'), end: dayEnd('2024-10-31') },
};

/** Every id a record of `d` names that `d` lacks, said as "what → id". */
function danglingReferences(d: Dataset): string[] {
  const has = {
    document: new Set(d.documents.map((x) => x.id)),
    passage: new Set(d.passages.map((x) => x.id)),
    actor: new Set(d.actors.map((x) => x.id)),
    event: new Set(d.events.map((x) => x.id)),
  };
  const out: string[] = [];
  const check = (kind: keyof typeof has, id: string, what: string) => has[kind].has(id) || out.push(`${what} → ${id}`);
  for (const p of d.passages) check('document', p.documentId, `passage ${p.id}`);
  for (const m of d.mentions) {
    check('passage', m.passageId, 'mention');
    check('actor', m.actorId, 'mention');
  }
  for (const e of d.events) {
    for (const a of e.participants) check('actor', a, `event ${e.id}`);
    for (const p of [...e.passageIds, ...(e.dateReadings ?? []).flatMap((r) => r.passageIds)]) check('passage', p, `event ${e.id}`);
    for (const doc of e.documentIds) check('document', doc, `event ${e.id}`);
  }
  for (const e of d.edges) {
    for (const a of [e.source, e.target]) check('actor', a, `edge ${e.source}–${e.target}`);
    for (const p of e.passageIds) check('passage', p, `edge ${e.source}–${e.target}`);
    for (const ev of e.eventIds) check('event', ev, `edge ${e.source}–${e.target}`);
  }
  return out;
}

const idsOf = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
const size = (d: Dataset) => JSON.stringify(d).length;

describe('briefingDataset on the bundled corpus as a dataset folder', () => {
  const whole = loadRealDataset();
  const memory = new MemorySource(whole);
  let server: RangeServer;
  let folder: DatasetSource;
  beforeAll(async () => {
    server = await serveFolder(await bundledFolder());
    folder = new FolderSource(httpFolder(server.url));
  }, 60_000);
  afterAll(() => server?.close());

  it('for an actor in a window: all of his passages there, the links drawn, the articles they come from, and no more', async () => {
    const progress: BriefingProgress[] = [];
    const d = await briefingDataset(folder, [putinInMarch], (p) => progress.push(p));
    expect(parseDataset(JSON.parse(JSON.stringify(d)))).toEqual(d);
    expect(danglingReferences(d)).toEqual([]);

    // The passages naming Putin in the window, as the in-memory source gives them: all seven.
    const window = windowDays(putinInMarch.timeWindow!);
    const his = await memory.passagesOfActor('putin', window, ALL);
    expect(his.total).toBe(7);
    const held = new Set(idsOf(d.passages));
    expect(his.items.filter((h) => !held.has(h.passage.id))).toEqual([]);
    // ... and the briefing's app lists those seven for the view.
    const index = buildDatasetIndex(d);
    const scope = computeWindowScope(index, putinInMarch.timeWindow);
    expect(computeListing(index, putinInMarch.selection, scope)!.total).toBe(7);

    // Only the window's two articles, with their text, out of five: the file holds well under half the corpus.
    expect(idsOf(d.documents)).toEqual([CALL_2026, SPUTNIK]);
    expect(d.documents.map((doc) => doc.text)).toEqual([CALL_2026, SPUTNIK].map((id) => whole.documents.find((w) => w.id === id)!.text));
    expect([d.passages.length, d.mentions.length, d.events.length]).toEqual([18, 29, 7]);
    expect(size(d)).toBeLessThan(size(whole) / 2);
    // Every actor (a folder holds them whole) and the events of those ten days.
    expect(d.actors).toEqual(whole.actors);
    expect(d.events.every((e) => e.date && e.date.start >= '2026-03-01' && e.date.start <= '2026-03-10')).toBe(true);

    // The graph the briefing draws for the view: the links of the window, at the weights the source gives there.
    const drawn = computeGraphModel(index, scope, [], putinInMarch.selection, 0).edges;
    const inWindow = await memory.edges(window);
    expect(Object.fromEntries([...drawn].map(([k, e]) => [k, e.weight]))).toEqual(
      Object.fromEntries(inWindow.map((e) => [[e.source, e.target].sort().join('|'), e.weight])),
    );
    expect(drawn.get('pezeshkian|putin')!.weight).toBe(5);
    // The corpus's links all come (twelve: under the graph's 300), weighed over the whole corpus, so that the
    // folder's stored layout still fits them.
    expect(d.edges.map((e) => [e.source, e.target, e.weight])).toEqual(whole.edges.map((e) => [e.source, e.target, e.weight]));
    expect(layoutKey(toLayoutElements(d.actors, edgesByKey(d.edges)))).toBe(d.layout!.key);

    expect(progress).toEqual([
      { stage: 'view', n: 1, total: 1 },
      { stage: 'articles', n: 1, total: 2 },
      { stage: 'articles', n: 2, total: 2 },
    ]);
  });

  it('for a link: every passage of the pair and the pair’s events in the timeline’s window', async () => {
    const d = await briefingDataset(folder, [pairInOctober]);
    expect(danglingReferences(d)).toEqual([]);
    const pair = await memory.passagesOfPair('putin', 'pezeshkian', null, ALL);
    expect(pair.total).toBe(13);
    const edge = d.edges.find((e) => e.source === 'pezeshkian' && e.target === 'putin')!;
    expect([...edge.passageIds].sort()).toEqual(pair.items.map((h) => h.passage.id).sort());
    const index = buildDatasetIndex(d);
    expect(computeListing(index, pairInOctober.selection, computeWindowScope(index, null))!.total).toBe(13);
    // The timeline is narrowed to the pair: their two meetings of October 2024.
    expect(idsOf(d.events)).toEqual(['ev-0s3f61w', 'ev-1io8kxt']);
    expect(edge.eventIds.sort()).toEqual(['ev-0s3f61w', 'ev-1io8kxt']);
    expect(d.documents.length).toBe(4);
    expect(size(d)).toBeLessThan(size(whole));
  });

  it('holds what several views need, once', async () => {
    const both = await briefingDataset(folder, [putinInMarch, pairInOctober]);
    expect(danglingReferences(both)).toEqual([]);
    const [one, other] = [await briefingDataset(folder, [putinInMarch]), await briefingDataset(folder, [pairInOctober])];
    expect(idsOf(both.passages)).toEqual([...new Set([...idsOf(one.passages), ...idsOf(other.passages)])].sort());
    expect(idsOf(both.events)).toEqual([...new Set([...idsOf(one.events), ...idsOf(other.events)])].sort());
  });

  it('keeps to its limits, its references still whole', async () => {
    const limits = { selectionPassages: 3, viewEvents: 2, eventSources: 1, linkPassages: 1 };
    const d = await briefingDataset(folder, [putinInMarch, pairInOctober], undefined, limits);
    expect(danglingReferences(d)).toEqual([]);
    const index = buildDatasetIndex(d);
    // Putin's own events come first; at most two events a view, and one source passage (and article) an event.
    expect(d.events.length).toBeLessThanOrEqual(4);
    expect(d.events.every((e) => e.passageIds.length === 1 && e.documentIds.length === 1)).toBe(true);
    const meeting = d.events.find((e) => e.id === 'ev-1io8kxt')!;
    expect(whole.events.find((e) => e.id === 'ev-1io8kxt')!.documentIds.length).toBe(2);
    expect(meeting.documentIds).toEqual([index.passageById.get(meeting.passageIds[0])!.documentId]);
    expect(d.events.filter((e) => e.participants.includes('putin')).length).toBeGreaterThanOrEqual(2);
    // With no event and one passage a link, each link of the window is still drawn, one passage heavy.
    const march = { ...putinInMarch, selection: null };
    const links = await briefingDataset(folder, [march], undefined, { ...limits, viewEvents: 0 });
    const linksIndex = buildDatasetIndex(links);
    const drawn = computeGraphModel(linksIndex, computeWindowScope(linksIndex, march.timeWindow), [], null, 0).edges;
    const inWindow = await memory.edges(windowDays(march.timeWindow!));
    expect([...drawn.keys()].sort()).toEqual(inWindow.map((e) => [e.source, e.target].sort().join('|')).sort());
    expect(inWindow.map((e) => e.weight)).toEqual([5, 2, 1, 1, 1]);
    expect([...drawn.values()].map((e) => e.weight)).toEqual([1, 1, 1, 1, 1]);
  });

  it('says which view or article it could not read', async () => {
    const failing: DatasetSource = Object.assign(Object.create(folder) as DatasetSource, {
      passagesOfActor: () => Promise.reject(new Error('HTTP 503')),
    });
    await expect(briefingDataset(failing, [pairInOctober, putinInMarch])).rejects.toThrow('could not read view 2 of 2: HTTP 503');
    const noArticle: DatasetSource = Object.assign(Object.create(folder) as DatasetSource, { document: () => Promise.resolve(null) });
    await expect(briefingDataset(noArticle, [putinInMarch])).rejects.toThrow(`could not read article ${CALL_2026}: the source does not have it`);
  });
});
