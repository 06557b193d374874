// Large datasets: the timeline holds only what the window needs. Up to DETAIL_MAX events around the window are
// drawn one by one; beyond that, each lane shows count bins (vis-timeline's own clustering does not scale to
// 20,000 items), counted from the events held or, for a dataset folder whose window holds more than it reads,
// from the folder's counts of its events per day; a bin shows the selection's part of its events. Pure: no DOM,
// no vis import (unit-tested).
import type { EventType } from '../../schema/dataset';
import { laneCount, withMargin, type CountLanes } from '../../store/select-timeline';
import type { Interval } from '../../store/time';
import { EVENT_TYPES } from '../shared/palette';
import { formatMs } from '../shared/format';
import { uiText } from '../../i18n/ui-text';
import type { EventPlacement } from './to-timeline-items';
import { lowerBound } from '../../store/interval-index';

export const DETAIL_MAX = 150;

export interface BinItem {
  id: string;
  group: EventType;
  content: string;
  start: number;
  end: number;
  type: 'range';
  className: string;
  title: string;
  style: string;
  isBin: true;
  count: number;
  /** Of them, the selection's (its actor's, its pair's, the event itself). */
  selected: number;
}

interface Lane {
  /** Point (and other) events sorted by start. */
  starts: number[];
  ids: string[];
  /** Events drawn as ranges (month/year precision), kept apart: they can start long before the window. */
  ranges: { id: string; start: number; end: number }[];
}

export interface LaneIndex {
  lanes: Map<EventType, Lane>;
  total: number;
}

export function toLaneIndex(items: EventPlacement[], visible: Set<string>): LaneIndex {
  const lanes = new Map<EventType, Lane>();
  const sorted = items.filter((i) => visible.has(i.id)).sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  for (const i of sorted) {
    let lane = lanes.get(i.group);
    if (!lane) lanes.set(i.group, (lane = { starts: [], ids: [], ranges: [] }));
    lane.starts.push(i.start);
    lane.ids.push(i.id);
    if (i.end !== undefined) lane.ranges.push({ id: i.id, start: i.start, end: i.end });
  }
  return { lanes, total: sorted.length };
}

/** Events starting in [a, b), plus ranges overlapping it. */
export function idsInWindow(index: LaneIndex, a: number, b: number): string[] {
  const out = new Set<string>();
  for (const lane of index.lanes.values()) {
    for (let i = lowerBound(lane.starts, a), end = lowerBound(lane.starts, b); i < end; i++) out.add(lane.ids[i]);
    for (const r of lane.ranges) if (r.start < b && r.end > a) out.add(r.id);
  }
  return [...out];
}

export function countInWindow(index: LaneIndex, a: number, b: number): number {
  let n = 0;
  for (const lane of index.lanes.values()) n += lowerBound(lane.starts, b) - lowerBound(lane.starts, a);
  return n;
}

const DAY = 86_400_000;
export type BinUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'fiveYears';
const UNITS: { name: BinUnit; ms: number; months?: number }[] = [
  { name: 'day', ms: DAY },
  { name: 'week', ms: 7 * DAY },
  { name: 'month', ms: 30.44 * DAY, months: 1 },
  { name: 'quarter', ms: 91.3 * DAY, months: 3 },
  { name: 'year', ms: 365.25 * DAY, months: 12 },
  { name: 'fiveYears', ms: 5 * 365.25 * DAY, months: 60 },
];

const unitFor = (a: number, b: number, target: number) => UNITS.find((u) => (b - a) / u.ms <= target) ?? UNITS[UNITS.length - 1];

/** The period each bin counts when the timeline shows `window` (its bins cover the window with its margin). */
export function binUnit(window: Interval, target = 36): BinUnit {
  const { start, end } = withMargin(window);
  return unitFor(start, end, target).name;
}

/** Calendar-aligned bin edges covering [a, b), about `target` of them. */
export function binEdges(a: number, b: number, target = 36): number[] {
  const unit = unitFor(a, b, target);
  const edges: number[] = [];
  if (!unit.months) {
    let t = Math.floor(a / unit.ms) * unit.ms;
    while (t < b) {
      edges.push(t);
      t += unit.ms;
    }
    edges.push(t);
    return edges;
  }
  const d = new Date(a);
  let y = d.getUTCFullYear();
  let m = Math.floor(d.getUTCMonth() / Math.min(unit.months, 12)) * Math.min(unit.months, 12);
  if (unit.months > 12) y = Math.floor(y / (unit.months / 12)) * (unit.months / 12);
  for (;;) {
    const t = Date.UTC(y, m, 1);
    edges.push(t);
    if (t >= b) break;
    m += unit.months;
    y += Math.floor(m / 12);
    m %= 12;
  }
  return edges;
}

/** A bin's tooltip: how many events of its type over which days, and how many of them the selection's. */
export function binTitle(type: EventType, count: number, start: number, end: number, selected = 0): string {
  return uiText(selected ? 'timeline.binSelected' : 'timeline.bin', {
    type: EVENT_TYPES[type].label,
    events: uiText('count.events', { count }),
    selected,
    from: formatMs(start),
    to: formatMs(end - 1),
  });
}

/** A lane's bin of `count` events from `start` to `end`, `selected` of them the selection's (filling that share of it). */
function binItem(type: EventType, start: number, end: number, count: number, selected: number, titleOf: typeof binTitle): BinItem {
  return {
    id: `bin:${type}:${start}`,
    group: type,
    content: String(count),
    start,
    end,
    type: 'range',
    className: `bin${selected ? ' has-hl' : ''}`,
    title: titleOf(type, count, start, end, selected),
    style: `--ev: ${EVENT_TYPES[type].color}${selected ? `; --share: ${((100 * selected) / count).toFixed(1)}%` : ''}`,
    isBin: true,
    count,
    selected,
  };
}

/** One item per non-empty bin per lane, counting events by their start. `titleOf` may remember tooltips. */
export function toBinItems(
  index: LaneIndex,
  window: Interval,
  highlighted: Set<string> | null,
  titleOf: typeof binTitle = binTitle,
): BinItem[] {
  const margin = withMargin(window);
  const edges = binEdges(margin.start, margin.end);
  const out: BinItem[] = [];
  for (const [type, lane] of index.lanes) {
    for (let k = 0; k + 1 < edges.length; k++) {
      const i0 = lowerBound(lane.starts, edges[k]);
      const i1 = lowerBound(lane.starts, edges[k + 1]);
      const count = i1 - i0;
      if (!count) continue;
      let selected = 0;
      if (highlighted) for (let i = i0; i < i1; i++) if (highlighted.has(lane.ids[i])) selected++;
      out.push(binItem(type, edges[k], edges[k + 1], count, selected, titleOf));
    }
  }
  return out;
}

/** The same bins counted from a folder's counts per day and type, the selection's part from its own counts (`selected`). */
export function toCountBins(lanes: CountLanes, window: Interval, selected: CountLanes | null, titleOf: typeof binTitle = binTitle): BinItem[] {
  const margin = withMargin(window);
  const edges = binEdges(margin.start, margin.end);
  const out: BinItem[] = [];
  for (const [type, lane] of lanes) {
    const own = selected?.get(type);
    for (let k = 0; k + 1 < edges.length; k++) {
      const count = laneCount(lane, edges[k], edges[k + 1]);
      if (count) out.push(binItem(type, edges[k], edges[k + 1], count, own ? laneCount(own, edges[k], edges[k + 1]) : 0, titleOf));
    }
  }
  return out;
}
