// The actor graph: nodes are actors (size = mentions, colour = country), edges are co-mentions.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBaseIndex } from '../shared/use-base-index';
import { useAppStore } from '../../store/app-store';
import { selectGraphModel } from '../../store/select-graph';
import { LINK_LIMIT } from '../../store/strongest-links';
import { actorName, otherName, formatMs } from '../shared/format';
import { countryStyle } from '../shared/palette';
import { useCytoscape, type HoverInfo } from './use-cytoscape';
import { GraphToolbar } from './graph-toolbar';
import { GraphLegend } from './graph-legend';

function EmptyWindow() {
  const { t } = useTranslation('explorer');
  const empty = useAppStore((s) => (selectGraphModel(s)?.nodeIds.size ?? 1) === 0);
  const win = useAppStore((s) => s.timeWindow);
  if (!empty) return null;
  return (
    <div className="empty-state overlay" role="status">
      <strong>{t('graph.emptyTitle')}</strong>
      <span>{win ? t('graph.emptyBetween', { from: formatMs(win.start), to: formatMs(win.end - 1) }) : ''}</span>
      <span>{t('graph.emptyHint')}</span>
    </div>
  );
}

/** On a dense graph, says how many links are drawn of how many, with the switch between the strongest and all. */
function LinkNotice() {
  const { t } = useTranslation('explorer');
  const shown = useAppStore((s) => selectGraphModel(s)?.edges.size ?? 0);
  const total = useAppStore((s) => selectGraphModel(s)?.totalEdges ?? 0);
  const all = useAppStore((s) => s.allLinks);
  if (total <= LINK_LIMIT || (shown === total && !all)) return null;
  const partial = shown < total;
  return (
    <div className="toolbar link-notice" role="status" data-testid="link-notice">
      <span>{partial ? t('graph.linksSome', { shown, total }) : t('graph.linksAll', { total })}</span>
      <button
        type="button"
        className="btn"
        title={partial ? t('graph.showAllLinksTitle') : undefined}
        onClick={() => useAppStore.getState().setAllLinks(partial)}
      >
        {partial ? t('graph.showAllLinks') : t('graph.strongestLinks')}
      </button>
    </div>
  );
}

function HoverCard({ hover }: { hover: HoverInfo | null }) {
  const { t } = useTranslation('explorer');
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.nameLanguage);
  const actor = hover ? index?.actorById.get(hover.id) : undefined;
  if (!hover || !actor) return null;
  return (
    <div className="graph-hover" style={{ left: hover.x, top: hover.y }} role="tooltip">
      <strong dir="auto">{actorName(actor, lang)}</strong>
      <span dir="auto" lang={lang === 'ar' ? 'en' : 'ar'}>
        {otherName(actor, lang)}
      </span>
      <span>
        {countryStyle(actor.country).label} · {t('count.mentions', { count: actor.mentionCount })}
      </span>
    </div>
  );
}

export default function GraphView() {
  const { t } = useTranslation('explorer');
  const index = useBaseIndex();
  const el = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<HoverInfo | null>(null);
  const [ready, setReady] = useState(false);
  const api = useCytoscape(el, index, setHover, setReady);
  return (
    <section className="graph-view" aria-label={t('graph.region')}>
      <GraphToolbar api={api} />
      <LinkNotice />
      <div className="graph-stage">
        <div className="graph-canvas" ref={el} data-testid="graph" />
        <HoverCard hover={hover} />
        {ready ? <EmptyWindow /> : <div className="empty-state overlay" role="status">{t('graph.layingOut')}</div>}
      </div>
      <GraphLegend />
    </section>
  );
}
