import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../schema/dataset';
import { buildDatasetIndex } from '../dataset-index';
import { computeGraphModel, strongestLinks } from '../select-graph';
import { LINK_LIMIT } from '../strongest-links';
import { computeWindowScope, type EdgeInWindow } from '../select-window';
import { loadFixture } from '../../test/fixtures';

describe('strongestLinks: which links a dense graph draws', () => {
  const fixture = buildDatasetIndex(loadFixture());
  const all = computeWindowScope(fixture, null).edges;

  it('draws every link when there are no more than the limit', () => {
    expect(strongestLinks(fixture, all, [], 6)).toBe(all);
  });

  it('keeps direct contacts first, then the heaviest, ties by key', () => {
    expect([...strongestLinks(fixture, all, [], 3).keys()]).toEqual(['amir-abdollahian|lavrov', 'pezeshkian|putin', 'araghchi|lavrov']);
  });

  it('adds every link of the selection’s actors, however weak', () => {
    expect([...strongestLinks(fixture, all, ['netanyahu'], 3).keys()]).toEqual([
      'amir-abdollahian|lavrov',
      'pezeshkian|putin',
      'netanyahu|putin',
      'araghchi|lavrov',
    ]);
  });

  it('prefers a weak direct contact to a heavy co-mention', () => {
    const edges = new Map<string, EdgeInWindow>([
      ['a|b', { weight: 9, contact: false }],
      ['c|d', { weight: 1, contact: true }],
    ]);
    expect([...strongestLinks(fixture, edges, [], 1).keys()]).toEqual(['c|d']);
  });
});

describe('the graph model of a dense dataset', () => {
  // 50 actors, every pair linked (1,225 links); a link's weight is its higher-numbered end's number.
  const base = loadFixture();
  const id = (i: number) => `a${String(i).padStart(2, '0')}`;
  const actors = Array.from({ length: 50 }, (_, i) => ({ ...base.actors[0], id: id(i) }));
  const edges = actors.flatMap((_, j) =>
    Array.from({ length: j }, (_, i) => ({ source: id(i), target: id(j), weight: j, passageIds: [], eventIds: [], contact: false })),
  );
  const index = buildDatasetIndex({ ...base, actors, edges, mentions: [], events: [] } as Dataset);
  const scope = computeWindowScope(index, null);

  it('draws the 300 strongest of 1,225 links', () => {
    expect(LINK_LIMIT).toBe(300);
    const g = computeGraphModel(index, scope, [], null, 0);
    expect(g.totalEdges).toBe(1225);
    expect(g.edges.size).toBe(300);
    // Weights 44–49 make 279 links; the 21 first keys of weight 43 complete them.
    expect(g.edges.has('a20|a43')).toBe(true);
    expect(g.edges.has('a21|a43')).toBe(false);
    expect(g.edges.has('a00|a42')).toBe(false);
  });

  it('a selected actor brings all its links (42 more here), highlighted', () => {
    const g = computeGraphModel(index, scope, [], { kind: 'actor', id: 'a00' }, 0);
    expect(g.totalEdges).toBe(1225);
    expect(g.edges.size).toBe(342);
    expect(g.edges.has('a00|a01')).toBe(true);
    expect(g.highlightedEdgeKeys!.size).toBe(49);
    expect([...g.highlightedEdgeKeys!].every((k) => g.edges.has(k))).toBe(true);
  });

  it('draws every link when asked', () => {
    const g = computeGraphModel(index, scope, [], null, 0, true);
    expect(g.edges.size).toBe(1225);
    expect(g.totalEdges).toBe(1225);
  });
});
