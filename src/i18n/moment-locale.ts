// The timeline axis (vis-timeline formats dates with moment) in the interface's language.
// The Arabic locale takes the app's own calendar names, so the axis names months exactly as every other date in the
// app does (يناير، فبراير…) with Latin digits; moment's bundled 'ar' would write Arabic-Indic digits, and its locale files
// may register themselves on another copy of moment than the one the app imports.
import moment from 'moment';
import type { UiLanguage } from '../store/view-state';
import { ARABIC_WEEKDAY_NAMES, MONTH_NAMES } from './calendar-names';

const ARABIC = 'ar-latn';

if (!moment.locales().includes(ARABIC)) {
  const months = [...MONTH_NAMES.ar.long];
  const days = [...ARABIC_WEEKDAY_NAMES];
  moment.defineLocale(ARABIC, { parentLocale: 'en', months, monthsShort: months, weekdays: days, weekdaysShort: days, weekdaysMin: days });
  // Defining a locale also makes it moment's global default: give that back to English.
  moment.locale('en');
}

export function momentLocale(lang: UiLanguage): string {
  return lang === 'ar' ? ARABIC : 'en';
}
