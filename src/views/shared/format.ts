// Dates and names as the analyst reads them.
import type { Actor, DatasetEvent, DatePrecision } from '../../schema/dataset';
import type { NameLanguage } from '../../store/initial-state';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2026-03-10' → '10 Mar 2026'; with month precision 'March 2026'; with year precision '2026'. */
export function formatDay(iso: string | null, precision: DatePrecision = 'day'): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-').map(Number);
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${MONTHS_LONG[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function formatMs(ms: number): string {
  return formatDay(new Date(ms).toISOString().slice(0, 10));
}

const BASIS: Record<string, string> = {
  explicit: 'stated in the text',
  relative: 'worked out from a relative expression',
  publication: 'taken from the publication date',
};

/** The date of an event with how it is known, e.g. '10 Mar 2026 (day; stated in the text: «في 10 مارس»)'. */
export function describeEventDate(e: DatasetEvent): string {
  if (!e.date) return 'Undated';
  const when =
    e.date.precision === 'day' && e.date.start !== e.date.end
      ? `${formatDay(e.date.start)} – ${formatDay(e.date.end)}`
      : formatDay(e.date.start, e.date.precision);
  const how = BASIS[e.date.basis] ?? e.date.basis;
  return `${when} (${e.date.precision} precision; ${how}${e.date.text ? `: «${e.date.text}»` : ''})`;
}

export const PUBLISHED_BASIS: Record<string, string> = {
  manifest: 'from the corpus manifest',
  header: 'from the article header',
  dateline: 'from the dateline',
  unknown: 'publication date unknown',
};

export function actorName(actor: Actor, lang: NameLanguage): string {
  return (lang === 'ar' ? actor.name.ar : actor.name.en) || actor.name.en || actor.name.ar || actor.id;
}

/** The short name for a graph label (usually the surname). */
export function actorShortName(actor: Actor, lang: NameLanguage): string {
  return (lang === 'ar' ? actor.shortName?.ar : actor.shortName?.en) || actorName(actor, lang);
}

export function otherName(actor: Actor, lang: NameLanguage): string {
  return lang === 'ar' ? actor.name.en : actor.name.ar;
}

export const VIA_LABEL: Record<string, string> = {
  full_name: 'full name',
  alias: 'alias / spelling variant',
  surname: 'surname alone',
  role: 'role title (e.g. «وزير الخارجية الإيراني»)',
  counterpart: 'counterpart («نظيره»)',
  discovered: 'title + name pattern (not in the registry)',
};

/** True when a string contains Arabic letters. */
export function isArabic(s: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s);
}
