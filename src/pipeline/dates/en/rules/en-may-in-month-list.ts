// "in March, May and June", "May and June": chrono reads a capitalised "May" followed by a word as the verb. Next to
// another month name in a list it is the month. The list is checked on the whole text (chrono scans what follows
// its last result, so a lookbehind would not see the month before).
import { withBoundaries } from '../../boundaries';
import type { DateRule } from '../../rule';

const MAY = 5;
const OTHER_MONTH = '(?:January|February|March|April|June|July|August|September|October|November|December)';
const LIST_JOIN = '(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)';
const MONTH_BEFORE = new RegExp(`\\b${OTHER_MONTH}${LIST_JOIN}$`);
const MONTH_AFTER = new RegExp(`^${LIST_JOIN}${OTHER_MONTH}\\b`);

export const enMayInMonthList: DateRule = {
  name: 'enMayInMonthList',
  gate: /May/,
  pattern: withBoundaries('May', 'u'),
  extract(context, match) {
    const at = match.index ?? 0;
    const { text } = context;
    if (!MONTH_BEFORE.test(text.slice(Math.max(0, at - 16), at)) && !MONTH_AFTER.test(text.slice(at + 3, at + 20))) return null;
    return context.createParsingComponents({ month: MAY }).imply('day', 1);
  },
};
