// Month and weekday names as the app writes dates ('10 Mar 2026', «10 مارس 2026»): Intl's own names for en-GB and
// Arabic (views/shared/__tests__/format-date.test.ts checks them against Intl), but held as data. A page's first
// Intl date format loads ICU's calendar data, ~50–100 ms of a first render on a slow machine, for a dozen names.
import type { UiLanguage } from '../store/view-state';

const ARABIC_MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

export const MONTH_NAMES: Record<UiLanguage, { long: readonly string[]; short: readonly string[] }> = {
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    // en-GB writes 'Sept'; analysts expect 'Sep'.
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  // Arabic has no short month names: its 'short' is the full name.
  ar: { long: ARABIC_MONTHS, short: ARABIC_MONTHS },
};

/** Sunday first, as moment counts them. */
export const ARABIC_WEEKDAY_NAMES: readonly string[] = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
