// «استقبله ماكرون يوم 18 يوليو من العام نفسه», "on July 18 of that year": a day written without its year, and
// said to be of the year just named, is of the year of the last date before it that wrote one (not the
// publication's, which chrono assumes).
import type { FoundDate } from './find-dates';

/** «من العام نفسه», «من العام ذاته», «من نفس العام», «من السنة نفسها», "of the same year", "of that year", "that same year". */
const SAME_YEAR_AFTER = /^[\s,،]*(?:من\s+(?:(?:ال)?عام|(?:ال)?سنة)\s+(?:نفسه|نفسها|ذاته|ذاتها)|من\s+(?:نفس|ذات)\s+(?:العام|السنة)|(?:of\s+)?(?:the|that)\s+same\s+year|of\s+that\s+year)(?![\p{L}])/iu;
const WRITTEN_YEAR = /(?<![0-9])[12][0-9]{3}(?![0-9])/;

/** The dates, those of «the same year» given it; changed in place (the list keeps the one elements kind findDates gives it). */
export function withSameYear(text: string, dates: FoundDate[]): FoundDate[] {
  let lastYear: string | null = null;
  dates.forEach((d, i) => {
    if (WRITTEN_YEAR.test(d.text)) lastYear = d.start.slice(0, 4);
    else if (lastYear && d.precision !== 'year' && SAME_YEAR_AFTER.test(text.slice(d.index + d.text.length, d.index + d.text.length + 30))) {
      dates[i] = { ...d, start: `${lastYear}${d.start.slice(4)}`, end: `${lastYear}${d.end.slice(4)}`, basis: 'explicit' };
    }
  });
  return dates;
}
