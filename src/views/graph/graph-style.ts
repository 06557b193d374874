// The graph's look: country colours on nodes, width by weight, direct contacts drawn apart from co-mentions.
import type cytoscape from 'cytoscape';
import { COMENTION_EDGE_COLOR, CONTACT_EDGE_COLOR } from '../shared/palette';
import { COMPARISON_COLORS } from '../briefing/comparison-colors';

export const GRAPH_FONT = '"Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif';

/** Edge width as a multiple of its data width: presentation mode thickens every edge for a projector, a period
 *  comparison thickens stronger ties and thins weaker ones. */
const widthTimes = (factor: number) => (e: cytoscape.EdgeSingular) => Math.max(1, (e.data('width') as number) * factor);

/** Node labels are this much larger in presentation mode. */
export const PRESENTATION_LABEL_SCALE = 1.35;

/** A colour of the current theme, from its CSS token (src/styles/tokens.css); the light one where there is no CSS. */
function themeColor(token: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(token).trim() || fallback;
}

export function graphStyle(dense: boolean, presenting = false): cytoscape.StylesheetJson {
  const edgeScale = presenting ? 1.6 : 1;
  const label = themeColor('--graph-label', '#1d2633');
  const halo = themeColor('--graph-halo', '#ffffff');
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        'border-width': presenting ? 3 : 2,
        'border-color': themeColor('--graph-node-border', '#ffffff'),
        label: 'data(label)',
        'font-family': GRAPH_FONT,
        'font-size': 18,
        'font-weight': 600,
        color: label,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-outline-color': halo,
        'text-outline-width': 3,
        'text-outline-opacity': 0.95,
        'min-zoomed-font-size': 7,
      },
    },
    { selector: 'node.discovered', style: { 'border-style': 'dashed', 'border-color': themeColor('--graph-discovered-border', '#4b5563'), 'border-width': 2 } },
    {
      selector: 'edge',
      style: {
        width: presenting ? widthTimes(edgeScale) : 'data(width)',
        'line-color': themeColor('--graph-comention', COMENTION_EDGE_COLOR),
        'curve-style': dense ? 'haystack' : 'bezier',
        ...(dense ? {} : { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] }),
        opacity: 0.8,
        'z-index': 1,
      },
    },
    { selector: 'edge.contact', style: { 'line-color': themeColor('--graph-contact', CONTACT_EDGE_COLOR), 'line-style': 'solid', opacity: 0.95, 'z-index': 2 } },
    // A period comparison (edge data `cmp`, set from the briefing store).
    { selector: 'edge[cmp = "new"]', style: { 'line-color': COMPARISON_COLORS.new, 'line-style': 'solid', opacity: 1 } },
    { selector: 'edge[cmp = "stronger"]', style: { 'line-color': COMPARISON_COLORS.stronger, width: widthTimes(edgeScale * 1.8) } },
    { selector: 'edge[cmp = "weaker"]', style: { 'line-color': COMPARISON_COLORS.weaker, width: widthTimes(edgeScale * 0.5) } },
    { selector: 'edge[cmp = "same"]', style: { opacity: 0.45 } },
    {
      selector: 'edge[cmp = "gone"]',
      // Dotted, unlike the dashed co-mentions.
      style: { 'line-color': COMPARISON_COLORS.gone, 'line-style': 'dashed', 'line-dash-pattern': [2, 6], opacity: 0.8 },
    },
    // The veil (graph-veil.ts) dims everything under it; highlighted elements are raised above it ('top' depth:
    // their nodes still above their edges, and the veil's manual z-index 0 below the edges' 5).
    {
      selector: '.veil',
      style: {
        'background-color': themeColor('--canvas-centre', '#ffffff'),
        'background-opacity': 0.86,
        'border-width': 0,
        label: '',
        shape: 'rectangle',
        events: 'no',
        'z-compound-depth': 'top',
        'z-index-compare': 'manual',
        'z-index': 0,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.hl', style: { 'z-compound-depth': 'top' } },
    { selector: 'node.hl', style: { 'border-color': themeColor('--graph-hl-border', '#1d2633'), 'border-width': 3 } },
    { selector: 'edge.hl', style: { opacity: 1, 'z-index': 5 } },
    {
      selector: 'node.selected',
      // A halo behind the node (not an overlay on it, which tinted its country colour grey under a square).
      style: {
        'border-color': themeColor('--graph-selected-border', '#111827'),
        'border-width': 5,
        'underlay-color': '#f5c542',
        'underlay-opacity': 0.6,
        'underlay-padding': 10,
        'underlay-shape': 'ellipse',
      },
    },
    { selector: 'edge.selected', style: { 'overlay-color': '#f5c542', 'overlay-opacity': 0.45, 'overlay-padding': 5, 'z-index': 9 } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.15 } },
    // Labels left out where they would overlap (label-declutter.ts); the one under the pointer shows all the same.
    { selector: 'node.label-off', style: { 'text-opacity': 0 } },
    { selector: 'node.label-on', style: { 'text-opacity': 1, 'z-index': 99, 'z-compound-depth': 'top' } },
  ] as cytoscape.StylesheetJson;
}
