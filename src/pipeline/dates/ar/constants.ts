// Arabic word lists for the hand-written rules, in NORMALISED spelling (alef forms → ا, no diacritics;
// see normalize-for-dates.ts). chrono.ar brings its own month, weekday and ordinal dictionaries.
import { anyOf } from '../boundaries';

export const PAST_WORDS = ['الماضي', 'الماضية', 'الماضيه', 'السابق', 'السابقة', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'المنقضي'];
export const CURRENT_WORDS = ['الحالي', 'الحالية', 'الجاري', 'الجارية'];
export const NEXT_WORDS = ['المقبل', 'المقبلة', 'القادم', 'القادمة'];
export const MODIFIER = anyOf([...PAST_WORDS, ...CURRENT_WORDS, ...NEXT_WORDS]);

/** -1, 0 or +1 for a modifier word, null when there is none. */
export function modifierDelta(word: string | undefined): number | null {
  if (!word) return null;
  if (PAST_WORDS.includes(word)) return -1;
  if (NEXT_WORDS.includes(word)) return 1;
  return CURRENT_WORDS.includes(word) ? 0 : null;
}

/** Phrases that put a period word on the publication's month/week/year: «مطلع الشهر», «في وقت سابق من هذا الشهر». */
export const PERIOD_CUES = anyOf([
  'وقت سابق', 'مطلع', 'اوائل', 'اواسط', 'منتصف', 'اواخر', 'بداية', 'بدايه', 'نهاية', 'نهايه', 'مستهل', 'اخر', 'غرة',
]);

/** Words before a bare month name that make it a date and not a verb or a name («في مارس» but not «مارس الضغط»). */
export const MONTH_CUES = anyOf([
  'في', 'خلال', 'شهر', 'شهري', 'منذ', 'حتى', 'مطلع', 'اوائل', 'اواسط', 'منتصف', 'اواخر', 'بداية', 'بدايه', 'نهاية',
  'نهايه', 'مستهل', 'غرة', 'اخر', 'قبل', 'بعد', 'من', 'الى', 'إلى', 'طيلة', 'طوال',
]);

/** Modifiers of a weekday («الخميس الماضي», «السبت المقبل», «هذا الأحد»): chrono keeps them in the result text. */
export const WEEKDAY_MODIFIERS = {
  past: new RegExp(anyOf(PAST_WORDS), 'u'),
  next: new RegExp(anyOf(NEXT_WORDS), 'u'),
  this: /(?:هذا|هذه)\s/u,
};

/** Saturday: the first day of the week in most Arab and Iranian calendars («الأسبوع الماضي»). */
export const AR_WEEK_START = 6;

/** The month names chrono.ar knows, as the normalised text writes them (alef forms → ا), each with its number. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  يناير: 1, فبراير: 2, مارس: 3, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, اغسطس: 8, سبتمبر: 9, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, اذار: 3, نيسان: 4, ايار: 5, حزيران: 6, تموز: 7, اب: 8, ايلول: 9, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
};
