// «في النصف الأول من تشرين الثاني», «الأسبوع الثاني من مارس», «العشر الأواخر من رمضان»: a part of the month, not its
// first or second day, which is what chrono reads in «الأول من تشرين الثاني». The month is what the text gives.
import type { ParsingResult } from 'chrono-node';
import type { DateRefiner } from '../../rule';

/** The part of a month an ordinal after it counts (normalised text: alefs folded). */
const PART_BEFORE = /(?:^|[^\p{L}])(?:ال)?(?:نصف|اسبوع|ثلث|عشر|عشره|ربع|شطر)\s+$/u;
const ORDINAL_FIRST = /^(?:في\s+)?ال(?:اول|اولى|ثاني|ثانيه|ثالث|ثالثه|رابع|اخير|اخيره|اواخر|اوائل)(?![\p{L}])/u;

export const arPartOfMonth: DateRefiner = {
  name: 'arPartOfMonth',
  refine(context, results) {
    for (const result of results as ParsingResult[]) {
      if (!result.start.isCertain('day') || !result.start.isCertain('month') || !ORDINAL_FIRST.test(result.text)) continue;
      if (!PART_BEFORE.test(context.text.slice(Math.max(0, result.index - 16), result.index))) continue;
      result.start.delete(['day', 'weekday']);
      result.start.imply('day', 1);
    }
    return results;
  },
};
