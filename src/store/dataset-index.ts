// Lookups built once when a dataset loads, so every selector is a walk over small lists, not a scan.
import type { Actor, Dataset, DatasetDocument, DatasetEvent, Edge, Mention, Passage } from '../schema/dataset';
import { dayInterval, eventInterval, type Interval } from './time';

export interface DatasetIndex {
  dataset: Dataset;
  actorById: Map<string, Actor>;
  documentById: Map<string, DatasetDocument>;
  passageById: Map<string, Passage>;
  eventById: Map<string, DatasetEvent>;
  mentionsByPassage: Map<string, Mention[]>;
  /** Distinct passages that mention an actor, in dataset order. */
  passageIdsByActor: Map<string, string[]>;
  /** Distinct actors mentioned in a passage. */
  actorIdsByPassage: Map<string, string[]>;
  /** Events an actor takes part in. */
  eventIdsByActor: Map<string, string[]>;
  passageIdsByDocument: Map<string, string[]>;
  edgeByKey: Map<string, Edge>;
  edgeKeysByActor: Map<string, string[]>;
  /** When a passage is "about": its document's publication day and the dates of the events it reports. */
  passageTimes: Map<string, Interval[]>;
  eventTime: Map<string, Interval>;
  /** The span of all dated events and publication days; null when nothing is dated. */
  span: Interval | null;
}

/** The key of an undirected actor pair, independent of order. */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The edges by pair key: self-loops dropped, a pair listed twice keeps its last record. */
export function edgesByKey(edges: Edge[]): Map<string, Edge> {
  const out = new Map<string, Edge>();
  for (const e of edges) if (e.source !== e.target) out.set(edgeKey(e.source, e.target), e);
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const built = new WeakMap<Dataset, DatasetIndex>();

/** The index of a dataset, built once per dataset object (the dataset loader builds it before the store asks). */
export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  let index = built.get(dataset);
  if (!index) {
    index = indexOf(dataset);
    built.set(dataset, index);
  }
  return index;
}

function indexOf(dataset: Dataset): DatasetIndex {
  const base = basePartOf(dataset);
  return { dataset, ...shared(base), ...readPartOf(dataset, base) };
}

/** The base part as the index holds it (without what only the passages' part needs). */
const shared = ({ eventTimesOfPassage: _times, eventSpan: _span, ...part }: BasePart) => part;

/** What a dataset's actors, events and links give: the same for a folder's datasets as passages are read. */
type BasePart = Pick<DatasetIndex, 'actorById' | 'eventById' | 'eventIdsByActor' | 'edgeByKey' | 'edgeKeysByActor' | 'eventTime'> & {
  /** The intervals of the dated events each passage reports. */
  eventTimesOfPassage: Map<string, Interval[]>;
  eventSpan: Interval | null;
};

const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));

function basePartOf(dataset: Dataset): BasePart {
  const eventIdsByActor = new Map<string, string[]>();
  const eventTime = new Map<string, Interval>();
  const eventTimesOfPassage = new Map<string, Interval[]>();
  let eventSpan: Interval | null = null;
  for (const e of dataset.events) {
    for (const a of new Set(e.participants)) push(eventIdsByActor, a, e.id);
    const i = eventInterval(e);
    if (!i) continue;
    eventTime.set(e.id, i);
    eventSpan = eventSpan ? { start: Math.min(eventSpan.start, i.start), end: Math.max(eventSpan.end, i.end) } : i;
    for (const pid of e.passageIds) push(eventTimesOfPassage, pid, i);
  }
  const edgeByKey = edgesByKey(dataset.edges);
  const edgeKeysByActor = new Map<string, string[]>();
  for (const [k, e] of edgeByKey) {
    push(edgeKeysByActor, e.source, k);
    push(edgeKeysByActor, e.target, k);
  }
  return { actorById: byId(dataset.actors), eventById: byId(dataset.events), eventIdsByActor, edgeByKey, edgeKeysByActor, eventTime, eventTimesOfPassage, eventSpan };
}

/** What the dataset's articles, passages and mentions give, with the times of the events `base` knows. */
function readPartOf(dataset: Dataset, base: BasePart) {
  const mentionsByPassage = new Map<string, Mention[]>();
  const passageSetByActor = new Map<string, Set<string>>();
  const actorSetByPassage = new Map<string, Set<string>>();
  for (const m of dataset.mentions) {
    push(mentionsByPassage, m.passageId, m);
    (passageSetByActor.get(m.actorId) ?? passageSetByActor.set(m.actorId, new Set()).get(m.actorId)!).add(m.passageId);
    (actorSetByPassage.get(m.passageId) ?? actorSetByPassage.set(m.passageId, new Set()).get(m.passageId)!).add(m.actorId);
  }
  const passageIdsByDocument = new Map<string, string[]>();
  for (const p of dataset.passages) push(passageIdsByDocument, p.documentId, p.id);

  const documentById = byId(dataset.documents);
  const passageTimes = new Map<string, Interval[]>();
  let min = base.eventSpan?.start ?? Infinity;
  let max = base.eventSpan?.end ?? -Infinity;
  for (const p of dataset.passages) {
    const published = documentById.get(p.documentId)?.published;
    const times = base.eventTimesOfPassage.get(p.id) ?? [];
    if (!published) {
      if (times.length) passageTimes.set(p.id, [...times]);
      continue;
    }
    const i = dayInterval(published);
    passageTimes.set(p.id, [i, ...times]);
    if (i.start < min) min = i.start;
    if (i.end > max) max = i.end;
  }
  const toLists = (m: Map<string, Set<string>>) => new Map([...m].map(([k, v]) => [k, [...v]]));
  return {
    documentById,
    passageById: byId(dataset.passages),
    mentionsByPassage,
    passageIdsByActor: toLists(passageSetByActor),
    actorIdsByPassage: toLists(actorSetByPassage),
    passageIdsByDocument,
    passageTimes,
    span: min <= max ? { start: min, end: max } : null,
  };
}

const baseParts = new WeakMap<Dataset['events'], { actors: Dataset['actors']; edges: Dataset['edges']; part: BasePart; first: DatasetIndex | null }>();
/** A folder's index → the first index built on the same base part (baseIndexOf). */
const firstOfBase = new WeakMap<DatasetIndex, DatasetIndex>();

/**
 * The index of a folder's dataset (folder-data.ts): its actors, events and links are the same objects from one
 * answer to the next, so their part of the index is built once; only the passages and articles read are indexed
 * again. `span` is the folder's whole span.
 */
export function folderIndex(dataset: Dataset, span: Interval | null): DatasetIndex {
  let kept = baseParts.get(dataset.events);
  if (!kept || kept.actors !== dataset.actors || kept.edges !== dataset.edges) {
    kept = { actors: dataset.actors, edges: dataset.edges, part: basePartOf(dataset), first: null };
    baseParts.set(dataset.events, kept);
  }
  const index = { dataset, ...shared(kept.part), ...readPartOf(dataset, kept.part), span };
  firstOfBase.set(index, (kept.first ??= index));
  return index;
}

/**
 * The index to compute from what depends on the actors, events and links alone (the graph's model, the timeline's
 * filter and highlights): for a folder's index, the first one built on the same base, so that passages read (a new
 * index each time) do not make those anew and redraw the graph and the timeline; any other index is its own.
 */
export function baseIndexOf(index: DatasetIndex): DatasetIndex {
  return firstOfBase.get(index) ?? index;
}

/** The other end of an edge key seen from one actor. */
export function otherEnd(key: string, actorId: string): string {
  const [a, b] = key.split('|');
  return a === actorId ? b : a;
}
