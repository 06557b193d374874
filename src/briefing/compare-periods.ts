// Compare two periods: which ties (actor pairs co-mentioned or sharing an event in a window) are new,
// stronger, weaker, unchanged or gone between period A and period B.
import type { DatasetSource, WindowEdge } from '../dataset-source/dataset-source';
import { edgeKey, type DatasetIndex } from '../store/dataset-index';
import { windowDays } from '../store/folder-data';
import { windowEdges } from '../store/select-window';
import type { Interval } from '../store/time';

export type TieChangeKind = 'new' | 'stronger' | 'weaker' | 'same' | 'gone';

export const TIE_CHANGE_ORDER: TieChangeKind[] = ['new', 'stronger', 'weaker', 'same', 'gone'];

export interface TieChange {
  /** The edge key (as in DatasetIndex.edgeByKey and the graph's edge ids). */
  key: string;
  source: string;
  target: string;
  kind: TieChangeKind;
  /** Passages naming both in each period (0 when the tie is absent). */
  weightA: number;
  weightB: number;
  /** Whether the pair had a direct contact (call, meeting…) in each period. */
  contactA: boolean;
  contactB: boolean;
}

export interface TieChanges {
  /** By kind (new first), then by the larger weight, then by key. */
  changes: TieChange[];
  counts: Record<TieChangeKind, number>;
}

function kindOf(weightA: number, weightB: number): TieChangeKind {
  if (!weightA) return 'new';
  if (!weightB) return 'gone';
  return weightB > weightA ? 'stronger' : weightB < weightA ? 'weaker' : 'same';
}

/** How each tie changed from the ties of period A to those of period B (each a pair once). */
export function classifyTieChanges(tiesA: WindowEdge[], tiesB: WindowEdge[]): TieChanges {
  const byKey = (ties: WindowEdge[]) => new Map(ties.map((t) => [edgeKey(t.source, t.target), t]));
  const [inA, inB] = [byKey(tiesA), byKey(tiesB)];
  const counts: Record<TieChangeKind, number> = { new: 0, stronger: 0, weaker: 0, same: 0, gone: 0 };
  const changes: TieChange[] = [];
  for (const key of new Set([...inA.keys(), ...inB.keys()])) {
    const ea = inA.get(key);
    const eb = inB.get(key);
    const { source, target } = (ea ?? eb)!;
    const change: TieChange = {
      key,
      source,
      target,
      kind: kindOf(ea?.weight ?? 0, eb?.weight ?? 0),
      weightA: ea?.weight ?? 0,
      weightB: eb?.weight ?? 0,
      contactA: ea?.contact ?? false,
      contactB: eb?.contact ?? false,
    };
    counts[change.kind]++;
    changes.push(change);
  }
  const rank = (c: TieChange) => TIE_CHANGE_ORDER.indexOf(c.kind);
  changes.sort(
    (x, y) => rank(x) - rank(y) || Math.max(y.weightA, y.weightB) - Math.max(x.weightA, x.weightB) || (x.key < y.key ? -1 : 1),
  );
  return { changes, counts };
}

/** Where a period's ties are read: a dataset source (a folder's), or the index of a dataset held whole. */
export type TiesFrom = { source: DatasetSource } | { index: DatasetIndex };

/**
 * A period's ties as the graph shows them for that window: the links of its window scope. A folder's are its source's
 * answer (the app holds only what has been read of it); a dataset held whole gives them from its index, as its
 * in-memory source would (the store holds no source for a dataset file).
 */
export async function tiesInPeriod(from: TiesFrom, period: Interval): Promise<WindowEdge[]> {
  return 'source' in from ? from.source.edges(windowDays(period)) : windowEdges(from.index, period);
}

export async function comparePeriods(from: TiesFrom, a: Interval, b: Interval): Promise<TieChanges> {
  const [tiesA, tiesB] = await Promise.all([tiesInPeriod(from, a), tiesInPeriod(from, b)]);
  return classifyTieChanges(tiesA, tiesB);
}
