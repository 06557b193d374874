// A deterministic layout: fcose on a headless graph with its randomness seeded, so the picture is the same on
// every load (it is shown in briefings). Positions are then given to the visible graph as a preset.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';

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

export function computeLayout(elements: ElementDefinition[]): Positions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
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
        nodeSeparation: 90,
        nodeRepulsion: () => 12000,
        idealEdgeLength: (e: cytoscape.EdgeSingular) => 70 + 90 / Math.sqrt(e.data('weight') as number),
        edgeElasticity: () => 0.3,
        gravity: 0.3,
        numIter: 2500,
        packComponents: true,
        tile: true,
        tilingPaddingVertical: 40,
        tilingPaddingHorizontal: 40,
      } as unknown as cytoscape.LayoutOptions)
      .run(),
  );
  const out: Positions = {};
  cy.nodes().forEach((node) => {
    const p = node.position();
    out[node.id()] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  });
  cy.destroy();
  return out;
}
