// Ids with time intervals, sorted by start, so that a window finds what overlaps it by binary search instead of
// testing every event and passage (20,000 events: a window change must stay well inside a frame).
import { overlaps, type Interval } from './time';

export interface IntervalIndex {
  starts: number[];
  ends: number[];
  ids: string[];
  /** The longest interval: nothing starting earlier than a window's start minus this can reach into it. */
  longest: number;
}

export function intervalIndex(entries: Iterable<[string, Interval]>): IntervalIndex {
  const all = [...entries].sort((a, b) => a[1].start - b[1].start);
  return {
    starts: all.map(([, t]) => t.start),
    ends: all.map(([, t]) => t.end),
    ids: all.map(([id]) => id),
    longest: all.reduce((m, [, t]) => Math.max(m, t.end - t.start), 0),
  };
}

/** First position in `starts` (ascending) whose value is >= t. */
export function lowerBound(starts: number[], t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds to `into` the id of every interval overlapping `window` (as `overlaps` decides), in order of start. */
export function addOverlapping(index: IntervalIndex, window: Interval, into: Set<string>): Set<string> {
  const { starts, ends, ids } = index;
  for (let i = lowerBound(starts, window.start - index.longest); i < starts.length && starts[i] < window.end; i++) {
    if (overlaps({ start: starts[i], end: ends[i] }, window)) into.add(ids[i]);
  }
  return into;
}
