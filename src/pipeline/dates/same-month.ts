// «في فبراير 2022، والتي أجرى خلالها يوم 20 من الشهر ذاته محادثات», "on the 20th of that month": a day of the month
// the passage named last, in that month's year; the date engine reads no month there (and, with one, would take the
// publication's).
import { daysInMonth } from './calendar';
import { AR_ORDINAL_PATTERN, dayNumber } from './ar/ordinals';
import type { FoundDate } from './find-dates';
import { toOriginalSpan, type NormalizedText } from './normalize-for-dates';

/** «الشهر ذاته», «الشهر نفسه», «نفس الشهر», «ذات الشهر»: the month named before. */
const AR_THE_SAME_MONTH = String.raw`(?:ال)?(?:شهر\s+(?:نفسه|ذاته)|(?:نفس|ذات)\s+الشهر)`;
/** «مساء الرابع والعشرين من الشهر، ثم …»: «الشهر» with no word after it that says which (الماضي, الجاري, ذاته…) is the
 *  month just named too. */
const AR_THE_MONTH_BARE = String.raw`الشهر(?!\s+(?:ال|ذات|نفس|هذا))`;
/** «يوم 20 من الشهر ذاته», «في الخامس من الشهر نفسه», «في 3 من نفس الشهر», «20 من ذات الشهر» (normalised text). */
const AR_SAME_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:(?:[وف]?(?:يوم|في)\\s+)?)(${AR_ORDINAL_PATTERN}|[0-9]{1,2})\\s*من\\s+(?:${AR_THE_SAME_MONTH}|${AR_THE_MONTH_BARE})(?![\\p{L}\\p{N}_])`,
  'gu',
);
/** "on the 20th of that month", "the 3rd of the same month", "on the 24th of the month". */
const EN_SAME_MONTH = /\b(?:on\s+)?the\s+([0-9]{1,2})(?:st|nd|rd|th)?\s+of\s+(?:that|the\s+same|the)\s+month\b/gi;

/** «أواخر الشهر ذاته», «في الشهر نفسه», «خلال نفس الشهر» (normalised text: alefs folded): the month itself. */
const AR_THAT_MONTH = new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:(?:[وف]?(?:في|خلال|اواخر|اوائل|مطلع|منتصف|نهايه|بدايه|اواسط)\s+)?)${AR_THE_SAME_MONTH}(?![\p{L}\p{N}_])`, 'gu');
/** "later that month", "earlier that month", "in the same month", "that same month". */
const EN_THAT_MONTH_PATTERN = String.raw`\b(?:(?:later|earlier)\s+(?:in\s+)?that\s+month|(?:in\s+|during\s+)?(?:that\s+same|the\s+same)\s+month|later\s+in\s+the\s+month)\b`;
const EN_THAT_MONTH = new RegExp(EN_THAT_MONTH_PATTERN, 'gi');

/** Whether `text` names a month by pointing back to one («الشهر ذاته», "later that month", "the 5th of that month"). */
const THAT_MONTH_ANYWHERE = new RegExp(`${AR_THE_SAME_MONTH}|${EN_THAT_MONTH_PATTERN}|\\bof\\s+(?:that|the\\s+same)\\s+month\\b`, 'iu');
/** Every form holds one of these words: a search for them is told at once, the whole pattern (case-folded) is not. */
const MONTH_WORD = /شهر|month/i;
export const saysThatMonth = (text: string) => MONTH_WORD.test(text) && THAT_MONTH_ANYWHERE.test(text);

/**
 * The dates, with the days said to be of the month named before them added (in order; none where no month was named),
 * and the month said to be that month («أواخر الشهر ذاته», "later that month") as it. `monthBefore` ('YYYY-MM'): the
 * month a passage before named last, for one this text does not name before the expression. The expressions are
 * looked for in the normalised text (digits and alefs folded), and placed on the original.
 */
export function withSameMonth(text: string, normalized: NormalizedText, language: 'ar' | 'en', dates: FoundDate[], monthBefore: string | null = null): FoundDate[] {
  const pattern = language === 'ar' ? AR_SAME_MONTH : EN_SAME_MONTH;
  if (!(language === 'ar' ? /الشهر|شهر/ : /month/i).test(normalized.text)) return dates;
  for (const match of normalized.text.matchAll(language === 'ar' ? AR_THAT_MONTH : EN_THAT_MONTH)) {
    // (Not the month of «20 من الشهر ذاته», "the 20th of that month": a day, below.)
    if (/(?:من|of)\s*$/iu.test(normalized.text.slice(Math.max(0, match.index - 4), match.index))) continue;
    const [at, end] = toOriginalSpan(normalized, match.index, match.index + match[0].length);
    const before = dates.findLast((d) => d.index + d.text.length <= at && d.precision !== 'year' && !(d.index < end && d.index + d.text.length > at));
    const month = before ? before.start.slice(0, 7) : monthBefore;
    if (!month) continue;
    const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
    const found: FoundDate = { index: at, text: text.slice(at, end), start: `${month}-01`, end: `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`, precision: 'month', basis: 'explicit' };
    // The engine's own reading there («أواخر الشهر» as this month) gives way.
    for (let i = dates.length - 1; i >= 0; i--) if (dates[i].index < end && dates[i].index + dates[i].text.length > at) dates.splice(i, 1);
    const next = dates.findIndex((d) => d.index > at);
    dates.splice(next < 0 ? dates.length : next, 0, found);
  }
  for (const match of normalized.text.matchAll(pattern)) {
    const [at, end] = toOriginalSpan(normalized, match.index, match.index + match[0].length);
    if (dates.some((d) => d.index < end && d.index + d.text.length > at)) continue;
    // (The month a passage before named, for «من الشهر ذاته» that points back to it: not for «من الشهر» alone.)
    const named = dates.findLast((d) => d.index + d.text.length <= at && d.precision !== 'year');
    const month = named?.start.slice(0, 7) ?? (THAT_MONTH_ANYWHERE.test(match[0]) ? monthBefore : null);
    const day = dayNumber(match[1]);
    if (!month || day === null) continue;
    const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
    if (day > daysInMonth(y, m)) continue;
    const iso = `${month}-${String(day).padStart(2, '0')}`;
    const found: FoundDate = { index: at, text: text.slice(at, end), start: iso, end: iso, precision: 'day', basis: named?.basis ?? 'explicit' };
    const next = dates.findIndex((d) => d.index > at);
    dates.splice(next < 0 ? dates.length : next, 0, found);
  }
  return dates;
}
