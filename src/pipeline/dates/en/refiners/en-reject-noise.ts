// Runs BEFORE chrono's own refiners: drops durations ("for three weeks", "within 2 days"; "3 days ago"
// stays), chrono's one-day "last week" (enRelativeWeek gives the span), weekday abbreviations ("Sun" the
// newspaper, "Sat" the verb) and lower-case month words ("a march", "may").
import { hasTag, isMonthOnly, isWeekdayOnly, keepIf, TAG } from '../../rule';

const RELATIVE_PERIOD = /^(?:the\s+)?(?:last|this|next|previous)\s+(?:month|year)$/i;
const WEEKDAY = /\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const MONTH = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

export const enRejectNoise = keepIf('enRejectNoise', (_context, result) => {
  if (hasTag(result, TAG.own)) return true;
  const { start } = result;
  if (result.tags().has('result/relativeDate')) {
    if (RELATIVE_PERIOD.test(result.text)) return true;
    return /\bago$/i.test(result.text) && start.isCertain('weekday') && !start.isCertain('hour');
  }
  if (isWeekdayOnly(result)) return WEEKDAY.test(result.text);
  if (isMonthOnly(result) && !start.isCertain('year')) return MONTH.test(result.text);
  return true;
});
