// Dates and names as the analyst reads them, in the interface's language (the parts exports share: i18n/format.ts).
import type { Actor, DatasetEvent } from '../../schema/dataset';
import type { DatasetIndex } from '../../store/dataset-index';
import type { NameLanguage } from '../../store/initial-state';
import type { UiLanguage } from '../../store/view-state';
import { uiLanguage, uiText } from '../../i18n/ui-text';
import { isolate } from '../../i18n/bidi';
import { actorName, formatDate, formatDay } from '../../i18n/format';
import { composeEventTitle, placeName } from '../../pipeline/events/event-title';

export { actorName, formatDay };

/** An instant's day (UTC), as formatDay writes it. */
export function formatMs(ms: number): string {
  const d = new Date(ms);
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 'day', uiLanguage());
}

/** The date of an event with how it is known, e.g. '10 Mar 2026 (day precision; stated in the text: «في 10 مارس»)'. */
export function describeEventDate(e: DatasetEvent): string {
  if (!e.date) return uiText('date.Undated');
  const when =
    e.date.precision === 'day' && e.date.start !== e.date.end
      ? uiText('date.range', { from: formatDay(e.date.start), to: formatDay(e.date.end) })
      : formatDay(e.date.start, e.date.precision);
  const parts = {
    when,
    precision: uiText(`date.precision.${e.date.precision}`),
    how: uiText(`date.basis.${e.date.basis}`, { defaultValue: e.date.basis }),
    text: e.date.text,
  };
  return uiText(e.date.text ? 'date.describedQuoted' : 'date.described', parts);
}

/** How an article's publication date is known. */
export function publishedBasis(basis: string): string {
  return uiText(`date.published.${basis}`, { defaultValue: basis });
}

/** How a mention was recognised (its resolution method). */
export function viaLabel(via: string): string {
  return uiText(`via.${via}`, { defaultValue: via });
}

export const VIA_KINDS = ['full_name', 'alias', 'surname', 'spelling', 'role', 'counterpart', 'discovered'] as const;

/** The short name for a graph label (usually the surname). */
export function actorShortName(actor: Actor, lang: NameLanguage): string {
  return (lang === 'ar' ? actor.shortName?.ar : actor.shortName?.en) || actorName(actor, lang);
}

export function otherName(actor: Actor, lang: NameLanguage): string {
  return lang === 'ar' ? actor.name.en : actor.name.ar;
}

/**
 * An event's title in the interface's words around the actors' names in the names' language. The dataset stores it
 * in each language whole; when the two languages differ it is written again, each name isolated:
 * «اتصال هاتفي: ⁨Putin⁩ – ⁨Pezeshkian⁩ في موسكو». An event with nobody named keeps its stored title in the
 * interface's language (its quoted words are the source's).
 */
export function eventTitle(index: DatasetIndex, e: DatasetEvent, names: NameLanguage, lang: UiLanguage = uiLanguage()): string {
  if (names === lang || !e.participants.length) return e.title[lang] || e.title.en;
  const nameOf = (id: string) => {
    const actor = index.actorById.get(id);
    return isolate(actor ? actorShortName(actor, names) : id);
  };
  const label = uiText(`eventType.${e.type}`, { lng: lang });
  return composeEventTitle({ label, planned: e.planned, names: e.participants.map(nameOf), place: eventPlace(e, lang) }, lang);
}

/** Where an event took place, in the interface's language; null when unknown. */
export function eventPlace(e: DatasetEvent, lang: UiLanguage = uiLanguage()): string | null {
  return e.location && placeName(e.location, lang);
}

/** True when a string contains Arabic letters. */
export function isArabic(s: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s);
}
