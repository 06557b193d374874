// Dimming "the rest" of the graph under a selection with one translucent node, the veil, drawn above everything
// except the highlighted elements (they are raised above it by the style). A selection then restyles only its
// neighbourhood and the veil, not each of the other elements: on a dense graph (500 actors) restyling them all
// cost more than a frame's budget.
import type cytoscape from 'cytoscape';

export const VEIL_ID = '__veil';
/** Room around a node's centre for the node and its label, in model units. */
const LABEL_ROOM = 90;

export interface Veil {
  /** Shows the veil over the current view and the whole graph, or hides it. */
  show: (on: boolean) => void;
  /** Re-fits a shown veil to the graph and the view, after the graph changed. */
  refit: () => void;
  /** Grows a shown veil when a pan or zoom shows more than it covers (restyling it on every frame of a pan would
   *  redraw the whole graph on each, where cytoscape otherwise moves a picture of it). */
  follow: () => void;
}

type Box = { x1: number; y1: number; x2: number; y2: number };

/** The graph's actors: every node but the veil. */
export const actorNodes = (cy: cytoscape.Core): cytoscape.NodeCollection => cy.nodes().not(`#${VEIL_ID}`);

/** Adds the veil (hidden) to the graph. Its look comes from the stylesheet (selector `.veil`). */
export function addVeil(cy: cytoscape.Core): Veil {
  const veil = cy.add({ group: 'nodes', data: { id: VEIL_ID, size: 1, color: '#000', label: '' }, classes: 'veil hidden', position: { x: 0, y: 0 } });
  let shown = false;
  let graph: Box | null = null;
  let covered: Box | null = null;
  /** Node centres, padded for node sizes and labels (measuring every label would cost more than it is worth). */
  const measure = (): Box => {
    const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    actorNodes(cy).forEach((n) => {
      if (n.hasClass('hidden')) return;
      const p = n.position();
      box.x1 = Math.min(box.x1, p.x - LABEL_ROOM);
      box.x2 = Math.max(box.x2, p.x + LABEL_ROOM);
      box.y1 = Math.min(box.y1, p.y - LABEL_ROOM);
      box.y2 = Math.max(box.y2, p.y + LABEL_ROOM);
    });
    return box;
  };
  // The veil covers the union of what is in view and the whole graph, so that an exported picture of the graph
  // (which frames every element) is dimmed the same way and framed no wider than the screen.
  const cover = (grow: boolean) => {
    if (!shown) return;
    graph ??= measure();
    const view = cy.extent();
    const want = {
      x1: Math.min(view.x1, graph.x1),
      y1: Math.min(view.y1, graph.y1),
      x2: Math.max(view.x2, graph.x2),
      y2: Math.max(view.y2, graph.y2),
    };
    if (grow && covered && covered.x1 <= want.x1 && covered.y1 <= want.y1 && covered.x2 >= want.x2 && covered.y2 >= want.y2)
      return;
    covered = want;
    veil.position({ x: (want.x1 + want.x2) / 2, y: (want.y1 + want.y2) / 2 });
    veil.style({ width: want.x2 - want.x1, height: want.y2 - want.y1 });
  };
  return {
    show: (on) => {
      if (on === shown) return;
      shown = on;
      veil.toggleClass('hidden', !on);
      cover(false);
    },
    refit: () => {
      graph = null;
      cover(false);
    },
    follow: () => cover(true),
  };
}
