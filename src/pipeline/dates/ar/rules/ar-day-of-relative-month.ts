// A day of a month named relatively: «في العشرين من الشهر الماضي», «في الـ3 من الشهر الجاري»,
// «الخامس من هذا الشهر», «في 15 من الشهر المقبل». chrono.ar needs a month name for a day.
import { daysInMonth, referenceDay, setDay } from '../../calendar';
import { withBoundaries } from '../../boundaries';
import { TAG, type DateRule } from '../../rule';
import { MODIFIER, modifierDelta } from '../constants';
import { AR_ORDINAL_PATTERN, dayNumber } from '../ordinals';

export const arDayOfRelativeMonth: DateRule = {
  name: 'arDayOfRelativeMonth',
  gate: /من\s+(?:هذا\s+)?الشهر/,
  pattern: withBoundaries(`(?:في\\s+)?(${AR_ORDINAL_PATTERN}|[0-9]{1,2})\\s*من\\s+(?:(هذا)\\s+)?الشهر(?:\\s+(${MODIFIER}))?`),
  extract(context, match) {
    const [, dayWord, demonstrative, modifier] = match;
    const delta = modifierDelta(modifier) ?? (demonstrative ? 0 : null);
    const day = dayNumber(dayWord);
    if (delta === null || day === null) return null;
    const published = referenceDay(context);
    const monthIndex = published.y * 12 + (published.m - 1) + delta;
    const y = Math.floor(monthIndex / 12);
    const m = (monthIndex % 12) + 1;
    if (day > daysInMonth(y, m)) return null;
    const components = context.createParsingComponents();
    setDay(components, { y, m, d: day }, true);
    return components.addTag(TAG.relative);
  },
};
