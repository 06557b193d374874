// Dimming "the rest" of the graph under a selection with one translucent node, the veil, drawn above everything
// except the highlighted elements (they are raised above it by the style). A selection then restyles only its
// neighbourhood and the veil, not each of the other elements: on a dense graph (500 actors) restyling them all
// cost more than a frame's budget.
import type cytoscape from 'cytoscape';

export const VEIL_ID = '__veil';
/** Room around a node's centre for the node and its label, in model units. */
const LABEL_ROOM = 90;

export interface Veil {
  /** Shows the veil over the current view (and the whole graph), or hides it. */
  show: (on: boolean) => void;
  /** Re-fits a shown veil to the view after a pan or zoom. */
  cover: () => void;
}

/** The graph's actors: every node but the veil. */
export const actorNodes = (cy: cytoscape.Core): cytoscape.NodeCollection => cy.nodes().not(`#${VEIL_ID}`);

/** Adds the veil (hidden) to the graph. Its look comes from the stylesheet (selector `.veil`). */
export function addVeil(cy: cytoscape.Core): Veil {
  const veil = cy.add({ group: 'nodes', data: { id: VEIL_ID, size: 1, color: '#000', label: '' }, classes: 'veil hidden', position: { x: 0, y: 0 } });
  let shown = false;
  // The veil covers the union of what is in view and the whole graph, so that an exported picture of the graph
  // (which frames every element) is dimmed the same way and framed no wider than the screen.
  const cover = () => {
    if (!shown) return;
    let { x1, y1, x2, y2 } = cy.extent();
    // Node centres, padded for node sizes and labels: measuring every label on each pan would cost too much.
    actorNodes(cy).forEach((n) => {
      if (n.hasClass('hidden')) return;
      const p = n.position();
      x1 = Math.min(x1, p.x - LABEL_ROOM);
      x2 = Math.max(x2, p.x + LABEL_ROOM);
      y1 = Math.min(y1, p.y - LABEL_ROOM);
      y2 = Math.max(y2, p.y + LABEL_ROOM);
    });
    veil.position({ x: (x1 + x2) / 2, y: (y1 + y2) / 2 });
    veil.style({ width: x2 - x1, height: y2 - y1 });
  };
  return {
    show: (on) => {
      if (on === shown) return;
      shown = on;
      veil.toggleClass('hidden', !on);
      cover();
    },
    cover,
  };
}
