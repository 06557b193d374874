// An exported view as one page: heading, the timeline and graph pictures, the legend and the numbered sources.
// Rendered off screen and turned into a PNG (src/export/render-sheet.ts); the slide deck uses the picture part.
import type { Citation } from '../../briefing/citations';
import type { Theme, UiLanguage } from '../../store/view-state';
import { exportStrings } from '../../export/describe-view';
import { GraphLegend } from '../graph/graph-legend';
import { CitationList } from '../briefing/citation-list';

export interface SheetHeading {
  title: string;
  caption: string;
  period: string;
  exported: string;
}

export interface ViewSheetProps {
  lang: UiLanguage;
  theme: Theme;
  /** Null for a picture alone (a slide carries its own title and sources as text). */
  heading: SheetHeading | null;
  /** PNG data URLs of the timeline as shown and of the graph; null leaves the part out. */
  timeline: string | null;
  graph: string | null;
  /** Under the graph when it shows only some of the links (linkNote in export/describe-view.ts). */
  linkNote: string | null;
  citations: Citation[] | null;
}

/** The numbered sources under an exported view, with whole addresses (a picture or paper cannot be clicked). */
export function SourcesSection({ citations, lang }: { citations: Citation[]; lang: UiLanguage }) {
  const t = exportStrings(lang);
  return (
    <section className="export-sources">
      <h2>{t('sheet.sources')}</h2>
      <CitationList citations={citations} lang={lang} fullUrls />
    </section>
  );
}

export function ViewSheet({ lang, theme, heading, timeline, graph, linkNote, citations }: ViewSheetProps) {
  const t = exportStrings(lang);
  return (
    <article className="view-sheet" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} data-theme={theme}>
      {heading && (
        <header className="view-sheet-head">
          <h1 dir="auto">{heading.title}</h1>
          {heading.caption && <p className="view-sheet-caption" dir="auto">{heading.caption}</p>}
          <p className="view-sheet-meta">
            {heading.period} · {heading.exported}
          </p>
        </header>
      )}
      {timeline && <img className="view-sheet-timeline" src={timeline} alt={t('sheet.timeline')} />}
      {graph && (
        <figure className="view-sheet-graph">
          <img src={graph} alt={t('sheet.graph')} />
          {linkNote && <figcaption className="graph-link-note">{linkNote}</figcaption>}
          <GraphLegend />
        </figure>
      )}
      {citations && <SourcesSection citations={citations} lang={lang} />}
    </article>
  );
}
