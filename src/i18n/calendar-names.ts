// Month and weekday names as the app writes dates ('10 Mar 2026', «10 مارس 2026»): Intl's own names for en-GB and
// Arabic (calendar-names.test.ts checks them against Intl), but held as data. A page's first Intl date format loads
// ICU's calendar data, ~50–100 ms of a first render on a slow machine, for a dozen names.
import type { UiLanguage } from '../store/view-state';

export const MONTH_NAMES: Record<UiLanguage, { long: readonly string[]; short: readonly string[] }> = {
  en: {
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    // en-GB writes 'Sept'; analysts expect 'Sep'.
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  ar: {
    long: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    // Arabic has no short month names: its 'short' is the full name.
    short: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  },
};

/** Sunday first, as moment counts them. */
export const ARABIC_WEEKDAY_NAMES: readonly string[] = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
