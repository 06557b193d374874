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
