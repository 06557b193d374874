// The dataset an offline briefing file made from a dataset folder carries: not the corpus (a folder may hold a
// million articles), nor what the app happens to have read, but a dataset of its own, valid under the one schema,
// with what its saved views and the current view show, read from the folder's source:
// - every actor, and the graph's layout and the corrections applied (small at any size);
// - the links each view's graph draws (chosen as the app chooses them: computeGraphModel on the links it holds of a
//   folder), and the corpus's strongest LINK_LIMIT, which the stored layout was computed from (so it still fits);
//   each with its weight over the whole corpus;
// - per view, the events its timeline shows in its window (the selection's first), up to a limit;
// - the passages of each view's selection (up to a limit), of its events (their first sources) and, in a view whose
//   window filters the graph, a few of each drawn link's passages in the window: the app counts a link's weight in
//   a window from the passages it holds;
// - the mentions those passages carry, and the articles they come from, with their text (the reader opens them).
// BRIEFING_LIMITS has the limits; what lies beyond is left out, as the README says under "Offline briefing file".
import { compareEdges } from '../pipeline/comentions/count-comentions';
import { eventTypeSchema, parseDataset, type Dataset, type DatasetDocument, type DatasetEvent, type Edge } from '../schema/dataset';
import type { DatasetSource, DaySpan, EventQuery, PassageHit, WindowEdge } from '../dataset-source/dataset-source';
import { buildDatasetIndex, edgeKey } from '../store/dataset-index';
import { EDGES_AT_OPEN, edgeRecords, folderScope, newestEvents, PASSAGE_PAGE, strongestEdges, windowDays } from '../store/folder-data';
import { computeGraphModel } from '../store/select-graph';
import { computeWindowScope } from '../store/select-window';
import { LINK_LIMIT, strongestLinkKeys } from '../store/strongest-links';
import type { ViewState } from '../store/view-state';

/** How much of each kind the briefing holds at most (what lies beyond is left out). */
export interface BriefingLimits {
  /** A view's selected actor's or link's passages, newest first. */
  selectionPassages: number;
  /** Events of one view's timeline window (the selected actor's first, then the others, newest first). */
  viewEvents: number;
  /** Source passages kept of each event (the first it cites), with their articles. */
  eventSources: number;
  /** Passages in the window of each link a window-filtered view draws: a link heavier there is drawn this heavy. */
  linkPassages: number;
}

export const BRIEFING_LIMITS: BriefingLimits = { selectionPassages: 500, viewEvents: 200, eventSources: 20, linkPassages: 10 };

/** Reads asked of the source at once (a browser's connections to one server). */
const READS_AT_ONCE = 6;

/** How far the gathering is: the view being read (1-based), then the articles read so far. */
export interface BriefingProgress {
  stage: 'view' | 'articles';
  n: number;
  total: number;
}

/** What was being read when the source failed. */
export type BriefingStep = { stage: 'open' } | { stage: 'view'; n: number; total: number } | { stage: 'article'; id: string };

export class BriefingReadError extends Error {
  constructor(
    readonly step: BriefingStep,
    readonly reason: string,
  ) {
    const what = step.stage === 'open' ? 'the dataset' : step.stage === 'view' ? `view ${step.n} of ${step.total}` : `article ${step.id}`;
    super(`could not read ${what}: ${reason}`);
  }
}

/** `read()`, its failure said as a BriefingReadError naming `step`. */
async function reading<T>(step: BriefingStep, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    throw e instanceof BriefingReadError ? e : new BriefingReadError(step, (e as Error).message);
  }
}

/** `read` of every item, `READS_AT_ONCE` at a time; the answers in the items' order. */
async function readEach<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const answers = new Array<R>(items.length);
  let next = 0;
  const reader = async () => {
    while (next < items.length) {
      const i = next++;
      answers[i] = await read(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, items.length) }, reader));
  return answers;
}

/** The events the view's timeline shows, as the source orders them: those of the selection first. */
async function viewEvents(source: DatasetSource, view: ViewState, max: number): Promise<DatasetEvent[]> {
  const hiddenTypes = new Set(view.hiddenEventTypes);
  const query: EventQuery = {
    window: view.timeWindow && windowDays(view.timeWindow),
    ...(hiddenTypes.size ? { types: eventTypeSchema.options.filter((t) => !hiddenTypes.has(t)) } : {}),
    ...(view.hiddenCountries.length ? { hiddenCountries: view.hiddenCountries } : {}),
  };
  const sel = view.selection;
  // A link narrows the timeline to the pair's events.
  if (sel?.kind === 'edge') return newestEvents(source, { ...query, actorIds: [sel.source, sel.target] }, max);
  const selected = sel?.kind === 'event' ? await source.event(sel.id) : null;
  const own = sel?.kind === 'actor' ? await newestEvents(source, { ...query, actorIds: [sel.id] }, max) : [];
  const others = await newestEvents(source, query, max - own.length);
  return [...(selected ? [selected] : []), ...own, ...others];
}

/** The selected actor's or link's passages in `window`, a page at a time, up to `max`. */
async function selectionPassages(source: DatasetSource, view: ViewState, window: DaySpan | null, max: number): Promise<PassageHit[]> {
  const sel = view.selection;
  if (sel?.kind !== 'actor' && sel?.kind !== 'edge') return [];
  const hits: PassageHit[] = [];
  for (let total = Infinity; hits.length < Math.min(total, max); ) {
    const page = { offset: hits.length, limit: Math.min(PASSAGE_PAGE, max - hits.length) };
    const answer = sel.kind === 'actor' ? await source.passagesOfActor(sel.id, window, page) : await source.passagesOfPair(sel.source, sel.target, window, page);
    if (!answer.items.length) break;
    hits.push(...answer.items);
    total = answer.total;
  }
  return hits;
}

/** An event as the briefing holds it: its first `max` passages, and the articles they come from. */
function keptEvent(e: DatasetEvent, max: number, hits: ReadonlyMap<string, PassageHit>): DatasetEvent {
  if (e.passageIds.length <= max) return e;
  const passageIds = e.passageIds.slice(0, max);
  const kept = new Set(passageIds);
  const articles = new Set(passageIds.map((p) => hits.get(p)?.document.id));
  const dateReadings = e.dateReadings?.map((r) => ({ ...r, passageIds: r.passageIds.filter((p) => kept.has(p)) }));
  return { ...e, passageIds, documentIds: e.documentIds.filter((d) => articles.has(d)), ...(dateReadings ? { dateReadings } : {}) };
}

/**
 * The dataset a briefing file embeds for `views`, read from `source` (a dataset folder's, or any other). Checked
 * with parseDataset before it is returned: a reference left dangling fails here, named, not in the file.
 */
export async function briefingDataset(
  source: DatasetSource,
  views: ViewState[],
  onProgress: (p: BriefingProgress) => void = () => {},
  limits: BriefingLimits = BRIEFING_LIMITS,
): Promise<Dataset> {
  const [opened, corpusEdges] = await reading({ stage: 'open' }, () => Promise.all([source.open(), source.edges(null)]));
  const corpusByKey = new Map(corpusEdges.map((e): [string, WindowEdge] => [edgeKey(e.source, e.target), e]));
  // The links the app holds of a folder: a view's graph draws some of them.
  const held = strongestEdges(corpusEdges, [], EDGES_AT_OPEN);
  const edgeKeys = strongestLinkKeys(corpusByKey, LINK_LIMIT);
  const events = new Map<string, DatasetEvent>();
  const hits = new Map<string, PassageHit>();
  const pairPassages = new Map<string, Set<string>>();
  const addHits = (read: PassageHit[], pair?: string) => {
    for (const h of read) hits.set(h.passage.id, h);
    if (pair) pairPassages.set(pair, new Set([...(pairPassages.get(pair) ?? []), ...read.map((h) => h.passage.id)]));
  };

  for (const [i, view] of views.entries()) {
    onProgress({ stage: 'view', n: i + 1, total: views.length });
    await reading({ stage: 'view', n: i + 1, total: views.length }, async () => {
      const shown = await viewEvents(source, view, limits.viewEvents);
      for (const e of shown) if (!events.has(e.id)) events.set(e.id, e);
      // The window the graph and the selection's passages are asked for, as the app asks a folder.
      const filtered = view.windowFilter ? view.timeWindow : null;
      const window = filtered && windowDays(filtered);
      const graph = buildDatasetIndex({ schemaVersion: 1, actors: opened.actors, edges: held, events: shown, documents: [], passages: [], mentions: [] });
      const scope = filtered ? folderScope({ events: shown, edges: held }, filtered, await source.edges(window), graph.eventTime) : computeWindowScope(graph, null);
      const drawn = [...computeGraphModel(graph, scope, view.hiddenCountries, view.selection, view.focusDepth).edges.keys()];
      for (const k of drawn) edgeKeys.add(k);
      if (window) {
        const page = { offset: 0, limit: limits.linkPassages };
        const linkHits = await readEach(drawn, (k) => {
          const { source: a, target: b } = graph.edgeByKey.get(k)!;
          return source.passagesOfPair(a, b, window, page);
        });
        drawn.forEach((k, n) => addHits(linkHits[n].items, k));
      }
      const sel = view.selection;
      addHits(await selectionPassages(source, view, window, limits.selectionPassages), sel?.kind === 'edge' ? edgeKey(sel.source, sel.target) : undefined);
      addHits(await source.passages(shown.flatMap((e) => e.passageIds.slice(0, limits.eventSources))));
    });
  }

  const documentIds = [...new Set([...hits.values()].map((h) => h.document.id))].sort();
  let read = 0;
  const documents = await readEach(documentIds, async (id): Promise<DatasetDocument> => {
    const doc = await reading({ stage: 'article', id }, () => source.document(id));
    if (!doc) throw new BriefingReadError({ stage: 'article', id }, 'the source does not have it');
    onProgress({ stage: 'articles', n: ++read, total: documentIds.length });
    return doc;
  });

  const keptEvents = [...events.values()].map((e) => keptEvent(e, limits.eventSources, hits));
  const edges = edgeRecords(corpusByKey, edgeKeys, keptEvents);
  const passageIdsOf = new Map<string, Set<string>>(edges.map((e) => [edgeKey(e.source, e.target), new Set(pairPassages.get(edgeKey(e.source, e.target)))]));
  // A passage naming both actors of a link is one of the link's (co-mentions), whichever view it was read for.
  for (const h of hits.values()) {
    const named = [...new Set(h.mentions.map((m) => m.actorId))];
    for (let i = 0; i < named.length; i++) for (let j = i + 1; j < named.length; j++) passageIdsOf.get(edgeKey(named[i], named[j]))?.add(h.passage.id);
  }
  const dataset: Dataset = {
    schemaVersion: 1,
    documents,
    passages: [...hits.values()].map((h) => h.passage),
    actors: opened.actors,
    mentions: [...hits.values()].flatMap((h) => h.mentions),
    events: keptEvents,
    edges: edges.map((e): Edge => ({ ...e, passageIds: [...passageIdsOf.get(edgeKey(e.source, e.target))!] })).sort(compareEdges),
    ...(opened.layout ? { layout: opened.layout } : {}),
    ...(opened.corrections ? { corrections: opened.corrections } : {}),
  };
  return parseDataset(dataset, 'the briefing’s dataset');
}
