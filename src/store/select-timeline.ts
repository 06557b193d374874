// Which events the timeline shows (filters, an edge narrowing it) and which it highlights; for a dataset folder,
// whether it shows counts per period or the events of the window.
import type { OpenedSource, DaySpan } from '../dataset-source/dataset-source';
import type { EventType } from '../schema/dataset';
import type { AppData } from './initial-state';
import { baseIndexOf, edgeKey, type DatasetIndex } from './dataset-index';
import { windowDays, type WindowEvents } from './folder-data';
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
  // An edge narrows to the pair's few events: only those are looked at (in the dataset's order, as all would be).
  const candidates = edge ? sharedEventIds(index, edge.source, edge.target).map((id) => index.eventById.get(id)!) : index.dataset.events;
  const eventIds = new Set<string>();
  for (const e of candidates) {
    if (types.has(e.type)) continue;
    if (countries.size && e.participants.length) {
      const visible = e.participants.some((p) => {
        const c = index.actorById.get(p)?.country ?? null;
        return c === null || !countries.has(c);
      });
      if (!visible) continue;
    }
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

// A dataset folder's timeline: counts per period from the folder's overview (its dated events per day and type)
// while the visible range holds more events than can be read and drawn; the events of the range, read from the
// source, once it holds fewer.

/** A type's dated events by day, summed so that any range is counted by two binary searches. */
export interface DayCounts {
  /** The days with events of the type (UTC ms of their start), ascending. */
  days: number[];
  /** before[i]: the events starting on the days before days[i]; the last entry counts them all. */
  before: number[];
}

/** The overview's counts per type shown (hidden types left out). */
export type CountLanes = Map<EventType, DayCounts>;

export function toCountLanes(eventsPerDay: OpenedSource['eventsPerDay'], hiddenTypes: EventType[]): CountLanes {
  const hidden = new Set(hiddenTypes);
  const lanes: CountLanes = new Map();
  // The overview comes sorted by day (then type): each lane's days come ascending.
  for (const { day, type, count } of eventsPerDay) {
    if (hidden.has(type)) continue;
    let lane = lanes.get(type);
    if (!lane) lanes.set(type, (lane = { days: [], before: [0] }));
    lane.days.push(dayStart(day));
    lane.before.push(lane.before[lane.before.length - 1] + count);
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

/** The overview's counts for the types shown, for a folder (null for a dataset held whole). */
export const selectCountLanes = (s: AppData): CountLanes | null => (s.folder ? countLanesOf(s.folder.opened.eventsPerDay, s.hiddenEventTypes) : null);
const countLanesOf = memoLast(toCountLanes);

/** The range around a window the timeline holds items for: as much again on either side, so that a pan shows them at once. */
export function withMargin(window: Interval): Interval {
  const pad = (window.end - window.start) / 2;
  return { start: window.start - pad, end: window.end + pad };
}

/** What the timeline asks a folder's source for: the events of these days, of these types (all when null). */
export interface TimelineQuestion {
  span: DaySpan;
  types: EventType[] | null;
}

/**
 * The events to read for `window`: those of the window with its margin when no more than `max` start there, else
 * those of the window alone; null when the window itself holds more (the timeline shows counts per period).
 */
export function timelineQuestion(lanes: CountLanes, window: Interval, hiddenTypes: EventType[], max: number): TimelineQuestion | null {
  const types = hiddenTypes.length ? [...lanes.keys()] : null;
  for (const range of [withMargin(window), window])
    if (countStarting(lanes, range.start, range.end) <= max) return { span: windowDays(range), types };
  return null;
}

/** Whether the events read answer for `range` and the types shown: the timeline then draws them, not the counts. */
export function eventsCover(read: WindowEvents | null, range: Interval, lanes: CountLanes): boolean {
  if (!read?.complete || dayStart(read.span.from) > range.start || dayEnd(read.span.to) < range.end) return false;
  const types = read.types;
  return types === null || [...lanes.keys()].every((t) => types.includes(t));
}
