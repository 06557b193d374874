// The timeline: dated events in lanes by type, a toolbar for the window, and the undated events apart.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBaseIndex } from '../shared/use-base-index';
import { useAppStore } from '../../store/app-store';
import { selectEventCountSeries } from '../../store/select-source';
import { useVisTimeline, type TimelineHover } from './use-vis-timeline';
import { TimelineTooltip } from './timeline-tooltip';
import { TimelineToolbar } from './timeline-toolbar';
import { UndatedEvents } from './undated-events';
import type { BinUnit } from './windowed-items';

export default function TimelineView() {
  const { t } = useTranslation('explorer');
  const index = useBaseIndex();
  // Where the app does not hold every event, the dated ones are known by their counts (per day, type and country set).
  const series = useAppStore(selectEventCountSeries);
  const el = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<TimelineHover | null>(null);
  const [countsUnit, setCountsUnit] = useState<BinUnit | null>(null);
  const api = useVisTimeline(el, index, setHover, setCountsUnit);
  const types = useMemo(() => [...new Set([...index.dataset.events.map((e) => e.type), ...(series ?? []).map((d) => d.type)])], [index, series]);
  const dated = useMemo(() => (series ? series.length : index.dataset.events.filter((e) => e.date).length), [index, series]);
  return (
    <section className="timeline-view" aria-label={t('timeline.region')}>
      <TimelineToolbar api={api} types={types} />
      {dated === 0 && <p className="empty-state">{t('timeline.noDated')}</p>}
      <div className="timeline-stage">
        <div className="timeline-canvas" ref={el} data-testid="timeline" />
        {/* Counts per period stand for the events where the window holds too many to draw one by one: said in words. */}
        <p className="timeline-counts" aria-live="polite" data-testid="timeline-counts" hidden={countsUnit === null}>
          {countsUnit && t(`timeline.counts.${countsUnit}`)}
        </p>
      </div>
      <UndatedEvents />
      <TimelineTooltip hover={hover} />
    </section>
  );
}
