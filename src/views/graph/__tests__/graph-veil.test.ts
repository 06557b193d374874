import { describe, expect, it } from 'vitest';
import cytoscape from 'cytoscape';
import { actorNodes, addVeil, VEIL_ID } from '../graph-veil';
import { graphStyle } from '../graph-style';

const graph = () =>
  cytoscape({
    headless: true,
    styleEnabled: true,
    style: graphStyle(false),
    layout: { name: 'preset', fit: false },
    elements: [
      { group: 'nodes', data: { id: 'a', size: 20, color: '#000', label: 'A' }, position: { x: 0, y: 0 } },
      { group: 'nodes', data: { id: 'b', size: 20, color: '#000', label: 'B' }, position: { x: 1000, y: 400 } },
    ],
  });

describe('the veil', () => {
  it('is hidden until shown, then covers every actor (with room for labels); it is not an actor', () => {
    const cy = graph();
    const veil = addVeil(cy);
    const node = cy.$id(VEIL_ID);
    expect(actorNodes(cy).map((n) => n.id())).toEqual(['a', 'b']);
    expect(node.style('display')).toBe('none');
    veil.show(true);
    expect(node.style('display')).toBe('element');
    const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
    expect(box.x1).toBeLessThanOrEqual(-90);
    expect(box.x2).toBeGreaterThanOrEqual(1090);
    expect(box.y1).toBeLessThanOrEqual(-90);
    expect(box.y2).toBeGreaterThanOrEqual(490);
    veil.show(false);
    expect(node.style('display')).toBe('none');
  });

  it('re-fits to the graph when it changes, and only grows while the view moves', () => {
    const cy = graph();
    const veil = addVeil(cy);
    veil.show(true);
    const node = cy.$id(VEIL_ID);
    const width = () => node.width();
    const before = width();
    veil.follow(); // nothing new in view: unchanged
    expect(width()).toBe(before);
    cy.$id('b').addClass('hidden');
    veil.refit();
    expect(width()).toBeLessThan(before);
    const fitted = width();
    cy.viewport({ zoom: 1, pan: { x: 5000, y: 0 } }); // the view now starts 5,000 units left of the graph
    veil.follow();
    expect(width()).toBeGreaterThan(fitted + 4000);
  });
});
