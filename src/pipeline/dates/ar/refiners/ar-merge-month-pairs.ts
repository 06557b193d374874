// «10 مارس/آذار», «آذار (مارس)», «الأول من أكتوبر/تشرين الأول»: two names of one month are ONE date.
// A year given after the second name («10 مارس/آذار 2026») belongs to the whole date.
import type { ParsingResult } from 'chrono-node';
import { isMonthOnly, TAG, type DateRefiner } from '../../rule';

const BETWEEN = /^\s*[/(（]\s*$/u;

function isPair(left: ParsingResult, right: ParsingResult, between: string): boolean {
  return (
    left.start.isCertain('month') &&
    isMonthOnly(right) &&
    left.start.get('month') === right.start.get('month') &&
    BETWEEN.test(between)
  );
}

export const arMergeMonthPairs: DateRefiner = {
  name: 'arMergeMonthPairs',
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (const result of results) {
      const last = out[out.length - 1];
      const between = last ? context.text.slice(last.index + last.text.length, result.index) : '';
      if (!last || !isPair(last, result, between)) {
        out.push(result);
        continue;
      }
      const merged = last.clone();
      if (result.start.isCertain('year') && !last.start.isCertain('year')) merged.start.assign('year', result.start.get('year') ?? 0);
      merged.text = last.text + between + result.text;
      if (between.includes('(') && context.text[merged.index + merged.text.length] === ')') merged.text += ')';
      out[out.length - 1] = merged.addTag(TAG.paired);
    }
    return out;
  },
};
