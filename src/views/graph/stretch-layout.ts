// The stored layout is about as wide as it is tall; the graph's pane is often two or three times as wide (a projector, a laptop).
// Spreading the layout sideways to the pane's shape lets the fitted graph fill the pane at a larger zoom, and names,
// which are wide, collide less. The positions' order is kept: only the horizontal scale changes.
export interface Extent {
  w: number;
  h: number;
}

/** At most this much wider than laid out: beyond it the picture reads as squashed. */
const MAX_STRETCH = 2.5;
/** Changes smaller than this are not worth moving every node for. */
const STEP = 0.1;

/** How much to widen a layout of `layout`'s extent to fill a pane of `pane`'s; 1 when the pane is not wider. */
export function stretchFor(layout: Extent, pane: Extent): number {
  if (layout.w <= 0 || layout.h <= 0 || pane.w <= 0 || pane.h <= 0) return 1;
  const wanted = pane.w / pane.h / (layout.w / layout.h);
  return Math.round(Math.min(MAX_STRETCH, Math.max(1, wanted)) / STEP) * STEP;
}
