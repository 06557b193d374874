// An actor's card: names in both scripts, country, roles with dates, spelling variants, mentions over time.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor, DatasetEvent } from '../../schema/dataset';
import { baseIndexOf, type DatasetIndex } from '../../store/dataset-index';
import { useAppStore } from '../../store/app-store';
import { actorMentionsByMonth } from '../../store/select-actor-profile';
import { actorName, formatDay, isArabic, otherName } from '../shared/format';
import { countryStyle } from '../shared/palette';
import { CardEvents } from './event-links';
import { MentionChart } from './mention-chart';
import { CorrectionNote } from '../corrections/correction-note';
import { EditButton } from '../edit/edit-button';

export function ActorCard({ actor }: { actor: Actor }) {
  const { t } = useTranslation('explorer');
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  const other = lang === 'ar' ? 'en' : 'ar';
  const c = countryStyle(actor.country);
  const profile = actorMentionsByMonth(index, actor.id);
  const variants = actor.aliases.filter((a) => a !== actor.name.ar && a !== actor.name.en);
  // The events depend on the actors and events alone: a folder's index is rebuilt as its passages are read, its
  // base is not (thousands of an actor's events, sorted again on each of a click's renders, cost tens of ms).
  const base = baseIndexOf(index);
  const events = useMemo(() => eventsByDate(base, actor.id), [base, actor.id]);
  return (
    <article className="card actor-card" style={{ ['--accent' as string]: c.color }} aria-label={t('actorCard.label', { name: actorName(actor, lang) })}>
      <header>
        <div className="card-title-row">
          <h2 className="card-title" dir="auto" lang={lang}>
            {actorName(actor, lang)}
          </h2>
          <EditButton target={{ kind: 'actor', id: actor.id }} />
        </div>
        <p className="card-subtitle" dir="auto" lang={other}>
          {otherName(actor, lang)}
        </p>
        <p className="meta">
          <span className="country-chip">
            <span className="dot" aria-hidden="true" />
            {c.label}
          </span>
          <span>{t('count.mentions', { count: actor.mentionCount })}</span>
          {actor.discovered && (
            <span className="badge" title={t('actorCard.discoveredTitle')}>
              {t('actorCard.discovered')}
            </span>
          )}
        </p>
        <ActorProvenance actor={actor} />
        <CorrectionNote ids={actor.corrections} />
      </header>
      {actor.roles.length > 0 && (
        <ul className="roles">
          {actor.roles.map((r, i) => (
            <li key={i}>
              <span dir="auto" lang={lang}>
                {r.title[lang]}
              </span>
              <span dir="auto" lang={other} className={other === 'ar' ? 'ar-inline' : undefined}>
                {r.title[other]}
              </span>
              <span className="muted">
                {t('actorCard.roleUntil', {
                  from: r.from ? formatDay(r.from) : t('actorCard.unknownStart'),
                  to: r.to ? formatDay(r.to) : t('actorCard.now'),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <MentionChart months={profile.months} undated={profile.undated} color={c.color} />
      <CardEvents owner={actor.id} label={t('actorCard.events')} events={events} />
      {variants.length > 0 && (
        <details className="variants">
          <summary>
            {t('actorCard.spellings')} <span className="count">{variants.length}</span>
          </summary>
          <ul>
            {variants.map((v, i) => (
              <li key={i} className="variant" dir="auto" lang={isArabic(v) ? 'ar' : 'en'}>
                {v}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

/** An actor's events, earliest first, undated last (ISO days: compared as they are written). */
function eventsByDate(index: DatasetIndex, actorId: string): DatasetEvent[] {
  const day = (e: DatasetEvent) => e.date?.start ?? '9999';
  return (index.eventIdsByActor.get(actorId) ?? []).map((id) => index.eventById.get(id)!).sort((a, b) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0));
}

/** How the actor is known: the curated registry, or discovered in a text, with the name as it was written there. */
function ActorProvenance({ actor }: { actor: Actor }) {
  const { t } = useTranslation('explorer');
  if (!actor.discovered) return <p className="provenance muted">{t('actorCard.knownRegistry')}</p>;
  const found = actor.discovery;
  if (!found) return <p className="provenance muted">{t('actorCard.discoveredTitle')}</p>;
  return (
    <p className="provenance muted">
      {t('actorCard.knownDiscovered', { written: '\u2068' + found.written + '\u2069', script: t(found.language === 'ar' ? 'actorCard.scriptAr' : 'actorCard.scriptEn') })}
      {found.transliterated && <> {t('actorCard.transliterated')}</>}
    </p>
  );
}
