// An actor's card: names in both scripts, country, roles with dates, spelling variants, mentions over time.
import type { Actor } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { actorMentionsByMonth } from '../../store/select-actor-profile';
import { formatDay } from '../shared/format';
import { countryStyle } from '../shared/palette';
import { EventLinks } from './event-links';
import { MentionChart } from './mention-chart';

export function ActorCard({ actor }: { actor: Actor }) {
  const index = useAppStore((s) => s.index)!;
  const c = countryStyle(actor.country);
  const profile = actorMentionsByMonth(index, actor.id);
  const variants = actor.aliases.filter((a) => a !== actor.name.ar && a !== actor.name.en);
  const events = (index.eventIdsByActor.get(actor.id) ?? [])
    .map((id) => index.eventById.get(id)!)
    .sort((a, b) => (a.date?.start ?? '9999').localeCompare(b.date?.start ?? '9999'));
  return (
    <article className="card actor-card" style={{ ['--accent' as string]: c.color }} aria-label={`Actor: ${actor.name.en}`}>
      <header>
        <h2 className="card-title">{actor.name.en}</h2>
        <p className="card-title-ar" lang="ar" dir="rtl">
          {actor.name.ar}
        </p>
        <p className="meta">
          <span className="country-chip">
            <span className="dot" aria-hidden="true" />
            {c.label}
          </span>
          <span>
            {actor.mentionCount} mention{actor.mentionCount === 1 ? '' : 's'}
          </span>
          {actor.discovered && (
            <span className="badge" title="Found by a title-plus-name pattern, not in the curated registry">
              discovered
            </span>
          )}
        </p>
      </header>
      {actor.roles.length > 0 && (
        <ul className="roles">
          {actor.roles.map((r, i) => (
            <li key={i}>
              <span>{r.title.en}</span>
              <span lang="ar" dir="rtl" className="ar-inline">
                {r.title.ar}
              </span>
              <span className="muted">
                {r.from ? formatDay(r.from) : '?'} – {r.to ? formatDay(r.to) : 'now'}
              </span>
            </li>
          ))}
        </ul>
      )}
      <MentionChart months={profile.months} undated={profile.undated} color={c.color} />
      {events.length > 0 && (
        <details className="actor-events" open={events.length <= 6}>
          <summary>
            Events <span className="count">{events.length}</span>
          </summary>
          <EventLinks events={events} />
        </details>
      )}
      {variants.length > 0 && (
        <details className="variants">
          <summary>
            Spellings <span className="count">{variants.length}</span>
          </summary>
          <ul>
            {variants.map((v, i) => (
              <li key={i} className="variant" dir="auto" lang={/[\u0600-\u06ff]/.test(v) ? 'ar' : 'en'}>
                {v}
              </li>
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}
