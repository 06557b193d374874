// A deterministic layout: fcose on a headless graph with its randomness seeded, so the picture is the same on
// every load (it is shown in briefings). Positions are then given to the visible graph as a preset.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Actor, Edge, GraphLayout } from '../../schema/dataset';
import { edgesByKey } from '../../store/dataset-index';
import { layoutKey, toLayoutElements } from './layout-elements';
import { packComponents, type Box } from './pack-components';

cytoscape.use(fcose);

export type Positions = Record<string, { x: number; y: number }>;

/** mulberry32: a small seeded PRNG. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `fn` with Math.random replaced by a seeded generator (fcose and cose-base call Math.random). */
function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = seeded(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/** About how wide a label is, in model units at the graph's label size (glyphs average ≈10.5 units). */
function labelWidth(label: string): number {
  return label.length * 12 + 12;
}

export function computeLayout(elements: ElementDefinition[]): Positions {
  const sized = elements.map((e) =>
    e.group === 'nodes'
      ? {
          ...e,
          data: {
            ...e.data,
            layoutWidth: Math.max(e.data.size as number, labelWidth(String(e.data.label ?? ''))),
            layoutHeight: (e.data.size as number) + 34,
          },
        }
      : e,
  );
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: sized,
    // Headless there is no text measuring: give each node the room its label will take, so labels do not collide.
    style: [{ selector: 'node', style: { width: 'data(layoutWidth)', height: 'data(layoutHeight)' } }],
  });
  const n = cy.nodes().length;
  withSeededRandom(20240115, () =>
    cy
      .layout({
        name: 'fcose',
        quality: n > 300 ? 'default' : 'proof',
        randomize: true,
        animate: false,
        fit: false,
        nodeSeparation: 40,
        nodeRepulsion: () => 6000,
        idealEdgeLength: (e: cytoscape.EdgeSingular) => 30 + 50 / Math.sqrt(e.data('weight') as number),
        edgeElasticity: () => 0.3,
        gravity: 0.3,
        numIter: 2500,
        packComponents: true,
        tile: true,
        tilingPaddingVertical: 30,
        tilingPaddingHorizontal: 50,
      } as unknown as cytoscape.LayoutOptions)
      .run(),
  );
  const raw: Positions = {};
  const boxes: Record<string, Box> = {};
  cy.nodes().forEach((node) => {
    raw[node.id()] = { ...node.position() };
    boxes[node.id()] = { w: node.data('layoutWidth'), h: node.data('layoutHeight') };
  });
  const edges = cy.edges().map((e) => [e.data('source'), e.data('target')] as [string, string]);
  cy.destroy();
  const packed = packComponents(raw, boxes, edges);
  const out: Positions = {};
  for (const [id, p] of Object.entries(packed)) out[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  return out;
}

/** The layout of a dataset's actors and links with the key it was made for: what `npm run build:data` stores in
 *  dataset.json, so that the app shows the graph without laying it out. */
export function graphLayoutOf(actors: Actor[], edges: Edge[]): GraphLayout {
  const elements = toLayoutElements(actors, edgesByKey(edges));
  return { key: layoutKey(elements), positions: computeLayout(elements) };
}
