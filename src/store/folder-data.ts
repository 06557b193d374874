// A dataset folder in the store. The app holds at once what stays small at any size (the actors, the graph's
// strongest links, its last events up to a bound) and, for the rest, what the views asked for last (the events
// of the timeline's window, the selection's passages, a page at a time, and the articles opened). The views read
// it all as one Dataset whose actors and edges stay the same objects from one answer to the next: the graph,
// built once for them, is then not rebuilt when passages or the window's events come.
import type { Actor, Dataset, DatasetDocument, DatasetEvent, Edge, Mention, Passage } from '../schema/dataset';
import type { DatasetSource, DaySpan, EventQuery, OpenedSource, PassageHit, WindowEdge } from '../dataset-source/dataset-source';
import { edgeKey } from './dataset-index';
import { memoLast } from './memo';
import { strongestLinkKeys } from './strongest-links';
import type { Selection } from './selection';
import { dayEnd, dayStart, toIsoDay, type Interval } from './time';
import type { EdgeInWindow, WindowScope } from './select-window';
import type { TimelineQuestion } from './select-timeline';

/**
 * Events held at once (the graph's links, the undated list and a link's event selection name them): a corpus with
 * more holds its last this many (the undated ones, then the newest), and the timeline reads the others for its
 * window (WindowEvents). Few: the index of the events is built again for each window whose events are not held
 * (measured on this 2-core machine under load: 20–70 ms for 7,000 events, 140–360 ms for 52,000), and reading them
 * is most of the opening's own work (a 1M folder's first render, alternated: 683 ms with 10,000, 594 ms with 5,000).
 */
export const EVENTS_AT_OPEN = 5_000;
/** Events the timeline reads for its window at most: a visible range where more start shows counts per period. */
export const TIMELINE_EVENTS_MAX = 2_000;
/** Links held at once, strongest first (direct contacts first): the graph draws at most 300 of them, or all. */
export const EDGES_AT_OPEN = 5_000;
/** Passages read per page of the selection's list. */
export const PASSAGE_PAGE = 50;
/** Undated events read per page of the timeline's undated strip: a few screens of its rows, and each page read joins
 *  the held events (their index is built again for it), so pages are few and not small. */
export const UNDATED_PAGE = 200;

export interface FolderBase {
  actors: Actor[];
  events: DatasetEvent[];
  edges: Edge[];
}

/** A page's total while its first page is being read. */
export const READING = -1;

/** The selection's passages read so far, and how many there are in all. */
export interface PassagePages {
  /** What they are the passages of (selectionKey): an answer for another selection is dropped. */
  key: string;
  hits: PassageHit[];
  /** READING until the source answers. */
  total: number;
}

/** The events the source gave for the timeline's window (and its margin), and what they were asked by. */
export interface WindowEvents extends TimelineQuestion {
  events: DatasetEvent[];
  /** False when more than TIMELINE_EVENTS_MAX matched (events starting before the window reach into it): the
   *  timeline then shows counts, not a part of the events. */
  complete: boolean;
}

/** The undated events read beyond those held at open, as the undated strip asked for more. */
export interface UndatedReads {
  /** Every one read that was not held at open, in the order read: held from then on, whatever the filters. */
  events: DatasetEvent[];
  /** The question the last page answered (UndatedQuestion.key), and how many of its undated events were read (the
   *  next page starts there). */
  key: string;
  read: number;
}

export interface FolderData {
  source: DatasetSource;
  opened: OpenedSource;
  base: FolderBase;
  /** The timeline's window's events, when it holds few enough to read (null before, or while it shows counts). */
  windowEvents: WindowEvents | null;
  /** Null until the undated strip asks for more than were held at open. */
  undated: UndatedReads | null;
  pages: PassagePages | null;
  /** Articles read whole (for the reader), by id. */
  documents: ReadonlyMap<string, DatasetDocument>;
}

/** Reads what the app holds at once of a folder source. */
export async function openFolderData(source: DatasetSource): Promise<FolderData> {
  // In parallel: each waits for the manifest, not for the others.
  const [opened, events, edges] = await Promise.all([source.open(), newestEvents(source, { window: null }, EVENTS_AT_OPEN), source.edges(null)]);
  return {
    source,
    opened,
    base: { actors: opened.actors, events, edges: strongestEdges(edges, events, EDGES_AT_OPEN) },
    windowEvents: null,
    undated: null,
    pages: null,
    documents: new Map(),
  };
}

/** The last `limit` events the query gives (the undated ones, then the newest), in the source's order. */
export async function newestEvents(source: DatasetSource, query: EventQuery, limit: number): Promise<DatasetEvent[]> {
  if (limit === 0) return [];
  const { total } = await source.events(query, { offset: 0, limit: 0 });
  return (await source.events(query, { offset: Math.max(0, total - limit), limit })).items;
}

/** The `limit` strongest links, ranked as the graph ranks them, as the dataset's edges (with the held events they share). */
export function strongestEdges(edges: WindowEdge[], events: DatasetEvent[], limit: number): Edge[] {
  const byKey = new Map(edges.map((e) => [edgeKey(e.source, e.target), e]));
  return edgeRecords(byKey, strongestLinkKeys(byKey, limit), events);
}

/** The links of `keys` as the dataset's edges, with the events of `events` each pair shares; no passages. */
export function edgeRecords(byKey: ReadonlyMap<string, WindowEdge>, keys: ReadonlySet<string>, events: DatasetEvent[]): Edge[] {
  const eventIds = new Map<string, string[]>();
  for (const e of events) {
    const people = [...new Set(e.participants)];
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) {
        const k = edgeKey(people[i], people[j]);
        if (!keys.has(k)) continue;
        const ids = eventIds.get(k);
        if (ids) ids.push(e.id);
        else eventIds.set(k, [e.id]);
      }
  }
  return [...keys].map((k) => {
    const e = byKey.get(k)!;
    return { source: e.source, target: e.target, weight: e.weight, contact: e.contact, passageIds: [], eventIds: eventIds.get(k) ?? [] };
  });
}

/** The folder as the views read it: the base, and the passages and articles read so far. */
export function workingDataset(folder: FolderData): Dataset {
  const hits = folder.pages?.hits ?? [];
  const documents = new Map<string, DatasetDocument>();
  for (const h of hits) if (!documents.has(h.document.id)) documents.set(h.document.id, folder.documents.get(h.document.id) ?? { ...h.document, text: '' });
  for (const [id, d] of folder.documents) documents.set(id, d);
  const passages = new Map<string, Passage>();
  const mentions: Mention[] = [];
  for (const h of hits) {
    if (passages.has(h.passage.id)) continue;
    passages.set(h.passage.id, h.passage);
    mentions.push(...h.mentions);
  }
  return {
    schemaVersion: 1,
    documents: [...documents.values()],
    passages: [...passages.values()],
    actors: folder.base.actors,
    mentions,
    events: heldEvents(folder),
    edges: folder.base.edges,
    layout: folder.opened.layout,
    corrections: folder.opened.corrections,
  };
}

/** The events held at open, the undated ones read since and those read for the window, each once: the same array
 *  while none of them changes (the index of its events is built once for it). */
export function heldEvents(folder: FolderData): DatasetEvent[] {
  return heldOf(folder.base.events, folder.undated?.events ?? NONE, folder.windowEvents);
}
const NONE: DatasetEvent[] = [];
const baseIds = new WeakMap<DatasetEvent[], Set<string>>();
const heldOf = memoLast((base: DatasetEvent[], undated: DatasetEvent[], windowEvents: WindowEvents | null) => {
  let ids = baseIds.get(base);
  if (!ids) baseIds.set(base, (ids = new Set(base.map((e) => e.id))));
  // The undated ones read are not among those held at open (withUndatedRead); the window's are dated.
  const read = [...undated, ...(windowEvents?.events.filter((e) => !ids.has(e.id)) ?? [])];
  return read.length ? [...base, ...read] : base;
});

/** The folder with a page of the undated events of question `key` read from `offset` (among its undated events). */
export function withUndatedRead(folder: FolderData, key: string, offset: number, items: DatasetEvent[]): FolderData {
  const before = folder.undated?.events ?? NONE;
  const held = new Set([...folder.base.events, ...before].map((e) => e.id));
  const added = items.filter((e) => !held.has(e.id));
  return { ...folder, undated: { events: added.length ? [...before, ...added] : before, key, read: offset + items.length } };
}

/**
 * The folder with the events the source gave for the timeline's window. The selected event stays known when the
 * window moves away from it (its passages and its card are still shown).
 */
export function withWindowEvents(folder: FolderData, read: WindowEvents, selectedEventId: string | null): FolderData {
  const selected = selectedEventId === null ? undefined : folder.windowEvents?.events.find((e) => e.id === selectedEventId);
  const kept = selected && !read.events.some((e) => e.id === selected.id) ? { ...read, events: [...read.events, selected] } : read;
  return { ...folder, windowEvents: kept };
}

/** What a selection's passages are asked by: the same key is the same question. */
export function selectionKey(selection: Selection | null, window: DaySpan | null): string | null {
  if (!selection) return null;
  const w = window ? `${window.from}~${window.to}` : 'all';
  if (selection.kind === 'actor') return `actor:${selection.id}@${w}`;
  if (selection.kind === 'edge') return `edge:${edgeKey(selection.source, selection.target)}@${w}`;
  return `event:${selection.id}`;
}

/** What a selection's events are counted by (the source's eventCounts): an actor's, a pair's; null for an event. */
export function countsKey(selection: Selection | null): string | null {
  if (selection?.kind === 'actor') return `actor:${selection.id}`;
  if (selection?.kind === 'edge') return `edge:${edgeKey(selection.source, selection.target)}`;
  return null;
}

/** The whole days a window covers (its end is exclusive). */
export function windowDays(window: Interval): DaySpan {
  return { from: toIsoDay(window.start), to: toIsoDay(Math.max(window.start, window.end - 1)) };
}

/** The window scope of a folder: the links and their weights the source gave for the window, the held events in it. */
export function folderScope(base: Pick<FolderBase, 'events' | 'edges'>, window: Interval, edges: WindowEdge[], eventTime: ReadonlyMap<string, Interval>): WindowScope {
  const held = new Set(base.edges.map((e) => edgeKey(e.source, e.target)));
  const eventIds = new Set<string>();
  const actorIds = new Set<string>();
  for (const e of base.events) {
    const t = eventTime.get(e.id);
    if (!t || t.end <= window.start || t.start >= window.end) continue;
    eventIds.add(e.id);
    for (const a of e.participants) actorIds.add(a);
  }
  const inWindow = new Map<string, EdgeInWindow>();
  for (const e of edges) {
    actorIds.add(e.source);
    actorIds.add(e.target);
    const k = edgeKey(e.source, e.target);
    if (held.has(k)) inWindow.set(k, { weight: e.weight, contact: e.contact });
  }
  return { window, passageIds: null, eventIds, actorIds, edges: inWindow };
}

/** The span the folder covers, as the index gives it (end exclusive). */
export function folderSpan(folder: FolderData): Interval | null {
  const s = folder.opened.summary.span;
  return s ? { start: dayStart(s.from), end: dayEnd(s.to) } : null;
}
