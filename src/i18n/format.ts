// Dates and names in a given language, for views and exports alike (views/shared/format.ts builds on these).
// Digits stay Latin in both languages (analysts read dates like «10 مارس 2026» that way, and numbers line up).
import type { Actor, DatePrecision } from '../schema/dataset';
import type { NameLanguage } from '../store/initial-state';
import type { UiLanguage } from '../store/view-state';
import { MONTH_NAMES } from './calendar-names';
import { uiLanguage, uiText } from './ui-text';

/** '2026-03-10' → '10 Mar 2026' / '10 مارس 2026'; month precision 'March 2026'; year precision '2026'. */
export function formatDay(iso: string | null, precision: DatePrecision = 'day', lang: UiLanguage = uiLanguage()): string {
  if (!iso) return uiText('date.undated', { lng: lang });
  const [year, month, day] = iso.split('-').map(Number);
  return formatDate(year, month, day, precision, lang);
}

export function formatDate(year: number, month: number, day: number, precision: DatePrecision, lang: UiLanguage): string {
  const months = MONTH_NAMES[lang];
  if (precision === 'year') return String(year);
  if (precision === 'month') return `${months.long[month - 1]} ${year}`;
  return `${day} ${months.short[month - 1]} ${year}`;
}

export function actorName(actor: Actor, lang: NameLanguage): string {
  return (lang === 'ar' ? actor.name.ar : actor.name.en) || actor.name.en || actor.name.ar || actor.id;
}
