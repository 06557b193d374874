// The graph of an exported view, drawn anew in a box of the export's own size: the shown actors and links fill
// it and their labels keep a floor size in the picture, whatever size (and zoom) the graph has on screen; a label
// that would cover another is left out.
import cytoscape, { type Core } from 'cytoscape';
import { graphStyle } from '../views/graph/graph-style';
import { actorNodes, addVeil, VEIL_ID } from '../views/graph/graph-veil';
import type { Positions } from '../views/graph/compute-layout';
import { packComponents } from '../views/graph/pack-components';

/** The page background of the current theme, so a picture sits on the colour the user sees. */
export function themeBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
}

export interface GraphBox {
  /** CSS pixels. */
  width: number;
  height: number;
}

export interface GraphDrawing<T> {
  /** What `draw` made of the copy: a PNG data URL, SVG markup. */
  picture: T;
  /** Smallest node label height in the box, CSS pixels (the picture has `pixelRatio` times more). */
  labelPx: number;
  /** Share of the box's width and height the drawn graph spans. */
  fill: { width: number; height: number };
  /** Labels left out because they would have covered others. */
  labelsHidden: number;
}

const BASE_FONT = 18;
const PADDING = 24;
/** A graph of two or three actors is not blown up to fill a page. */
const MAX_ZOOM = 2;

/** The live graph's shown elements (with their classes: highlight, selection, comparison colours), without the veil. */
function shownElements(live: Core) {
  return live
    .elements()
    .not('.hidden')
    .not(`#${VEIL_ID}`)
    .map((e) => e.json() as cytoscape.ElementDefinition);
}

/** Lays the disconnected groups of actors out in rows of the box's shape (the screen's arrangement suits the
 *  screen's pane, not a wide slide), each actor's box counting its label. */
function packForBox(cy: Core, box: GraphBox) {
  const actors = actorNodes(cy);
  const positions: Positions = {};
  const boxes: Record<string, { w: number; h: number }> = {};
  actors.forEach((n) => {
    positions[n.id()] = { ...n.position() };
    const bb = n.boundingBox({ includeLabels: true, includeOverlays: false });
    boxes[n.id()] = { w: bb.w, h: bb.h };
  });
  const edges = cy.edges().map((e): [string, string] => [e.data('source'), e.data('target')]);
  const packed = packComponents(positions, boxes, edges, box.width / box.height);
  actors.forEach((n) => void n.position(packed[n.id()]));
}

/** Zooms to the actors (labels included), and grows the labels until they are `minPx` tall on the picture. */
function fitWithLabelFloor(cy: Core, box: GraphBox, minPx: number): number {
  const actors = actorNodes(cy);
  let font = BASE_FONT;
  for (let round = 0; round < 4; round++) {
    packForBox(cy, box);
    cy.fit(actors, PADDING);
    if (cy.zoom() > MAX_ZOOM) {
      cy.zoom(MAX_ZOOM);
      cy.center(actors);
    }
    const wanted = Math.max(BASE_FONT, minPx / cy.zoom());
    if (Math.abs(wanted - font) < 0.5) break;
    font = wanted;
    const scale = font / BASE_FONT;
    actors.style({ 'font-size': font, 'text-outline-width': 3 * scale, 'text-margin-y': 5 * scale });
  }
  return font * cy.zoom();
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
/** The selection first, then what it highlights, then the most mentioned actors. */
const labelRank = (n: cytoscape.NodeSingular) => (n.hasClass('selected') ? 2e6 : 0) + (n.hasClass('hl') ? 1e6 : 0) + Number(n.data('size'));

/** Leaves out each label that would cover one already kept, in `labelRank` order: a dense graph's picture shows the
 *  names it can show legibly, not a mat of overlapping ones. */
function hideCollidingLabels(cy: Core): number {
  const kept: Box[] = [];
  let hidden = 0;
  actorNodes(cy)
    .sort((a, b) => labelRank(b) - labelRank(a))
    .forEach((n) => {
      const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      if (kept.some((k) => overlap(k, label))) {
        n.style('label', '');
        hidden++;
      } else kept.push(label);
    });
  return hidden;
}

/**
 * A copy of the live graph's shown part laid out for a `box` (CSS pixels), its node labels at least `labelMinPx`
 * tall in the box, handed to `draw` (a PNG, an SVG) and then thrown away. A selection's veil dims the rest, as on
 * screen.
 */
export function drawExportGraph<T>(live: Core, box: GraphBox, labelMinPx: number, draw: (copy: Core) => T): GraphDrawing<T> {
  const host = document.createElement('div');
  host.className = 'export-host';
  host.style.width = `${box.width}px`;
  host.style.height = `${box.height}px`;
  document.body.append(host);
  const cy = cytoscape({
    container: host,
    elements: shownElements(live),
    // The stylesheet without the dense-graph shortcuts: the legend's dashed co-mentions hold on paper.
    style: graphStyle(false),
    layout: { name: 'preset', fit: false },
    autoungrabify: true,
    autounselectify: true,
    userZoomingEnabled: false,
    userPanningEnabled: false,
    minZoom: 0.01,
    maxZoom: 10,
    pixelRatio: 1,
  });
  try {
    const labelPx = fitWithLabelFloor(cy, box, labelMinPx);
    const labelsHidden = hideCollidingLabels(cy);
    const drawn = actorNodes(cy).renderedBoundingBox({});
    if (live.$id(VEIL_ID).visible()) addVeil(cy).show(true);
    return {
      picture: draw(cy),
      labelPx,
      fill: { width: Math.min(1, drawn.w / box.width), height: Math.min(1, drawn.h / box.height) },
      labelsHidden,
    };
  } finally {
    cy.destroy();
    host.remove();
  }
}

/** The copy as a PNG data URL, `pixelRatio` times the box, on the theme's background. */
export const pngOf = (pixelRatio: number) => (copy: Core) =>
  copy.png({ full: false, scale: pixelRatio, bg: themeBackground(), output: 'base64uri' });
