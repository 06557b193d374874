// «استقبله ماكرون يوم 18 يوليو من العام نفسه», "on July 18 of that year": a day written without its year, and
// said to be of the year just named, is of the year of the last date before it that wrote one (not the
// publication's, which chrono assumes). "In December last year", "in March next year": a month followed by the
// year it is of is that month of that year (chrono reads two dates there, and the year alone is the less precise).
// A day written without its year in the month the passage has just named with one is of that year too.
import { daysInMonth } from './calendar';
import type { FoundDate } from './find-dates';

/** «من العام نفسه», «من العام ذاته», «من نفس العام», «من السنة نفسها», "of the same year", "of that year", "that same year". */
const SAME_YEAR = String.raw`(?:من\s+(?:(?:ال)?عام|(?:ال)?سنة)\s+(?:نفسه|نفسها|ذاته|ذاتها)|من\s+(?:نفس|ذات)\s+(?:العام|السنة)|(?:of\s+)?(?:the|that)\s+same\s+year|of\s+that\s+year)(?![\p{L}])`;
const SAME_YEAR_AFTER = new RegExp(String.raw`^[\s,،]*` + SAME_YEAR, 'iu');
const SAME_YEAR_ANYWHERE = new RegExp(SAME_YEAR, 'iu');
export const WRITTEN_YEAR = /(?<![0-9])[12][0-9]{3}(?![0-9])/;

/** `d` moved to `year` (its month's last day recomputed), or null when that day does not exist (29 February). */
function inYear(d: FoundDate, year: string): Pick<FoundDate, 'start' | 'end'> | null {
  const [m, day] = [Number(d.start.slice(5, 7)), Number(d.start.slice(8, 10))];
  const last = daysInMonth(Number(year), m);
  if (day > last) return null;
  const end = d.precision === 'month' ? `${year}-${d.start.slice(5, 7)}-${String(last).padStart(2, '0')}` : `${year}${d.end.slice(4)}`;
  return { start: `${year}${d.start.slice(4)}`, end };
}

/** Between a month and the year it is of: "December last year", "March of next year". */
const MONTH_TO_YEAR = /^\s*(?:of\s+)?$/i;

/** Whether `text` says «of the same year» anywhere: only then does a year written before it matter. */
/** Every form holds one of these words: a search for them is told at once, the whole pattern (case-folded) is not. */
const YEAR_WORD = /عام|سنة|year/i;
export const saysSameYear = (text: string) => YEAR_WORD.test(text) && SAME_YEAR_ANYWHERE.test(text);

/** The year of the last of `dates` that writes one, or null. */
export function lastWrittenYear(dates: readonly FoundDate[]): string | null {
  for (let i = dates.length - 1; i >= 0; i--) if (WRITTEN_YEAR.test(dates[i].text)) return dates[i].start.slice(0, 4);
  return null;
}

/**
 * The dates, those of «the same year» given it; changed in place (the list keeps the one elements kind findDates gives
 * it). `yearBefore`: the year the text before this one wrote last (a passage earlier in the article).
 */
export function withSameYear(text: string, dates: FoundDate[], yearBefore: string | null = null): FoundDate[] {
  for (let i = 0; i + 1 < dates.length; i++) {
    const [d, year] = [dates[i], dates[i + 1]];
    if (d.precision === 'year' || year.precision !== 'year' || WRITTEN_YEAR.test(d.text) || !MONTH_TO_YEAR.test(text.slice(d.index + d.text.length, year.index))) continue;
    const moved = inYear(d, year.start.slice(0, 4));
    if (!moved) continue;
    dates[i] = { ...d, text: text.slice(d.index, year.index + year.text.length), ...moved, basis: year.basis };
    dates.splice(i + 1, 1);
  }
  let lastYear: string | null = yearBefore;
  let lastMonth: string | null = null;
  dates.forEach((d, i) => {
    if (WRITTEN_YEAR.test(d.text)) [lastYear, lastMonth] = [d.start.slice(0, 4), d.precision === 'year' ? null : d.start.slice(5, 7)];
    else if (lastYear && d.precision !== 'year' && SAME_YEAR_AFTER.test(text.slice(d.index + d.text.length, d.index + d.text.length + 30))) {
      const moved = inYear(d, lastYear);
      if (moved) dates[i] = { ...d, ...moved, basis: 'explicit' };
    } else if (lastYear && d.precision === 'day' && d.basis === 'explicit' && d.start.slice(5, 7) === lastMonth) {
      // "in August 2022 …, holding talks on Aug. 17": the day of a month the passage has just given its year.
      const moved = inYear(d, lastYear);
      if (moved) dates[i] = { ...d, ...moved };
    }
  });
  return dates;
}
