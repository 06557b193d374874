// «اليوم الجمعة», «أمس الخميس», «الثلاثاء، 10 مارس 2026», "Tuesday (March 10)": a weekday next to a day
// names ONE day. Next to a relative day the weekday decides (the nearest such weekday, ±3 days), which
// also repairs a publication date that is one day off; next to an explicit date the date decides.
import type { ParsingContext, ParsingResult } from 'chrono-node';
import { addDays, componentsDay, setDay, weekdayOf } from '../../calendar';
import { isRelative, isWeekdayOnly, TAG, type DateRefiner } from '../../rule';

const BETWEEN = /^\s*[,،(（]?\s*$/;

function merge(context: ParsingContext, left: ParsingResult, right: ParsingResult, between: string): ParsingResult {
  const weekdayFirst = isWeekdayOnly(left);
  const day = weekdayFirst ? right : left;
  const weekday = (weekdayFirst ? left : right).start.get('weekday') ?? 0;
  const merged = day.clone();
  if (isRelative(day)) {
    const base = componentsDay(day.start);
    let shift = (weekday - weekdayOf(base) + 7) % 7;
    if (shift > 3) shift -= 7;
    setDay(merged.start, addDays(base, shift), true);
    merged.addTag(TAG.relative);
  }
  merged.start.assign('weekday', weekday);
  merged.index = left.index;
  merged.text = left.text + between + right.text;
  const after = left.index + merged.text.length;
  if (between.includes('(') && context.text[after] === ')') merged.text += ')';
  return merged;
}

function canMerge(left: ParsingResult, right: ParsingResult): boolean {
  if (isWeekdayOnly(left)) return right.start.isCertain('day') && !isWeekdayOnly(right);
  return isWeekdayOnly(right) && left.start.isCertain('day');
}

export const mergeWeekdayWithDay: DateRefiner = {
  name: 'mergeWeekdayWithDay',
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const last = out[out.length - 1];
      const between = last ? context.text.slice(last.index + last.text.length, result.index) : '';
      if (last && BETWEEN.test(between) && canMerge(last, result)) out[out.length - 1] = merge(context, last, result, between);
      else out.push(result);
    }
    return out;
  },
};
