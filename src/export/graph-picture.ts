// The graph on paper (the printed handout), drawn like the exports' graph (export-graph.ts) for a box of the page's
// shape, whatever the graph's size and zoom on screen.
import type { Core } from 'cytoscape';
import { drawExportGraph, pngOf } from './export-graph';

/** A4's text width by about two thirds of it, in CSS pixels; three times that in the picture (3000 px wide). */
const PAPER_GRAPH_BOX = { width: 1000, height: 680 };
const PAPER_PIXEL_RATIO = 3;
/** About 10 pt once the picture is printed at the text's width. */
const PAPER_LABEL_PX = 20;

/**
 * The graph as a PNG for paper: in the light theme's colours on white whatever the screen shows (a dark graph prints
 * as a grey slab with pale labels). The theme is switched only while the copy is styled, within this one task, so
 * the screen never shows it; the live graph is not touched.
 */
export function graphPngForPaper(cy: Core): string {
  const root = document.documentElement;
  const theme = root.dataset.theme;
  root.dataset.theme = 'light';
  try {
    return drawExportGraph(cy, PAPER_GRAPH_BOX, PAPER_LABEL_PX, pngOf(PAPER_PIXEL_RATIO)).picture;
  } finally {
    root.dataset.theme = theme;
  }
}
