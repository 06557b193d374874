// Finds the dates in one passage: chrono (with our Arabic/English rules and refiners) on a normalised
// copy of the text, results mapped back to offsets in the original.
import type { DatePrecision, Language } from '../../schema/dataset';
import { arChrono } from './ar';
import { parseIsoDay } from './calendar';
import { rewriteArabicWords } from './ar/rewrite-arabic-words';
import { mightHoldArabicDate } from './ar/trigger';
import { enChrono } from './en';
import { mightHoldEnglishDate } from './en/trigger';
import { normalizeForDates } from './normalize-for-dates';
import { newDateList, parseDates } from './parse-dates';
import { withSameYear } from './same-year';
import { withSameMonth } from './same-month';
import { withThatDay } from './that-day';
import { withMashreqMonths } from './ar/maghreb-months';
import { MONTH_NUMBERS } from './ar/constants';
import { anyOf } from './boundaries';

export interface FoundDate {
  /** Offset of the expression in the original `text` (UTF-16). */
  index: number;
  /** Exactly `text.slice(index, index + text.length)`. */
  text: string;
  /** 'YYYY-MM-DD' */
  start: string;
  /** 'YYYY-MM-DD': == start for a day, last day of the month for a month, Dec 31 for a year. */
  end: string;
  precision: DatePrecision;
  /** explicit: the text names the date; relative: computed from the publication date. */
  basis: 'explicit' | 'relative';
}

/**
 * The dates in `text`, sorted by index and non-overlapping. `published` ('YYYY-MM-DD') is the reference
 * for relative and year-less dates; when it is null (or not a real day) those are not returned. `yearBefore`: the
 * year the article wrote last before `text`, which «من العام نفسه», "of that year" in it refer to; `monthBefore`
 * ('YYYY-MM') the month it named last, which «الشهر ذاته», "later that month" refer to.
 */
export function findDates(text: string, language: Language, published: string | null, yearBefore: string | null = null, monthBefore: string | null = null): FoundDate[] {
  const normalized = normalizeForDates(text);
  // With no publication day, only a date whose year is written can come back, and a year is written in
  // digits: in text without any, whatever chrono found would be computed from the placeholder reference. (The
  // digits are looked for first: that is the cheaper test.)
  if (!/[0-9]/.test(normalized.text) && !parseIsoDay(published)) return newDateList();
  // (A passage that points back to the month named before, «في الخامس من الشهر ذاته», may hold nothing the engine reads.)
  const thatMonthOnly = () => (monthBefore ? withSameMonth(text, normalized, language, newDateList(), monthBefore) : newDateList());
  if (language === 'en') return mightHoldEnglishDate(normalized.text) ? withSameMonth(text, normalized, 'en', withSameYear(text, parseDates(text, normalized, enChrono(), published), yearBefore), monthBefore) : thatMonthOnly();
  const mashreq = withMashreqMonths(normalized);
  if (!mightHoldArabicDate(mashreq.text)) return thatMonthOnly();
  return withSameMonth(text, normalized, 'ar', withThatDay(text, withSameYear(text, parseDates(text, { text: withDashesAsSpaces(rewriteArabicWords(mashreq.text)), map: mashreq.map }, arChrono(), published), yearBefore)), monthBefore);
}

const AR_MONTH_NAMES = anyOf(Object.keys(MONTH_NUMBERS));
/** «18 - يناير - 2025», «18-يناير-2025»: a day, a month name and a year joined by dashes (some outlets' datelines). */
const DASHED_DAY = new RegExp(`(?<![0-9])[0-9]{1,2}\\s*[-–—]\\s*${AR_MONTH_NAMES}\\s*[-–—]\\s*[0-9]{4}(?![0-9]|[-–—/.][0-9])`, 'gu');
/** `text` with the dashes of such a date as spaces (the same length: offsets stay). */
export const withDashesAsSpaces = (text: string) => (/[-–—]/.test(text) ? text.replace(DASHED_DAY, (day) => day.replace(/[-–—]/g, ' ')) : text);
