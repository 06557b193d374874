// The right-hand pane: the selection's sources, or all articles, or one article open in the reader.
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/app-store';
import PassagePanel from '../views/passages/passage-panel';
import SourcesView from '../views/sources/sources-view';

const DocumentReader = lazy(() => import('../views/reader/document-reader'));

export function SidePanel() {
  const { t } = useTranslation('explorer');
  const tab = useAppStore((s) => s.panelTab);
  const reading = useAppStore((s) => s.reader !== null);
  const articles = useAppStore((s) => s.dataset?.documents.length ?? 0);
  const { setPanelTab } = useAppStore.getState();
  return (
    <section className="side-panel" aria-label={t('panel.region')}>
      <div className="tabs" role="tablist" aria-label={t('panel.tabs')}>
        <button type="button" role="tab" id="tab-selection" aria-selected={tab === 'selection' && !reading} aria-controls="panel-body" onClick={() => setPanelTab('selection')}>
          {t('panel.selection')}
        </button>
        <button type="button" role="tab" id="tab-sources" aria-selected={tab === 'sources' && !reading} aria-controls="panel-body" onClick={() => setPanelTab('sources')}>
          {t('panel.articles')} <span className="count">{articles}</span>
        </button>
        {reading && (
          <button type="button" role="tab" id="tab-reader" aria-selected="true" aria-controls="panel-body">
            {t('panel.article')}
          </button>
        )}
      </div>
      <div className="panel-body" id="panel-body" role="tabpanel" aria-labelledby={reading ? 'tab-reader' : `tab-${tab}`} tabIndex={0}>
        {reading ? (
          <Suspense fallback={<p className="muted">{t('panel.opening')}</p>}>
            <DocumentReader />
          </Suspense>
        ) : tab === 'sources' ? (
          <SourcesView />
        ) : (
          <PassagePanel />
        )}
      </div>
    </section>
  );
}
