// The right-hand pane: the selection's sources, or all articles, or the analyst's corrections, or one article open
// in the reader. On a narrow screen the actor list is its first tab instead of a column of its own, so the graph
// keeps its width.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store';
import type { PanelTab } from '../store/initial-state';
import { selectArticleTotal } from '../store/select-source';
import ActorList from '../views/actors/actor-list';
import CorrectionsPanel from '../views/corrections/corrections-panel';
import PassagePanel from '../views/passages/passage-panel';
import SourcesView from '../views/sources/sources-view';

const DocumentReader = lazy(() => import('../views/reader/document-reader'));

export function SidePanel({ withActors }: { withActors: boolean }) {
  const { t } = useTranslation('explorer');
  const { t: tc } = useTranslation('corrections');
  const chosen = useAppStore((s) => s.panelTab);
  const reading = useAppStore((s) => s.reader !== null);
  // All the corpus's articles, not only those read so far.
  const articles = useAppStore(selectArticleTotal);
  const actors = useAppStore((s) => s.dataset?.actors.length ?? 0);
  const corrections = useAppStore((s) => s.corrections.length);
  const orphans = useAppStore((s) => {
    const outcomes = s.dataset?.corrections?.outcomes;
    return outcomes ? s.corrections.filter((c) => outcomes[c.id]?.status === 'orphaned').length : 0;
  });
  const { setPanelTab } = useAppStore.getState();
  // Widened again, the list has its column back: the tab falls back to the selection.
  const tab: PanelTab = chosen === 'actors' && !withActors ? 'selection' : chosen;
  const tabButton = (id: PanelTab, label: string, count?: number, mark?: string) => (
    <button type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id && !reading} aria-controls="panel-body" onClick={() => setPanelTab(id)}>
      {label} {count !== undefined && <span className="count">{count}</span>}
      {mark && (
        <span className="tab-mark" title={mark}>
          <span aria-hidden="true">!</span>
          <span className="visually-hidden">{mark}</span>
        </span>
      )}
    </button>
  );
  return (
    <section className="side-panel" aria-label={t('panel.region')}>
      <div className="tabs" role="tablist" aria-label={t('panel.tabs')}>
        {withActors && tabButton('actors', t('actors.title'), actors)}
        {tabButton('selection', t('panel.selection'))}
        {tabButton('sources', t('panel.articles'), articles)}
        {tabButton('corrections', tc('panel.tab'), corrections, orphans > 0 ? tc('panel.orphanedCount', { count: orphans }) : undefined)}
        {reading && (
          <button type="button" role="tab" id="tab-reader" aria-selected="true" aria-controls="panel-body">
            {t('panel.article')}
          </button>
        )}
      </div>
      <div
        className={`panel-body${tab === 'actors' && !reading ? ' holds-list' : ''}`}
        id="panel-body"
        role="tabpanel"
        aria-labelledby={reading ? 'tab-reader' : `tab-${tab}`}
        tabIndex={tab === 'actors' && !reading ? -1 : 0}
      >
        {reading ? (
          <Suspense fallback={<p className="muted">{t('panel.opening')}</p>}>
            <DocumentReader />
          </Suspense>
        ) : tab === 'actors' ? (
          <ActorList />
        ) : tab === 'sources' ? (
          <SourcesView />
        ) : tab === 'corrections' ? (
          <CorrectionsPanel />
        ) : (
          <PassagePanel />
        )}
      </div>
    </section>
  );
}
