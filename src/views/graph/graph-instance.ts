// The graph on screen, for what needs its picture outside the view (exports, the printed handout).
import type { Core } from 'cytoscape';

let current: Core | null = null;
let restyleCurrent: () => void = () => undefined;

/** `restyle` gives cy the style of the theme <html data-theme> names now. */
export function setGraphInstance(cy: Core, restyle: () => void): void {
  current = cy;
  restyleCurrent = restyle;
}

/** Forgets cy if it is still the current one (a newer graph may have replaced it already). */
export function clearGraphInstance(cy: Core): void {
  if (current === cy) {
    current = null;
    restyleCurrent = () => undefined;
  }
}

/** The live graph, or null while none is drawn. */
export function graphInstance(): Core | null {
  return current && !current.destroyed() ? current : null;
}

/** Restyles the live graph from the theme <html data-theme> names now. */
export function restyleGraph(): void {
  if (graphInstance()) restyleCurrent();
}
