// Which events the timeline shows (filters, an edge narrowing it) and which it highlights; for a dataset folder,
// whether it shows counts per period or the events of the window, and which part of each count the selection's.
import { EventCounter, eventCountries, hiddenByCountries, hiddenSetNumbers } from '../dataset-source/country-sets';
import type { DaySpan, EventCounts, EventQuery, OpenedSource } from '../dataset-source/dataset-source';
import { eventTypeSchema } from '../schema/common';
import type { DatasetEvent, EventType } from '../schema/dataset';
import type { AppData } from './initial-state';
import { baseIndexOf, edgeKey, type DatasetIndex } from './dataset-index';
import { countsKey, windowDays, type WindowEvents } from './folder-data';
import { lowerBound } from './interval-index';
import { memoLast } from './memo';
import type { Selection } from './selection';
import { DAY_MS, dayEnd, dayStart, type Interval } from './time';

/** Events two actors share: those the pair's edge cites and those both take part in. */
export function sharedEventIds(index: DatasetIndex, a: string, b: string): string[] {
  return sharedOf(index.dataset.events, index.edgeByKey, index.eventIdsByActor, a, b);
}

// An edge click asks for the pair's events three times (the timeline's filter, its highlight, the edge's card), each
// a pass over every event: the last answer is kept. Keyed by what it reads, which a folder's indexes share as they
// grow with the passages read (dataset-index.ts folderIndex).
const sharedOf = memoLast(
  (events: DatasetIndex['dataset']['events'], edgeByKey: DatasetIndex['edgeByKey'], eventIdsByActor: DatasetIndex['eventIdsByActor'], a: string, b: string) => {
    const ids = new Set(edgeByKey.get(edgeKey(a, b))?.eventIds ?? []);
    const ofB = new Set(eventIdsByActor.get(b) ?? []);
    for (const id of eventIdsByActor.get(a) ?? []) if (ofB.has(id)) ids.add(id);
    return events.filter((e) => ids.has(e.id)).map((e) => e.id);
  },
);

export interface TimelineFilter {
  /** Ids of the events to show (dated and undated alike). */
  eventIds: Set<string>;
  /** Set when an edge is selected: the timeline shows only the pair's shared events. */
  narrowedTo: { source: string; target: string } | null;
}

export function computeFilter(
  index: DatasetIndex,
  hiddenTypes: EventType[],
  hiddenCountries: string[],
  edge: { source: string; target: string } | null,
): TimelineFilter {
  const types = new Set(hiddenTypes);
  const countries = new Set(hiddenCountries);
  const countryOf = (actorId: string) => index.actorById.get(actorId)?.country;
  // An edge narrows to the pair's few events: only those are looked at (in the dataset's order, as all would be).
  const candidates = edge ? sharedEventIds(index, edge.source, edge.target).map((id) => index.eventById.get(id)!) : index.dataset.events;
  const eventIds = new Set<string>();
  for (const e of candidates) {
    if (types.has(e.type)) continue;
    if (countries.size && hiddenByCountries(eventCountries(e.participants, countryOf), countries)) continue;
    eventIds.add(e.id);
  }
  return { eventIds, narrowedTo: edge };
}

const filterOf = memoLast(computeFilter);
const edgeOf = memoLast((sel: Selection | null) => (sel?.kind === 'edge' ? { source: sel.source, target: sel.target } : null));

export function selectTimelineFilter(s: AppData): TimelineFilter | null {
  return s.index ? filterOf(baseIndexOf(s.index), s.hiddenEventTypes, s.hiddenCountries, edgeOf(s.selection)) : null;
}

function computeHighlighted(index: DatasetIndex, selection: Selection | null): Set<string> | null {
  if (!selection) return null;
  if (selection.kind === 'event') return new Set([selection.id]);
  if (selection.kind === 'actor') return new Set(index.eventIdsByActor.get(selection.id) ?? []);
  return new Set(sharedEventIds(index, selection.source, selection.target));
}

const highlightedOf = memoLast(computeHighlighted);

/** Events to highlight on the timeline for the selection; null when nothing is selected. */
export function selectHighlightedEventIds(s: AppData): Set<string> | null {
  return s.index ? highlightedOf(baseIndexOf(s.index), s.selection) : null;
}

// A dataset folder's timeline: counts per period from the folder's counts of its events (per day, type and country
// set: those of the whole corpus, or of the pair an edge narrows it to) while the visible range holds more events
// than can be read and drawn; the events of the range, read from the source, once it holds fewer.

/** A type's dated events by day, summed so that any range is counted by two binary searches. */
export interface DayCounts {
  /** The days with events of the type (UTC ms of their start), ascending. */
  days: number[];
  /** before[i]: the events starting on the days before days[i]; the last entry counts them all. */
  before: number[];
}

/** The counts per type shown (hidden types, and the events the hidden countries hide, left out). */
export type CountLanes = Map<EventType, DayCounts>;

/** The events counted that the filters show, summed per type over the country sets the hidden countries leave. */
export function toCountLanes(counts: EventCounts, countrySets: string[][], hiddenTypes: EventType[], hiddenCountries: string[]): CountLanes {
  const hiddenType = new Set(hiddenTypes);
  const hiddenSets = hiddenSetNumbers(countrySets, hiddenCountries);
  const perType = new Map<EventType, Map<number, number>>();
  for (const { type, countrySet, days, counts: n } of counts.series) {
    if (hiddenType.has(type) || hiddenSets.has(countrySet)) continue;
    let perDay = perType.get(type);
    if (!perDay) perType.set(type, (perDay = new Map()));
    days.forEach((day, i) => perDay.set(day, (perDay.get(day) ?? 0) + n[i]));
  }
  const lanes: CountLanes = new Map();
  for (const [type, perDay] of perType) {
    const days = [...perDay.keys()].sort((a, b) => a - b);
    const before = [0];
    for (const day of days) before.push(before[before.length - 1] + perDay.get(day)!);
    lanes.set(type, { days: days.map((d) => d * DAY_MS), before });
  }
  return lanes;
}

/** Events of a lane starting in [a, b). */
export function laneCount(lane: DayCounts, a: number, b: number): number {
  return lane.before[lowerBound(lane.days, b)] - lane.before[lowerBound(lane.days, a)];
}

/** Events of every lane starting in [a, b). */
export function countStarting(lanes: CountLanes, a: number, b: number): number {
  let n = 0;
  for (const lane of lanes.values()) n += laneCount(lane, a, b);
  return n;
}

/** From the first day with events to the end of the last; from the day the newest `recent` events start when given. */
export function countsSpan(lanes: CountLanes, recent = Infinity): Interval | null {
  const days = [...new Set([...lanes.values()].flatMap((l) => l.days))].sort((a, b) => a - b);
  if (!days.length) return null;
  const end = days[days.length - 1] + DAY_MS;
  let i = days.length - 1;
  while (i > 0 && countStarting(lanes, days[i], end) < recent) i--;
  return { start: days[i], end };
}

const NO_EVENTS: EventCounts = { series: [], undated: [] };

/** A folder's counts of the events the timeline shows: the corpus's, or the narrowing pair's (none while they are read). */
function shownCounts(s: AppData): EventCounts | null {
  if (!s.folder) return null;
  const edge = edgeOf(s.selection);
  if (!edge) return s.folder.opened.eventCounts;
  return selectionCountsOf(s) ?? NO_EVENTS;
}

/** The folder's counts of the selected actor's or pair's events, when its source has answered for this selection. */
function selectionCountsOf(s: AppData): EventCounts | null {
  const read = s.folderSelectionCounts;
  return read && read.key === countsKey(s.selection) ? read.counts : null;
}

/** Whether a folder's counts of what the timeline shows are known: not while those of the narrowing pair are read. */
export const selectCountsKnown = (s: AppData): boolean => !edgeOf(s.selection) || selectionCountsOf(s) !== null;

/** The counts for the types and countries shown, for a folder (null for a dataset held whole). */
export function selectCountLanes(s: AppData): CountLanes | null {
  const counts = shownCounts(s);
  return counts && countLanesOf(counts, s.folder!.opened.countrySets, s.hiddenEventTypes, s.hiddenCountries);
}
const countLanesOf = memoLast(toCountLanes);

/**
 * The selection's part of a folder's counts, to highlight in them: the actor's or the pair's events counted (as its
 * source answered), the selected event's own; null when nothing is selected or it is not read yet.
 */
export function selectHighlightLanes(s: AppData): CountLanes | null {
  if (!s.folder || !s.selection || !s.index) return null;
  const counts = s.selection.kind === 'event' ? eventCountsOf(s.folder.opened, s.index.eventById.get(s.selection.id), baseIndexOf(s.index)) : selectionCountsOf(s);
  return counts && highlightLanesOf(counts, s.folder.opened.countrySets, s.hiddenEventTypes, s.hiddenCountries);
}
const highlightLanesOf = memoLast(toCountLanes);

/** A held event counted as the folder counts its events. */
const eventCountsOf = memoLast((opened: OpenedSource, event: DatasetEvent | undefined, index: DatasetIndex): EventCounts | null => {
  if (!event) return null;
  const key = JSON.stringify(eventCountries(event.participants, (a) => index.actorById.get(a)?.country));
  const countrySet = opened.countrySets.findIndex((set) => JSON.stringify(set) === key);
  const counter = new EventCounter();
  counter.add(event.type, countrySet, event.date?.start ?? null);
  return counter.counts();
});

/** A folder's undated events the filters show (of the narrowing pair when an edge is selected); null for a dataset held whole. */
export function selectUndatedTotal(s: AppData): number | null {
  const counts = shownCounts(s);
  return counts && undatedTotalOf(counts, s.folder!.opened.countrySets, s.hiddenEventTypes, s.hiddenCountries);
}
const undatedTotalOf = memoLast((counts: EventCounts, countrySets: string[][], hiddenTypes: EventType[], hiddenCountries: string[]) => {
  const hiddenSets = hiddenSetNumbers(countrySets, hiddenCountries);
  return counts.undated.reduce((n, u) => (hiddenTypes.includes(u.type) || hiddenSets.has(u.countrySet) ? n : n + u.count), 0);
});

/** The undated events the strip lists: those held that the filter shows, in the order held (a folder's read later last). */
export const selectUndatedEvents = (s: AppData): DatasetEvent[] => undatedOf(s.index && baseIndexOf(s.index), selectTimelineFilter(s));
const undatedOf = memoLast((index: DatasetIndex | null, filter: TimelineFilter | null) =>
  index && filter ? index.dataset.events.filter((e) => !e.date && filter.eventIds.has(e.id)) : [],
);

/** What a folder's source is asked for the undated events the filters show (of the narrowing pair when an edge is selected). */
export interface UndatedQuestion {
  /** What it is asked by (types, countries, pair): a page read for another key is dropped. */
  key: string;
  query: EventQuery;
  /** Where its undated events begin in the source's answer: after its dated ones (the source orders them last),
   *  which the counts the timeline shows number. */
  first: number;
  /** Its undated events. */
  total: number;
}

/** Null for a dataset held whole, and while the narrowing pair's counts are read. */
export function selectUndatedQuestion(s: AppData): UndatedQuestion | null {
  const lanes = selectCountLanes(s);
  const total = selectUndatedTotal(s);
  if (!lanes || total === null || !selectCountsKnown(s)) return null;
  return undatedQuestionOf(lanes, total, s.hiddenEventTypes, selectTimelineNarrowing(s));
}
const undatedQuestionOf = memoLast((lanes: CountLanes, total: number, hiddenTypes: EventType[], { hiddenCountries, pair }: TimelineNarrowing): UndatedQuestion => {
  const types = hiddenTypes.length ? eventTypeSchema.options.filter((t) => !hiddenTypes.includes(t)) : null;
  const query: EventQuery = { window: null, ...(types ? { types } : {}), ...(hiddenCountries.length ? { hiddenCountries } : {}), ...(pair ? { actorIds: pair } : {}) };
  return { key: JSON.stringify([types, hiddenCountries, pair]), query, first: countStarting(lanes, -Infinity, Infinity), total };
});

/** Whether the undated strip's ask for more is on its way: made under the filters shown, and nothing more listed yet. */
export function selectUndatedReading(s: AppData): boolean {
  const wanted = s.undatedWanted;
  const question = selectUndatedQuestion(s);
  const listed = selectUndatedEvents(s).length;
  return !!question && wanted?.key === question.key && listed <= wanted.listed && listed < question.total;
}

/** The range around a window the timeline holds items for: as much again on either side, so that a pan shows them at once. */
export function withMargin(window: Interval): Interval {
  const pad = (window.end - window.start) / 2;
  return { start: window.start - pad, end: window.end + pad };
}

/** What narrows the events a folder's timeline reads, beside the types: the countries hidden and the pair an edge narrows it to. */
export interface TimelineNarrowing {
  hiddenCountries: string[];
  /** The pair's two ids, in order; null: not narrowed. */
  pair: [string, string] | null;
}

export const selectTimelineNarrowing = (s: AppData): TimelineNarrowing => narrowingOf(s.hiddenCountries, edgeOf(s.selection));
const narrowingOf = memoLast((hiddenCountries: string[], edge: { source: string; target: string } | null): TimelineNarrowing => ({
  hiddenCountries,
  pair: edge && (edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source]),
}));

/** What the timeline asks a folder's source for: the events of these days, of these types (all when null). */
export interface TimelineQuestion extends TimelineNarrowing {
  span: DaySpan;
  types: EventType[] | null;
}

/**
 * The events to read for `window`: those of the window with its margin when no more than `max` start there, else
 * those of the window alone; null when the window itself holds more (the timeline shows counts per period).
 */
export function timelineQuestion(
  lanes: CountLanes,
  window: Interval,
  hiddenTypes: EventType[],
  max: number,
  { hiddenCountries, pair }: TimelineNarrowing = { hiddenCountries: [], pair: null },
): TimelineQuestion | null {
  const types = hiddenTypes.length ? [...lanes.keys()] : null;
  for (const range of [withMargin(window), window])
    if (countStarting(lanes, range.start, range.end) <= max) return { span: windowDays(range), types, hiddenCountries, pair };
  return null;
}

/**
 * Whether the events read answer for `range`, the types shown and the narrowing: the timeline then draws them (its
 * filter picks out those shown), not the counts. Events read with fewer countries hidden, or for no pair, hold them.
 */
export function eventsCover(read: WindowEvents | null, range: Interval, lanes: CountLanes, narrowing: TimelineNarrowing): boolean {
  if (!read?.complete || dayStart(read.span.from) > range.start || dayEnd(read.span.to) < range.end) return false;
  const types = read.types;
  if (types !== null && ![...lanes.keys()].every((t) => types.includes(t))) return false;
  if (!read.hiddenCountries.every((c) => narrowing.hiddenCountries.includes(c))) return false;
  return read.pair === null || (narrowing.pair !== null && read.pair[0] === narrowing.pair[0] && read.pair[1] === narrowing.pair[1]);
}
