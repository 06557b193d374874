// The graph's picture, drawn by cytoscape from its model (not a screenshot): every shown actor and link,
// whatever part of the graph the user has panned to, sharp enough for a projector or paper.
import type { Core } from 'cytoscape';

/** Wide enough for a full-width slide or an A4 page at 300 dpi. */
export const GRAPH_PICTURE_WIDTH = 3200;
/** Keeps a very tall graph within what a browser canvas can hold. */
const GRAPH_PICTURE_MAX_HEIGHT = 4800;

/** The page background of the current theme, so the picture sits on the colour the user sees. */
export function themeBackground(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--surface').trim() || '#ffffff';
}

/** The whole shown graph as a PNG data URL, GRAPH_PICTURE_WIDTH pixels wide (less if very tall). */
export function graphPng(cy: Core): string {
  return cy.png({
    full: true,
    maxWidth: GRAPH_PICTURE_WIDTH,
    maxHeight: GRAPH_PICTURE_MAX_HEIGHT,
    bg: themeBackground(),
    output: 'base64uri',
  });
}

/**
 * The graph as a PNG for paper: in the light theme's colours on white whatever the screen shows (a dark graph prints
 * as a grey slab with pale labels). `restyle` restyles cy from <html data-theme>; the theme is switched and back
 * within this one task, so the screen never shows it.
 */
export function graphPngForPaper(cy: Core, restyle: () => void): string {
  const root = document.documentElement;
  const theme = root.dataset.theme;
  if (theme !== 'dark') return graphPng(cy);
  root.dataset.theme = 'light';
  restyle();
  try {
    return graphPng(cy);
  } finally {
    root.dataset.theme = theme;
    restyle();
  }
}
