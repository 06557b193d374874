import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { buildDatasetIndex } from '../../../store/dataset-index';
import { computeGraphModel } from '../../../store/select-graph';
import { computeWindowScope } from '../../../store/select-window';
import { dayEnd, dayStart } from '../../../store/time';
import { loadFixture, loadRealDataset } from '../../../test/fixtures';
import { applyGraphModel, withModelLooks } from '../apply-graph-model';
import { computeLayout, graphLayoutOf } from '../compute-layout';
import { layoutFromIndex } from '../layout-client';
import { packComponents } from '../pack-components';
import { edgeWidth, toGraphElements } from '../to-graph-elements';
import { nodeSize, toLayoutElements } from '../layout-elements';
import { graphStyle } from '../graph-style';
import type { Edge } from '../../../schema/dataset';

const index = buildDatasetIndex(loadFixture());

describe('toGraphElements', () => {
  const els = toGraphElements(index, 'en');
  const node = (id: string) => els.find((e) => e.group === 'nodes' && e.data.id === id)!;
  const edge = (id: string) => els.find((e) => e.group === 'edges' && e.data.id === id)!;

  it('makes a node per actor: short name, country colour, size by mentions', () => {
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(11);
    expect(node('lavrov').data).toMatchObject({ label: 'Lavrov', color: '#2f5fa7', size: nodeSize(4), country: 'RU' });
    expect(node('araghchi').data.color).toBe('#2e8b57');
    expect(nodeSize(4)).toBeGreaterThan(nodeSize(1));
    expect(node('borisenko').classes).toBe('discovered');
    expect(toGraphElements(index, 'ar').find((e) => e.data.id === 'lavrov')!.data.label).toBe('لافروف');
  });

  it('makes an edge per pair, width by weight, contacts marked', () => {
    expect(edge('pezeshkian|putin').data).toMatchObject({ weight: 3, width: edgeWidth(3) });
    expect(edge('pezeshkian|putin').classes).toBe('contact');
    expect(edge('nasrallah|haniyeh')).toBeUndefined();
    expect(edge('haniyeh|nasrallah').classes).toBe('');
    expect(edgeWidth(3)).toBeGreaterThan(edgeWidth(1));
  });
});

describe('computeLayout', () => {
  const layoutElements = () => toLayoutElements(index.dataset.actors, index.edgeByKey);

  it('gives the same picture every time, whatever Math.random did in between', () => {
    const a = computeLayout(layoutElements());
    Math.random();
    Math.random();
    const b = computeLayout(layoutElements());
    expect(b).toEqual(a);
    expect(Object.keys(a)).toHaveLength(11);
  });

  it('lays out what the graph draws in English: same nodes, labels, sizes and pairs', () => {
    const pick = (els: ReturnType<typeof layoutElements>) =>
      els.map((e) => [e.data.id, e.data.label, e.data.size, e.data.source, e.data.target, e.data.weight]);
    expect(pick(layoutElements())).toEqual(pick(toGraphElements(index, 'en')));
  });

  it('lays a dense graph out by the 300 links it draws with nothing selected', () => {
    // 30 actors, every pair linked (435 links); a link's weight is its higher-numbered end's number.
    const id = (i: number) => `a${String(i).padStart(2, '0')}`;
    const actors = Array.from({ length: 30 }, (_, i) => ({ ...index.dataset.actors[0], id: id(i) }));
    const edges = new Map<string, Edge>(
      actors.flatMap((_, j) =>
        Array.from({ length: j }, (_, i): [string, Edge] => [`${id(i)}|${id(j)}`, { source: id(i), target: id(j), weight: j, passageIds: [], eventIds: [], contact: i === 0 && j === 1 }]),
      ),
    );
    const laidOut = toLayoutElements(actors, edges).filter((e) => e.group === 'edges').map((e) => e.data.id);
    expect(laidOut).toHaveLength(300);
    expect(laidOut).toContain('a00|a01'); // a direct contact, however weak
    // With it, the 299 links of weights 17–29.
    expect(laidOut).toContain('a00|a17');
    expect(laidOut).not.toContain('a15|a16');
  });

  it('leaves Math.random as it was', () => {
    const before = Math.random;
    computeLayout(layoutElements());
    expect(Math.random).toBe(before);
  });

  it('packs disconnected groups in rows wider than tall, without overlap', () => {
    const p = packComponents(
      { a: { x: 0, y: 0 }, b: { x: 0, y: 100 }, c: { x: 500, y: 500 }, d: { x: -300, y: 40 } },
      { a: { w: 20, h: 20 }, b: { w: 20, h: 20 }, c: { w: 20, h: 20 }, d: { w: 20, h: 20 } },
      [['a', 'b']],
    );
    // a–b is turned horizontal
    expect(Math.abs(p.a.y - p.b.y)).toBeLessThan(1e-6);
    expect(Math.abs(p.a.x - p.b.x)).toBeCloseTo(100);
    const ys = Object.values(p).map((q) => q.y);
    const xs = Object.values(p).map((q) => q.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(Math.max(...ys) - Math.min(...ys));
  });
});

describe('applyGraphModel on a headless graph', () => {
  const edgeDefinitions = () => new Map(toGraphElements(index, 'en').filter((e) => e.group === 'edges').map((e) => [e.data.id!, e]));
  const setup = () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toGraphElements(index, 'en'), style: graphStyle(false) });
    return { cy, looks: new Map<string, string>(), definitions: edgeDefinitions() };
  };

  it('hides the actors outside the window, leaves out their edges and recomputes edge weights; puts them back', () => {
    const { cy, looks, definitions } = setup();
    const scope = computeWindowScope(index, { start: dayStart('2026-03-01'), end: dayEnd('2026-03-31') });
    applyGraphModel(cy, computeGraphModel(index, scope, [], null, 0), looks, definitions);
    const shown = cy.nodes().filter((n) => !n.hasClass('hidden')).map((n) => n.id()).sort();
    expect(shown).toEqual(['araghchi', 'borisenko', 'lavrov', 'pezeshkian', 'putin']);
    expect(cy.$id('pezeshkian|putin').data('weight')).toBe(1);
    expect(cy.$id('shoigu').style('display')).toBe('none');
    expect(cy.$id('haniyeh|nasrallah').empty()).toBe(true);
    applyGraphModel(cy, computeGraphModel(index, computeWindowScope(index, null), [], null, 0), looks, definitions);
    expect(cy.edges()).toHaveLength(index.edgeByKey.size);
    expect(cy.$id('haniyeh|nasrallah').style('line-style')).toBe('dashed');
    expect(cy.$id('pezeshkian|putin').data('weight')).toBe(3);
  });

  it('highlights a neighbourhood (the veil dims the rest); touches only what changed', () => {
    const { cy, looks, definitions } = setup();
    const all = computeWindowScope(index, null);
    applyGraphModel(cy, computeGraphModel(index, all, [], null, 0), looks, definitions);
    const touched = applyGraphModel(cy, computeGraphModel(index, all, [], { kind: 'actor', id: 'lavrov' }, 0), looks, definitions);
    expect(cy.$id('lavrov').hasClass('selected')).toBe(true);
    expect(cy.$id('araghchi').hasClass('hl')).toBe(true);
    expect(cy.$id('putin').classes()).toEqual([]);
    expect(cy.$id('araghchi|lavrov').hasClass('hl')).toBe(true);
    expect(cy.$id('araghchi|lavrov').hasClass('contact')).toBe(true);
    expect(touched).toBe(cy.elements('.hl').length); // only the neighbourhood's look changed
    expect(applyGraphModel(cy, computeGraphModel(index, all, [], { kind: 'actor', id: 'lavrov' }, 0), looks, definitions)).toBe(0);
  });

  it('creates the graph in the model’s look: applying that model then touches nothing', () => {
    const scope = computeWindowScope(index, { start: dayStart('2026-03-01'), end: dayEnd('2026-03-31') });
    const model = computeGraphModel(index, scope, [], { kind: 'actor', id: 'lavrov' }, 0);
    const looks = new Map<string, string>();
    const elements = withModelLooks(toGraphElements(index, 'en'), model, looks);
    const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: graphStyle(false) });
    expect(cy.$id('shoigu').hasClass('hidden')).toBe(true);
    expect(cy.$id('lavrov').hasClass('selected')).toBe(true);
    expect(cy.$id('pezeshkian|putin').data('weight')).toBe(1);
    expect(cy.edges()).toHaveLength(model.edges.size);
    expect(applyGraphModel(cy, model, looks, edgeDefinitions())).toBe(0);
  });

  it('draws a direct contact differently from a co-mention', () => {
    const { cy } = setup();
    expect(cy.$id('araghchi|lavrov').style('line-style')).toBe('solid');
    expect(cy.$id('haniyeh|nasrallah').style('line-style')).toBe('dashed');
    expect(cy.$id('araghchi|lavrov').style('line-color')).not.toBe(cy.$id('haniyeh|nasrallah').style('line-color'));
  });
});

describe('the layout stored in a dataset', () => {
  const real = buildDatasetIndex(loadRealDataset());
  const neverCalled = () => {
    throw new Error('laid out again');
  };

  it('is what computeLayout gives the bundled dataset today (npm run build:data stores it)', () => {
    expect(real.dataset.layout).toEqual(graphLayoutOf(real.dataset.actors, real.dataset.edges));
    expect(Object.keys(real.dataset.layout!.positions)).toHaveLength(real.dataset.actors.length);
  });

  it('is used as it is when the dataset still gives its key', async () => {
    expect(await layoutFromIndex(real, neverCalled)).toBe(real.dataset.layout!.positions);
  });

  it('is laid out again when the key differs or an actor has no position', async () => {
    const { positions } = real.dataset.layout!;
    const computed = { lavrov: { x: 1, y: 2 } };
    const otherKey = buildDatasetIndex({ ...real.dataset, layout: { key: 'v0:stale', positions } });
    expect(await layoutFromIndex(otherKey, () => computed)).toBe(computed);
    const { lavrov: _, ...withoutLavrov } = positions;
    const partial = buildDatasetIndex({ ...real.dataset, layout: { key: real.dataset.layout!.key, positions: withoutLavrov } });
    expect(await layoutFromIndex(partial, () => computed)).toBe(computed);
  });
});
