// Compare two periods: which ties (actor pairs co-mentioned or sharing an event in a window) are new,
// stronger, weaker, unchanged or gone between period A and period B.
import { computeWindowScope } from '../store/select-window';
import type { DatasetIndex } from '../store/dataset-index';
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

export interface PeriodComparison {
  a: Interval;
  b: Interval;
  changes: TieChange[];
  counts: Record<TieChangeKind, number>;
}

function kindOf(weightA: number, weightB: number): TieChangeKind {
  if (!weightA) return 'new';
  if (!weightB) return 'gone';
  return weightB > weightA ? 'stronger' : weightB < weightA ? 'weaker' : 'same';
}

/** Changes listed by kind (new first), then by the larger weight, then by key for a stable order. */
export function comparePeriods(index: DatasetIndex, a: Interval, b: Interval): PeriodComparison {
  const inA = computeWindowScope(index, a).edges;
  const inB = computeWindowScope(index, b).edges;
  const counts: Record<TieChangeKind, number> = { new: 0, stronger: 0, weaker: 0, same: 0, gone: 0 };
  const changes: TieChange[] = [];
  for (const key of new Set([...inA.keys(), ...inB.keys()])) {
    const ea = inA.get(key);
    const eb = inB.get(key);
    const edge = index.edgeByKey.get(key)!;
    const change: TieChange = {
      key,
      source: edge.source,
      target: edge.target,
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
  return { a, b, changes, counts };
}
