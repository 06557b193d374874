// What falls in the timeline's visible window: passages, events, actors, and edge weights recomputed for it.
import type { WindowEdge } from '../dataset-source/dataset-source';
import type { AppData } from './initial-state';
import { baseIndexOf, type DatasetIndex } from './dataset-index';
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

/** Lists, per key, every edge (by key) that names it, once per naming. */
function edgesBy(index: DatasetIndex, keysOf: (e: { passageIds: string[]; eventIds: string[] }) => string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [k, e] of index.edgeByKey) {
    for (const id of keysOf(e)) {
      const list = out.get(id);
      if (list) list.push(k);
      else out.set(id, [k]);
    }
  }
  return out;
}

/** The dataset's passages and events by time (a passage has one interval per dated event or article it is in),
 *  and the edges each passage and event counts towards: a window then touches only what is in it. */
const windowIndexOf = memoLast((index: DatasetIndex) => ({
  passages: intervalIndex([...index.passageTimes].flatMap(([pid, times]) => times.map((t): [string, Interval] => [pid, t]))),
  events: intervalIndex(index.eventTime),
  edgesByPassage: edgesBy(index, (e) => e.passageIds),
  edgesByEvent: edgesBy(index, (e) => e.eventIds),
}));

/** The passages in a window: its article's publication day, or the dated span of an event it reports, overlaps it. */
export function passagesInWindow(index: DatasetIndex, window: Interval): Set<string> {
  return addOverlapping(windowIndexOf(index).passages, window, new Set());
}

export function computeWindowScope(index: DatasetIndex, window: Interval | null): WindowScope {
  if (!window) {
    const edges = new Map<string, EdgeInWindow>();
    for (const [k, e] of index.edgeByKey) edges.set(k, { weight: e.weight, contact: e.contact });
    return { window: null, passageIds: null, eventIds: null, actorIds: null, edges };
  }
  const { events, edgesByPassage, edgesByEvent } = windowIndexOf(index);
  const passageIds = passagesInWindow(index, window);
  const eventIds = addOverlapping(events, window, new Set());

  const actorIds = new Set<string>();
  for (const pid of passageIds) for (const a of index.actorIdsByPassage.get(pid) ?? []) actorIds.add(a);
  for (const eid of eventIds) for (const a of index.eventById.get(eid)!.participants) actorIds.add(a);

  // An edge's weight in the window is the number of its passages in the window; an edge with none is still in
  // scope (weight 1) if one of its events is.
  const weights = new Map<string, number>();
  for (const pid of passageIds) for (const k of edgesByPassage.get(pid) ?? []) weights.set(k, (weights.get(k) ?? 0) + 1);
  const withEvent = new Set<string>();
  for (const eid of eventIds) for (const k of edgesByEvent.get(eid) ?? []) withEvent.add(k);

  const edges = new Map<string, EdgeInWindow>();
  // In the dataset's order, as before, so that equal weights rank the same way.
  for (const [k, e] of index.edgeByKey) {
    const weight = weights.get(k) ?? 0;
    if (weight === 0 && !withEvent.has(k)) continue;
    // A link in scope brings its two actors: the passages of a contact reported only through «the two ministers»
    // may name neither of them.
    actorIds.add(e.source);
    actorIds.add(e.target);
    edges.set(k, { weight: Math.max(weight, 1), contact: e.contact && withEvent.has(k) });
  }
  return { window, passageIds, eventIds, actorIds, edges };
}

/** The links in the window's scope as a dataset source gives them (DatasetSource.edges), in the dataset's order. */
export function windowEdges(index: DatasetIndex, window: Interval | null): WindowEdge[] {
  return [...computeWindowScope(index, window).edges].map(([key, { weight, contact }]) => {
    const { source, target } = index.edgeByKey.get(key)!;
    return { source, target, weight, contact };
  });
}

const scopeOf = memoLast((index: DatasetIndex, window: Interval | null, on: boolean) =>
  computeWindowScope(index, on ? window : null),
);

/** The window scope the graph and the panel use (everything when the filter is off or the window unknown). */
export function selectWindowScope(s: AppData): WindowScope | null {
  if (!s.index) return null;
  // A folder's window is its source's answer; until it comes (or with the filter off), everything read is in scope.
  if (s.folder) return s.windowFilter && s.folderScope ? s.folderScope : scopeOf(baseIndexOf(s.index), null, false);
  return scopeOf(s.index, s.timeWindow, s.windowFilter);
}
