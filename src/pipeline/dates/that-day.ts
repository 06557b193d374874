// «في مستهل ذلك اليوم», «مساء ذلك اليوم»: "that day" is the day the passage named last, not the publication day
// the date engine reads in a bare «اليوم».
import type { FoundDate } from './find-dates';

/** «ذلك» / «ذاك» right before «اليوم». */
const THAT_BEFORE = /(?:^|[^\p{L}])(?:ذلك|ذاك)\s+$/u;

/** The dates, a «ذلك اليوم» given the last day named before it in the passage, or dropped when none is. */
export function withThatDay(text: string, dates: FoundDate[]): FoundDate[] {
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (d.text !== 'اليوم' || !THAT_BEFORE.test(text.slice(Math.max(0, d.index - 8), d.index))) continue;
    const named = dates.slice(0, i).findLast((e) => e.precision === 'day');
    if (named) dates[i] = { ...d, start: named.start, end: named.end, basis: named.basis };
    else dates.splice(i--, 1);
  }
  return dates;
}
