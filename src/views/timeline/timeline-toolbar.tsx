// Above the timeline: the window's dates, the window filter switch, fit/zoom, and the event-type legend (toggles).
import { useShallow } from 'zustand/react/shallow';
import type { EventType } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { EVENT_TYPE_ORDER, EVENT_TYPES } from '../shared/palette';
import { EventTypeIcon } from '../shared/event-type-icon';
import { formatMs } from '../shared/format';
import type { TimelineApi } from './use-vis-timeline';

interface Props {
  api: React.RefObject<TimelineApi | null>;
  types: EventType[];
}

export function TimelineToolbar({ api, types }: Props) {
  const [win, filterOn, hidden] = useAppStore(useShallow((s) => [s.timeWindow, s.windowFilter, s.hiddenEventTypes]));
  const { setWindowFilter, toggleEventType } = useAppStore.getState();
  return (
    <div className="toolbar timeline-toolbar">
      <div className="window-control">
        <label className="switch">
          <input type="checkbox" checked={filterOn} onChange={(e) => setWindowFilter(e.target.checked)} />
          <span>Filter graph &amp; sources to the visible window</span>
        </label>
        <output className="window-dates" aria-live="polite" data-testid="window-dates">
          {win ? `${formatMs(win.start)} – ${formatMs(win.end - 1)}` : '…'}
        </output>
        <button type="button" className="btn" onClick={() => api.current?.fit()} title="Show every event">
          Fit all
        </button>
        <button type="button" className="btn icon-btn" aria-label="Zoom in" onClick={() => api.current?.zoom(2)}>
          +
        </button>
        <button type="button" className="btn icon-btn" aria-label="Zoom out" onClick={() => api.current?.zoom(0.5)}>
          −
        </button>
      </div>
      <div className="chips" role="group" aria-label="Event types (click to hide or show)">
        {EVENT_TYPE_ORDER.filter((t) => types.includes(t)).map((t) => (
          <button
            key={t}
            type="button"
            className="chip"
            aria-pressed={!hidden.includes(t)}
            style={{ ['--chip' as string]: EVENT_TYPES[t].color }}
            onClick={() => toggleEventType(t)}
          >
            <EventTypeIcon type={t} size={14} />
            {EVENT_TYPES[t].label}
          </button>
        ))}
      </div>
    </div>
  );
}
