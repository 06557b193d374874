// An event: type, title with names in both languages, the date with how it is known, place, participants and why each counts.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { EVENT_TYPES, countryStyle } from '../shared/palette';
import { EventTypeIcon } from '../shared/event-type-icon';
import { CorrectionNote } from '../corrections/correction-note';
import { EditButton } from '../edit/edit-button';
import { actorName, describeEventDate, eventPlace, eventTitle, formatDay } from '../shared/format';

export function EventCard({ id }: { id: string }) {
  const { t, i18n } = useTranslation('explorer');
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  const e = index.eventById.get(id);
  if (!e) return null;
  const type = EVENT_TYPES[e.type];
  const other = lang === 'ar' ? 'en' : 'ar';
  const title = eventTitle(index, e, lang);
  const place = eventPlace(e);
  return (
    <article className="card event-card" style={{ ['--accent' as string]: type.color }} aria-label={t('eventCard.label', { title })}>
      <p className="event-type" style={{ ['--ev' as string]: type.color }}>
        <EventTypeIcon type={e.type} size={18} /> {type.label}
        {e.planned && <span className="badge">{t('timeline.plannedNotDone')}</span>}
        <EditButton target={{ kind: 'event', id: e.id }} />
      </p>
      <h2 className="card-title" dir="auto" lang={i18n.language}>
        {title}
      </h2>
      <p className="card-subtitle" dir="auto" lang={i18n.language}>
        {eventTitle(index, e, other)}
      </p>
      <dl className="facts">
        <dt>{t('eventCard.date')}</dt>
        <dd dir="auto">{describeEventDate(e)}</dd>
        {e.dateReadings && (
          <dd className="date-readings">
            {t('eventCard.disagree')}{' '}
            {e.dateReadings.map((r, i) => (
              <span key={r.date.start} className="reading">
                {i > 0 && ' · '}
                {t('eventCard.reading', { day: formatDay(r.date.start), passages: t('count.passages', { count: r.passageIds.length }) })}
              </span>
            ))}
          </dd>
        )}
        {place && (
          <>
            <dt>{t('eventCard.place')}</dt>
            <dd dir="auto">{place}</dd>
          </>
        )}
        {e.participants.length > 0 && (
          <>
            <dt>{t('eventCard.who')}</dt>
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
                    {e.participantVia?.[pid] && (
                      <span className="via" title={t(`eventCard.via.${e.participantVia[pid]}`)}>
                        {t(`eventCard.viaShort.${e.participantVia[pid]}`)}
                      </span>
                    )}
                  </button>
                );
              })}
            </dd>
          </>
        )}
      </dl>
      <CorrectionNote ids={e.corrections} />
    </article>
  );
}
