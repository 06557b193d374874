// «في مستهل ذلك اليوم», «مساء ذلك اليوم»: "that day" is the day the passage named last, not the publication day
// the date engine reads in a bare «اليوم». So is «في مستهل اليوم» ("at the day's start") once a day is named before
// it: the start or end of a day already told is that day's (while «صباح اليوم» alone is this morning).
import type { FoundDate } from './find-dates';

/** «ذلك» / «ذاك» right before «اليوم». */
const THAT_BEFORE = /(?:^|[^\p{L}])(?:ذلك|ذاك)\s+$/u;

/** «مستهل», «بداية», «ختام», «نهاية» right before «اليوم»: which day's start or end follows from what was told. */
const BOUND_BEFORE = /(?:^|[^\p{L}])(?:[وف]?[بل]?)(?:مستهل|بداية|مطلع|ختام|نهاية)\s+$/u;

/** The dates, a «ذلك اليوم» given the last day named before it in the passage, or dropped when none is. */
export function withThatDay(text: string, dates: FoundDate[]): FoundDate[] {
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (d.text !== 'اليوم') continue;
    const before = text.slice(Math.max(0, d.index - 10), d.index);
    const that = THAT_BEFORE.test(before);
    if (!that && !BOUND_BEFORE.test(before)) continue;
    const named = dates.slice(0, i).findLast((e) => e.precision === 'day');
    if (named) dates[i] = { ...d, start: named.start, end: named.end, basis: named.basis };
    else if (that) dates.splice(i--, 1);
  }
  return dates;
}
