// Above the graph: focus depth, fit and zoom.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import type { FocusDepth } from '../../store/initial-state';
import type { GraphApi } from './use-cytoscape';

const DEPTHS: FocusDepth[] = [0, 1, 2];

export function GraphToolbar({ api }: { api: React.RefObject<GraphApi | null> }) {
  const { t } = useTranslation('explorer');
  const depth = useAppStore((s) => s.focusDepth);
  const hasSelection = useAppStore((s) => s.selection !== null);
  return (
    <div className="toolbar graph-toolbar">
      <div className="segmented" role="group" aria-label={t('graph.focusGroup')}>
        <span className="segmented-label">{t('graph.focus')}</span>
        {DEPTHS.map((d) => (
          <button
            key={d}
            type="button"
            className="btn"
            aria-pressed={depth === d}
            title={t(`graph.depthTitle.${d}`)}
            disabled={d > 0 && !hasSelection}
            onClick={() => useAppStore.getState().setFocusDepth(d)}
          >
            {t(`graph.depth.${d}`)}
          </button>
        ))}
      </div>
      <span className="spacer" />
      <button type="button" className="btn" onClick={() => api.current?.fit()}>
        {t('graph.fit')}
      </button>
      <button type="button" className="btn icon-btn" aria-label={t('graph.zoomIn')} onClick={() => api.current?.zoom(1.25)}>
        +
      </button>
      <button type="button" className="btn icon-btn" aria-label={t('graph.zoomOut')} onClick={() => api.current?.zoom(0.8)}>
        −
      </button>
    </div>
  );
}
