// What falls in the timeline's visible window: passages, events, actors, and edge weights recomputed for it.
import type { AppData } from './initial-state';
import type { DatasetIndex } from './dataset-index';
import { memoLast } from './memo';
import type { Interval } from './time';
import { addOverlapping, intervalIndex } from './interval-index';

export interface EdgeInWindow {
  weight: number;
  contact: boolean;
}

export interface WindowScope {
  /** The window applied, or null when the filter is off (everything is in scope). */
  window: Interval | null;
  passageIds: Set<string> | null;
  eventIds: Set<string> | null;
  actorIds: Set<string> | null;
  /** Every edge in scope with its weight counted over the passages in scope. */
  edges: Map<string, EdgeInWindow>;
}

/** The dataset's passages and events by time (a passage has one interval per dated event or article it is in). */
const timesOf = memoLast((index: DatasetIndex) => ({
  passages: intervalIndex([...index.passageTimes].flatMap(([pid, times]) => times.map((t): [string, Interval] => [pid, t]))),
  events: intervalIndex(index.eventTime),
}));

export function computeWindowScope(index: DatasetIndex, window: Interval | null): WindowScope {
  if (!window) {
    const edges = new Map<string, EdgeInWindow>();
    for (const [k, e] of index.edgeByKey) edges.set(k, { weight: e.weight, contact: e.contact });
    return { window: null, passageIds: null, eventIds: null, actorIds: null, edges };
  }
  const { passages, events } = timesOf(index);
  const passageIds = addOverlapping(passages, window, new Set());
  const eventIds = addOverlapping(events, window, new Set());

  const actorIds = new Set<string>();
  for (const pid of passageIds) for (const a of index.actorIdsByPassage.get(pid) ?? []) actorIds.add(a);
  for (const eid of eventIds) for (const a of index.eventById.get(eid)!.participants) actorIds.add(a);

  const edges = new Map<string, EdgeInWindow>();
  for (const [k, e] of index.edgeByKey) {
    if (!actorIds.has(e.source) || !actorIds.has(e.target)) continue;
    let weight = 0;
    for (const pid of e.passageIds) if (passageIds.has(pid)) weight++;
    const contactInWindow = e.contact && e.eventIds.some((id) => eventIds.has(id));
    if (weight === 0 && !e.eventIds.some((id) => eventIds.has(id))) continue;
    edges.set(k, { weight: Math.max(weight, 1), contact: contactInWindow });
  }
  return { window, passageIds, eventIds, actorIds, edges };
}

const scopeOf = memoLast((index: DatasetIndex, window: Interval | null, on: boolean) =>
  computeWindowScope(index, on ? window : null),
);

/** The window scope the graph and the panel use (everything when the filter is off or the window unknown). */
export function selectWindowScope(s: AppData): WindowScope | null {
  return s.index ? scopeOf(s.index, s.timeWindow, s.windowFilter) : null;
}
