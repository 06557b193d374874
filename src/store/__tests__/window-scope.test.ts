// The window scope (what the graph and the panel show for a time window) against the plain definition, tested
// over every window between the real dataset's dates.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDatasetIndex, type DatasetIndex } from '../dataset-index';
import { computeWindowScope, type EdgeInWindow } from '../select-window';
import { overlaps, type Interval } from '../time';
import { loadRealDataset } from '../../test/fixtures';

/** The definition, one passage, event and edge at a time. */
function plainScope(index: DatasetIndex, window: Interval) {
  const passageIds = new Set([...index.passageTimes].filter(([, ts]) => ts.some((t) => overlaps(t, window))).map(([id]) => id));
  const eventIds = new Set([...index.eventTime].filter(([, t]) => overlaps(t, window)).map(([id]) => id));
  const actorIds = new Set([
    ...[...passageIds].flatMap((p) => index.actorIdsByPassage.get(p) ?? []),
    ...[...eventIds].flatMap((e) => index.eventById.get(e)!.participants),
  ]);
  const edges = new Map<string, EdgeInWindow>();
  for (const [k, e] of index.edgeByKey) {
    const weight = e.passageIds.filter((p) => passageIds.has(p)).length;
    const eventIn = e.eventIds.some((id) => eventIds.has(id));
    if (!weight && !eventIn) continue;
    edges.set(k, { weight: Math.max(weight, 1), contact: e.contact && eventIn });
    actorIds.add(e.source).add(e.target);
  }
  return { passageIds, eventIds, actorIds, edges };
}

describe('computeWindowScope', () => {
  const index = buildDatasetIndex(loadRealDataset());
  const { start, end } = index.span!;
  const DAY = 86_400_000;

  it('finds what the plain definition finds, for any window over the dataset’s span', () => {
    fc.assert(
      fc.property(fc.integer({ min: start - 60 * DAY, max: end }), fc.integer({ min: 1, max: 800 }), (from, days) => {
        const window = { start: from, end: from + days * DAY };
        const scope = computeWindowScope(index, window);
        const plain = plainScope(index, window);
        expect(scope.passageIds).toEqual(plain.passageIds);
        expect(scope.eventIds).toEqual(plain.eventIds);
        expect(scope.actorIds).toEqual(plain.actorIds);
        expect([...scope.edges]).toEqual([...plain.edges]); // the same order too: equal weights rank alike
      }),
      { numRuns: 200 },
    );
  });
});
