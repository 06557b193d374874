// The graph's look: country colours on nodes, width by weight, direct contacts drawn apart from co-mentions.
import type cytoscape from 'cytoscape';
import { COMENTION_EDGE_COLOR, CONTACT_EDGE_COLOR } from '../shared/palette';

export const GRAPH_FONT = '"Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif';

export function graphStyle(dense: boolean): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(color)',
        'border-width': 2,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-family': GRAPH_FONT,
        'font-size': 18,
        'font-weight': 600,
        color: '#1d2633',
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-outline-color': '#ffffff',
        'text-outline-width': 3,
        'text-outline-opacity': 0.95,
        'min-zoomed-font-size': 7,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    { selector: 'node.discovered', style: { 'border-style': 'dashed', 'border-color': '#4b5563', 'border-width': 2 } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': COMENTION_EDGE_COLOR,
        'curve-style': dense ? 'haystack' : 'bezier',
        ...(dense ? {} : { 'line-style': 'dashed', 'line-dash-pattern': [7, 4] }),
        opacity: 0.8,
        'z-index': 1,
      },
    },
    { selector: 'edge.contact', style: { 'line-color': CONTACT_EDGE_COLOR, 'line-style': 'solid', opacity: 0.95, 'z-index': 2 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.dim', style: { opacity: 0.14 } },
    { selector: 'edge.dim', style: { opacity: 0.07 } },
    { selector: 'node.hl', style: { 'border-color': '#1d2633', 'border-width': 3 } },
    { selector: 'edge.hl', style: { opacity: 1, 'z-index': 5 } },
    {
      selector: 'node.selected',
      style: { 'border-color': '#111827', 'border-width': 5, 'overlay-color': '#f5c542', 'overlay-opacity': 0.25, 'overlay-padding': 8 },
    },
    { selector: 'edge.selected', style: { 'overlay-color': '#f5c542', 'overlay-opacity': 0.45, 'overlay-padding': 5, 'z-index': 9 } },
    { selector: 'node:active', style: { 'overlay-opacity': 0.15 } },
  ] as cytoscape.StylesheetJson;
}
