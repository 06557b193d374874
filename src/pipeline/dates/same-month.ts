// «في فبراير 2022، والتي أجرى خلالها يوم 20 من الشهر ذاته محادثات», "on the 20th of that month": a day of the month
// the passage named last, in that month's year; the date engine reads no month there (and, with one, would take the
// publication's).
import { daysInMonth } from './calendar';
import { AR_ORDINALS, dayNumber } from './ar/ordinals';
import { anyOf } from './boundaries';
import type { FoundDate } from './find-dates';

/** An ordinal day word as written: its alef in any of the forms the normalisation folds. */
const AR_ORDINAL_WRITTEN = anyOf([...AR_ORDINALS.keys()]).replace(/ا/g, '[اأإآ]');

/** «يوم 20 من الشهر ذاته», «في الخامس من الشهر نفسه», «في 3 من نفس الشهر», «20 من ذات الشهر». */
const AR_SAME_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(?:[وف]?(?:يوم|في)\\s+)?)(${AR_ORDINAL_WRITTEN}|[0-9٠-٩]{1,2})\\s*من\\s+(?:ال)?(?:شهر\\s+(?:نفسه|ذاته)|(?:نفس|ذات)\\s+الشهر)(?![\\p{L}\\p{N}_])`,
  'gu',
);
/** "on the 20th of that month", "the 3rd of the same month". */
const EN_SAME_MONTH = /\b(?:on\s+)?the\s+([0-9]{1,2})(?:st|nd|rd|th)?\s+of\s+(?:that|the\s+same)\s+month\b/gi;

const ARABIC_DIGIT = /[٠-٩]/g;

function dayOf(word: string): number | null {
  return dayNumber(word.replace(ARABIC_DIGIT, (c) => String(c.charCodeAt(0) - 0x0660)).replace(/[أإآ]/g, 'ا'));
}

/** The dates, with the days said to be of the month named before them added (in order; none where no month was named). */
export function withSameMonth(text: string, language: 'ar' | 'en', dates: FoundDate[]): FoundDate[] {
  const pattern = language === 'ar' ? AR_SAME_MONTH : EN_SAME_MONTH;
  if (!(language === 'ar' ? /الشهر|شهر/ : /month/i).test(text)) return dates;
  for (const match of text.matchAll(pattern)) {
    const at = match.index;
    const end = at + match[0].length;
    if (dates.some((d) => d.index < end && d.index + d.text.length > at)) continue;
    const month = dates.findLast((d) => d.index + d.text.length <= at && d.precision !== 'year');
    const day = dayOf(match[1]);
    if (!month || day === null) continue;
    const [y, m] = [Number(month.start.slice(0, 4)), Number(month.start.slice(5, 7))];
    if (day > daysInMonth(y, m)) continue;
    const iso = `${month.start.slice(0, 8)}${String(day).padStart(2, '0')}`;
    const found: FoundDate = { index: at, text: match[0], start: iso, end: iso, precision: 'day', basis: month.basis };
    const next = dates.findIndex((d) => d.index > at);
    dates.splice(next < 0 ? dates.length : next, 0, found);
  }
  return dates;
}
