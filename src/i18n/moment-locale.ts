// The timeline axis (vis-timeline formats dates with moment) in the interface's language.
// The Arabic locale is built from Intl, so the axis names months exactly as every other date in the app does
// (يناير، فبراير…) with Latin digits; moment's bundled 'ar' would write Arabic-Indic digits, and its locale files
// may register themselves on another copy of moment than the one the app imports.
import moment from 'moment';
import type { UiLanguage } from '../store/view-state';

const ARABIC = 'ar-latn';

function names(options: Intl.DateTimeFormatOptions, dates: number[]): string[] {
  const f = new Intl.DateTimeFormat('ar-u-nu-latn', { ...options, timeZone: 'UTC' });
  return dates.map((d) => f.format(d));
}

if (!moment.locales().includes(ARABIC)) {
  const months = names({ month: 'long' }, [...Array(12).keys()].map((m) => Date.UTC(2024, m, 1)));
  // 7 Jan 2024 was a Sunday, moment's first weekday.
  const days = names({ weekday: 'long' }, [...Array(7).keys()].map((d) => Date.UTC(2024, 0, 7 + d)));
  moment.defineLocale(ARABIC, { parentLocale: 'en', months, monthsShort: months, weekdays: days, weekdaysShort: days, weekdaysMin: days });
  // Defining a locale also makes it moment's global default: give that back to English.
  moment.locale('en');
}

export function momentLocale(lang: UiLanguage): string {
  return lang === 'ar' ? ARABIC : 'en';
}
