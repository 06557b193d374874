// «في فبراير 2022، والتي أجرى خلالها يوم 20 من الشهر ذاته محادثات», "on the 20th of that month": a day of the month
// the passage named last, in that month's year; the date engine reads no month there (and, with one, would take the
// publication's).
import { daysInMonth } from './calendar';
import { AR_ORDINAL_PATTERN, dayNumber } from './ar/ordinals';
import type { FoundDate } from './find-dates';
import { toOriginalSpan, type NormalizedText } from './normalize-for-dates';

/** «يوم 20 من الشهر ذاته», «في الخامس من الشهر نفسه», «في 3 من نفس الشهر», «20 من ذات الشهر» (normalised text). */
const AR_SAME_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(?:[وف]?(?:يوم|في)\\s+)?)(${AR_ORDINAL_PATTERN}|[0-9]{1,2})\\s*من\\s+(?:ال)?(?:شهر\\s+(?:نفسه|ذاته)|(?:نفس|ذات)\\s+الشهر)(?![\\p{L}\\p{N}_])`,
  'gu',
);
/** "on the 20th of that month", "the 3rd of the same month". */
const EN_SAME_MONTH = /\b(?:on\s+)?the\s+([0-9]{1,2})(?:st|nd|rd|th)?\s+of\s+(?:that|the\s+same)\s+month\b/gi;

/**
 * The dates, with the days said to be of the month named before them added (in order; none where no month was named).
 * The expressions are looked for in the normalised text (digits and alefs folded), and placed on the original.
 */
export function withSameMonth(text: string, normalized: NormalizedText, language: 'ar' | 'en', dates: FoundDate[]): FoundDate[] {
  const pattern = language === 'ar' ? AR_SAME_MONTH : EN_SAME_MONTH;
  if (!(language === 'ar' ? /الشهر|شهر/ : /month/i).test(normalized.text)) return dates;
  for (const match of normalized.text.matchAll(pattern)) {
    const [at, end] = toOriginalSpan(normalized, match.index, match.index + match[0].length);
    if (dates.some((d) => d.index < end && d.index + d.text.length > at)) continue;
    const month = dates.findLast((d) => d.index + d.text.length <= at && d.precision !== 'year');
    const day = dayNumber(match[1]);
    if (!month || day === null) continue;
    const [y, m] = [Number(month.start.slice(0, 4)), Number(month.start.slice(5, 7))];
    if (day > daysInMonth(y, m)) continue;
    const iso = `${month.start.slice(0, 8)}${String(day).padStart(2, '0')}`;
    const found: FoundDate = { index: at, text: text.slice(at, end), start: iso, end: iso, precision: 'day', basis: month.basis };
    const next = dates.findIndex((d) => d.index > at);
    dates.splice(next < 0 ? dates.length : next, 0, found);
  }
  return dates;
}
