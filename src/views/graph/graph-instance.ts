// The graph on screen, for what needs its picture outside the view (exports, the printed handout).
import type { Core } from 'cytoscape';

let current: Core | null = null;
export function setGraphInstance(cy: Core): void {
  current = cy;
}

/** Forgets cy if it is still the current one (a newer graph may have replaced it already). */
export function clearGraphInstance(cy: Core): void {
  if (current === cy) current = null;
}

/** The live graph, or null while none is drawn. */
export function graphInstance(): Core | null {
  return current && !current.destroyed() ? current : null;
}
