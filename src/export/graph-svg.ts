// The graph as a vector drawing (cytoscape-svg) for print, with the numbered sources written under it.
import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import type { Citation } from '../briefing/citations';
import type { UiLanguage } from '../store/view-state';
import { formatDate } from '../views/briefing/describe-view';
import { exportStrings } from './describe-view';
import { drawExportGraph, themeBackground } from './export-graph';
import { safeLink } from './safe-link';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE = 22;
const FONT = "'Noto Sans', 'Noto Sans Arabic', 'DejaVu Sans', sans-serif";

let registered = false;

/** cytoscape-svg adds cy.svg(), which cytoscape's own types do not know. */
type CoreWithSvg = Core & { svg: (options: { full: boolean; scale: number; bg: string }) => string };

/** The drawing's graph, in CSS pixels (a page's width), with labels as tall as on a page's picture. */
const SVG_GRAPH_BOX = { width: 1600, height: 1000 };
const SVG_LABEL_PX = 20;

/** Two lines per source: "[n] outlet · date", then its title and address (SVG text does not wrap). */
export function citationLines(citations: Citation[], lang: UiLanguage): string[] {
  const t = exportStrings(lang);
  return citations.flatMap((c) => {
    const date = c.published ? formatDate(c.published, lang) : t('sheet.undated');
    const rest = [c.title, safeLink(c.url)].filter(Boolean).join(' · ');
    const first = `[${c.n}] ${c.outlet ?? t('sheet.unknownOutlet')} · ${date}`;
    return rest ? [first, `      ${rest}`] : [first];
  });
}

/** SVG markup of the shown graph (drawn for its own box, as the pictures are), with a sources block under it (text nodes only, never markup), led by
 *  `linkNote` when the graph shows only some of its links. */
export function graphSvg(cy: Core, citations: Citation[], lang: UiLanguage, linkNote: string | null = null): string {
  if (!registered) {
    cytoscape.use(cytoscapeSvg);
    registered = true;
  }
  const drawing = drawExportGraph(cy, SVG_GRAPH_BOX, SVG_LABEL_PX, (copy) => (copy as CoreWithSvg).svg({ full: false, scale: 1, bg: themeBackground() }));
  const doc = new DOMParser().parseFromString(drawing.picture, 'image/svg+xml');
  const svg = doc.documentElement;
  const width = Number(svg.getAttribute('width'));
  const graphHeight = Number(svg.getAttribute('height'));
  const lines = [...(linkNote ? [linkNote] : []), exportStrings(lang)('sheet.sources'), ...citationLines(citations, lang)];
  const heading = linkNote ? 1 : 0;
  const sources = doc.createElementNS(SVG_NS, 'g');
  sources.setAttribute('font-family', FONT);
  sources.setAttribute('font-size', '14');
  sources.setAttribute('fill', '#1b2430');
  lines.forEach((line, i) => {
    const text = doc.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', lang === 'ar' ? String(width - 16) : '16');
    text.setAttribute('y', String(graphHeight + 16 + LINE * (i + 1)));
    if (lang === 'ar') text.setAttribute('direction', 'rtl');
    if (i === heading) text.setAttribute('font-weight', '700');
    if (i < heading) text.setAttribute('font-style', 'italic');
    text.textContent = line;
    sources.append(text);
  });
  const height = graphHeight + 32 + LINE * lines.length;
  const background = doc.createElementNS(SVG_NS, 'rect');
  background.setAttribute('y', String(graphHeight));
  background.setAttribute('width', String(width));
  background.setAttribute('height', String(height - graphHeight));
  background.setAttribute('fill', themeBackground());
  svg.append(background, sources);
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return new XMLSerializer().serializeToString(doc);
}
