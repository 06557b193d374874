// The timeline: dated events in lanes by type, a toolbar for the window, and the undated events apart.
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBaseIndex } from '../shared/use-base-index';
import { useAppStore } from '../../store/app-store';
import { useVisTimeline, type TimelineHover } from './use-vis-timeline';
import { TimelineTooltip } from './timeline-tooltip';
import { TimelineToolbar } from './timeline-toolbar';
import { UndatedEvents } from './undated-events';

export default function TimelineView() {
  const { t } = useTranslation('explorer');
  const index = useBaseIndex(useAppStore((s) => s.index)!, useAppStore((s) => s.folder !== null));
  const el = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<TimelineHover | null>(null);
  const api = useVisTimeline(el, index, setHover);
  const types = useMemo(() => [...new Set(index.dataset.events.map((e) => e.type))], [index]);
  const dated = useMemo(() => index.dataset.events.filter((e) => e.date).length, [index]);
  return (
    <section className="timeline-view" aria-label={t('timeline.region')}>
      <TimelineToolbar api={api} types={types} />
      {dated === 0 && <p className="empty-state">{t('timeline.noDated')}</p>}
      <div className="timeline-canvas" ref={el} data-testid="timeline" />
      <UndatedEvents />
      <TimelineTooltip hover={hover} />
    </section>
  );
}
