// An exported view as one sheet: heading, the timeline, the graph, the legend and the numbered sources. Rendered
// off screen at the export's own size and turned into a PNG (src/export/render-sheet.ts); a slide's sheet is the
// picture part alone, sized to the slide's picture box.
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

/** A page grows with its content; a slide's picture has a fixed shape the graph fills (see export.css). */
export type SheetFormat = 'page' | 'slide';

export interface ViewSheetProps {
  format: SheetFormat;
  lang: UiLanguage;
  theme: Theme;
  /** Null for a picture alone (a slide carries its own title and sources as text). */
  heading: SheetHeading | null;
  /** Leaves room for the timeline, which the exporter draws into `.view-sheet-timeline`. */
  timeline: boolean;
  /** PNG data URL of the graph, drawn for the size of `.view-sheet-graph-box`; null while that box is measured. */
  graph: string | null;
  /** Under the graph when it shows only some of the links (linkNote in export/describe-view.ts). */
  linkNote: string | null;
  citations: Citation[] | null;
  /** What the analyst corrected of the view's subject (viewCorrections), said under the sources. */
  corrections?: string[];
}

/** The numbered sources under an exported view, with whole addresses (a picture or paper cannot be clicked). */
export function SourcesSection({ citations, lang, corrections = [] }: { citations: Citation[]; lang: UiLanguage; corrections?: string[] }) {
  const t = exportStrings(lang);
  return (
    <section className="export-sources">
      <h2>{t('sheet.sources')}</h2>
      <CitationList citations={citations} lang={lang} fullUrls />
      {corrections.map((line) => (
        <p key={line} className="export-correction" dir="auto">
          {line}
        </p>
      ))}
    </section>
  );
}

export function ViewSheet({ format, lang, theme, heading, timeline, graph, linkNote, citations, corrections }: ViewSheetProps) {
  const t = exportStrings(lang);
  return (
    <article className={`view-sheet is-${format}`} lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} data-theme={theme}>
      {heading && (
        <header className="view-sheet-head">
          <h1 dir="auto">{heading.title}</h1>
          {heading.caption && <p className="view-sheet-caption" dir="auto">{heading.caption}</p>}
          <p className="view-sheet-meta">
            <bdi>{heading.period}</bdi> · <bdi>{heading.exported}</bdi>
          </p>
        </header>
      )}
      {timeline && <div className="view-sheet-timeline timeline-canvas" role="img" aria-label={t('sheet.timeline')} />}
      <figure className="view-sheet-graph">
        <div className="view-sheet-graph-box">{graph && <img src={graph} alt={t('sheet.graph')} />}</div>
        {linkNote && <figcaption className="graph-link-note">{linkNote}</figcaption>}
        <GraphLegend />
      </figure>
      {citations && <SourcesSection citations={citations} lang={lang} corrections={corrections} />}
    </article>
  );
}
