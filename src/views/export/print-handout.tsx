// The paper handout: what the browser prints (see print.css) in place of the interactive page. It is drawn
// only when printing starts: title, the graph as a picture, the selection's passages and the numbered sources.
import { useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { citationsForView, viewCorrections } from '../../briefing/citations';
import { useAppStore } from '../../store/app-store';
import { selectPassageListing } from '../../store/select-passages';
import { captureView } from '../../store/view-state';
import { exportedOn, exportStrings, linkNote, viewPeriod, viewSubject } from '../../export/describe-view';
import { graphInstance } from '../graph/graph-instance';
import { GraphLegend } from '../graph/graph-legend';
import { SourcesSection } from './view-sheet';
import { afterPaintQueue } from '../shared/after-paint';

function HandoutContent({ graph }: { graph: string | null }) {
  // A snapshot of the store: the page cannot change while the print dialog is open.
  const state = useAppStore.getState();
  const index = state.index;
  if (!index) return null;
  const view = captureView(state);
  const lang = view.uiLanguage;
  const t = exportStrings(lang);
  const citations = citationsForView(index, view);
  const numberOf = new Map(citations.map((c) => [c.documentId, c.n]));
  const listing = selectPassageListing(state);
  const note = linkNote(state, lang);
  return (
    <article className="print-sheet" lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
      <header>
        <h1 dir="auto">{viewSubject(index, view)}</h1>
        <p className="print-meta">
          {viewPeriod(view.windowFilter ? view.timeWindow : null, lang)} · {exportedOn(lang)}
        </p>
      </header>
      {graph && (
        <figure className="print-graph">
          <img src={graph} alt={t('sheet.graph')} decoding="sync" />
          {note && <figcaption className="graph-link-note">{note}</figcaption>}
          <GraphLegend />
        </figure>
      )}
      <section className="print-passages">
        <h2>{t('sheet.passages')}</h2>
        {!listing ? (
          <p>{t('sheet.noSelection')}</p>
        ) : (
          listing.groups.map((g) => (
            <section key={g.document.id} className="print-document">
              <h3>
                {numberOf.has(g.document.id) && <span className="citation-n">[{numberOf.get(g.document.id)}] </span>}
                <bdi>{g.document.title ?? g.document.source ?? g.document.file}</bdi>
              </h3>
              {g.passages.map((p) => (
                <p key={p.id} className="print-passage" lang={g.document.language} dir="auto">
                  {p.text}
                </p>
              ))}
            </section>
          ))
        )}
      </section>
      <SourcesSection citations={citations} lang={lang} corrections={viewCorrections(index, view)} />
    </article>
  );
}

type GraphPicture = typeof import('../../export/graph-picture');

/** Mounted once with the app; renders nothing on screen. */
export function PrintHandout() {
  const [printing, setPrinting] = useState<{ graph: string | null } | null>(null);
  useEffect(() => {
    // The paper's picture needs cytoscape, which the graph pane loads in a chunk of its own: not with the app's first
    // script (a first render would wait for cytoscape's download and compilation). Printing draws it synchronously, so
    // it is loaded ahead, once the first screen is painted (asking for it then cost that render ~25 ms).
    let picture: GraphPicture | null = null;
    let live = true;
    const soon = afterPaintQueue(2);
    soon.schedule('picture', () => void import('../../export/graph-picture').then((m) => live && (picture = m)));
    const before = () => {
      const cy = graphInstance();
      // Synchronously: the browser lays the page out for print right after this event.
      flushSync(() => setPrinting({ graph: cy && picture ? picture.graphPngForPaper(cy) : null }));
    };
    const after = () => setPrinting(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      live = false;
      soon.cancel();
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  if (!printing) return null;
  return createPortal(<HandoutContent graph={printing.graph} />, document.body);
}
