// An event: type, title in both languages, the date with how it is known, place, participants.
import { useAppStore } from '../../store/app-store';
import { EVENT_TYPES, countryStyle } from '../shared/palette';
import { EventTypeIcon } from '../shared/event-type-icon';
import { actorName, describeEventDate } from '../shared/format';

export function EventCard({ id }: { id: string }) {
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  const e = index.eventById.get(id);
  if (!e) return null;
  const t = EVENT_TYPES[e.type];
  return (
    <article className="card event-card" style={{ ['--accent' as string]: t.color }} aria-label={`Event: ${e.title.en}`}>
      <p className="event-type" style={{ color: t.color }}>
        <EventTypeIcon type={e.type} size={18} /> {t.label}
        {e.planned && <span className="badge">planned, not done</span>}
      </p>
      <h2 className="card-title" dir="auto">
        {e.title.en}
      </h2>
      <p className="card-title-ar" lang="ar" dir="rtl">
        {e.title.ar}
      </p>
      <dl className="facts">
        <dt>Date</dt>
        <dd dir="auto">{describeEventDate(e)}</dd>
        {e.location && (
          <>
            <dt>Place</dt>
            <dd dir="auto">{e.location}</dd>
          </>
        )}
        {e.participants.length > 0 && (
          <>
            <dt>Who</dt>
            <dd className="participants">
              {[...new Set(e.participants)].map((pid) => {
                const a = index.actorById.get(pid);
                if (!a) return null;
                return (
                  <button
                    key={pid}
                    type="button"
                    className="chip"
                    style={{ ['--chip' as string]: countryStyle(a.country).color }}
                    onClick={() => useAppStore.getState().selectActor(pid)}
                  >
                    <span className="dot" aria-hidden="true" />
                    <span dir="auto">{actorName(a, lang)}</span>
                  </button>
                );
              })}
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
