// A list of events as links that select them: icon, title in the chosen language, date.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetEvent } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { EventTypeIcon } from '../shared/event-type-icon';
import { LazyDetails } from '../shared/lazy-details';
import { eventTitle, formatDay } from '../shared/format';
import { EVENT_TYPES } from '../shared/palette';

/** A card's list of events is open at first when it is this short; a longer one is built once opened (LazyDetails):
 *  a pair's or an actor's events on a large dataset run to thousands of links, laid out on every click, unseen. */
export const EVENTS_OPEN_AT_MOST = 6;

/** A card's events under a heading with their count; `owner` (the actor or pair shown) closes a long list again. */
export function CardEvents({ owner, label, events }: { owner: string; label: ReactNode; events: DatasetEvent[] }) {
  if (events.length === 0) return null;
  return (
    <LazyDetails
      key={owner}
      className="card-events"
      initiallyOpen={events.length <= EVENTS_OPEN_AT_MOST}
      summary={
        <>
          {label} <span className="count">{events.length}</span>
        </>
      }
    >
      <EventLinks events={events} />
    </LazyDetails>
  );
}

export function EventLinks({ events }: { events: DatasetEvent[] }) {
  const { t } = useTranslation('explorer');
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  return (
    <ul className="event-links">
      {events.map((e) => (
        <li key={e.id}>
          <button type="button" className="link" style={{ ['--ev' as string]: EVENT_TYPES[e.type].color }} onClick={() => useAppStore.getState().selectEvent(e.id)}>
            <EventTypeIcon type={e.type} size={14} />
            <span dir="auto">{eventTitle(index, e, lang)}</span>
          </button>
          <span className="muted small">{e.date ? formatDay(e.date.start, e.date.precision) : t('date.undated')}</span>
        </li>
      ))}
    </ul>
  );
}
