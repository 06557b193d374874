// Above the timeline: the window's dates, the window filter switch, fit/zoom, and the event-type legend (toggles).
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { EventType } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { EVENT_TYPE_ORDER, EVENT_TYPES } from '../shared/palette';
import { EventTypeIcon } from '../shared/event-type-icon';
import { formatMs } from '../shared/format';
import type { TimelineApi } from './use-vis-timeline';
import { PlaybackControl } from '../briefing/playback-control';

interface Props {
  api: React.RefObject<TimelineApi | null>;
  types: EventType[];
}

export function TimelineToolbar({ api, types }: Props) {
  const { t } = useTranslation('explorer');
  const [win, filterOn, hidden] = useAppStore(useShallow((s) => [s.timeWindow, s.windowFilter, s.hiddenEventTypes]));
  const { setWindowFilter, toggleEventType } = useAppStore.getState();
  return (
    <div className="toolbar timeline-toolbar">
      <div className="window-control">
        {/* The short wording fits a projector's width; the whole sentence is the switch's name and tooltip. */}
        <label className="switch" title={t('timeline.windowFilter')}>
          <input type="checkbox" checked={filterOn} aria-label={t('timeline.windowFilter')} onChange={(e) => setWindowFilter(e.target.checked)} />
          <span aria-hidden="true">{t('timeline.windowFilterShort')}</span>
        </label>
        <output className="window-dates" aria-live="polite" data-testid="window-dates">
          {win ? `${formatMs(win.start)} – ${formatMs(win.end - 1)}` : '…'}
        </output>
        <button type="button" className="btn" onClick={() => api.current?.fit()} title={t('timeline.fitAllTitle')}>
          {t('timeline.fitAll')}
        </button>
        <button type="button" className="btn icon-btn" aria-label={t('timeline.zoomIn')} onClick={() => api.current?.zoom(2)}>
          +
        </button>
        <button type="button" className="btn icon-btn" aria-label={t('timeline.zoomOut')} onClick={() => api.current?.zoom(0.5)}>
          −
        </button>
        <PlaybackControl />
      </div>
      <div className="chips" role="group" aria-label={t('timeline.types')}>
        {EVENT_TYPE_ORDER.filter((type) => types.includes(type)).map((type) => (
          <button
            key={type}
            type="button"
            className="chip"
            aria-pressed={!hidden.includes(type)}
            style={{ ['--chip' as string]: EVENT_TYPES[type].color }}
            title={EVENT_TYPES[type].label}
            onClick={() => toggleEventType(type)}
          >
            <EventTypeIcon type={type} size={14} />
            {/* Where the toolbar is short of room only the icon shows; the lanes' labels name the types beside it. */}
            <span className="chip-label">{EVENT_TYPES[type].label}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
