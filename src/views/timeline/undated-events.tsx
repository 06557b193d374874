// Undated events, listed apart: never placed on the axis at an invented date.
import { useAppStore } from '../../store/app-store';
import { selectHighlightedEventIds, selectTimelineFilter } from '../../store/select-timeline';
import { EventTypeIcon } from '../shared/event-type-icon';
import { EVENT_TYPES } from '../shared/palette';
import { isArabic } from '../shared/format';
import { eventLabel, eventTooltip } from './to-timeline-items';

export function UndatedEvents() {
  const index = useAppStore((s) => s.index);
  const filter = useAppStore(selectTimelineFilter);
  const highlighted = useAppStore(selectHighlightedEventIds);
  const lang = useAppStore((s) => s.nameLanguage);
  if (!index || !filter) return null;
  const undated = index.dataset.events.filter((e) => !e.date && filter.eventIds.has(e.id));
  if (!undated.length) return null;
  return (
    <div className="undated" role="group" aria-label="Undated events">
      <span className="undated-title">Undated ({undated.length})</span>
      <ul className="undated-list">
        {undated.map((e) => {
          const label = eventLabel(e, lang);
          const state = highlighted === null ? '' : highlighted.has(e.id) ? ' is-hl' : ' is-dim';
          return (
            <li key={e.id}>
              <button
                type="button"
                className={`undated-event${state}${e.planned ? ' is-planned' : ''}`}
                style={{ ['--ev' as string]: EVENT_TYPES[e.type].color }}
                title={eventTooltip(index, e)}
                aria-pressed={highlighted?.has(e.id) ?? false}
                onClick={() => useAppStore.getState().selectEvent(e.id)}
              >
                <EventTypeIcon type={e.type} size={14} />
                <span dir="auto" lang={isArabic(label) ? 'ar' : undefined}>
                  {label}
                </span>
                {e.planned && <span className="badge">planned</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
