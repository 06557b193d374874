// A month name alone is often not a date: «مارس» is also a verb («مارس الضغط» = exerted pressure),
// «نيسان» a car maker, «أب» (normalised to «اب» = آب) a father. Keep a bare month only with a cue before it
// («في يوليو», «منذ مارس», «لشهر أيار», «مطلع آذار»), a year, a modifier or a paired name.
import { anyOf } from '../../boundaries';
import { hasTag, isMonthOnly, keepIf, TAG } from '../../rule';
import { MONTH_CUES } from '../constants';

const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}_])[وفبل]{0,2}${MONTH_CUES}\\s*$`, 'u');
const CUE_INSIDE = new RegExp(`^${anyOf(['في', 'خلال', 'شهر'])}`, 'u');
const KEEPING_TAGS = [TAG.own, TAG.paired, TAG.past, TAG.current, TAG.next];

export const arRequireMonthCue = keepIf('arRequireMonthCue', (context, result) => {
  if (!isMonthOnly(result) || result.start.isCertain('year')) return true;
  if (KEEPING_TAGS.some((tag) => hasTag(result, tag)) || CUE_INSIDE.test(result.text)) return true;
  return CUE_BEFORE.test(context.text.slice(Math.max(0, result.index - 24), result.index));
});
