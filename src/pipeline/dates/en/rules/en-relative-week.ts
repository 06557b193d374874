// "last week", "this week", "next week": the seven days of that week (Monday first). chrono gives one day.
import { addDays, referenceDay, setDay, weekStart } from '../../calendar';
import { withBoundaries } from '../../boundaries';
import { TAG, type DateRule } from '../../rule';

const SHIFT: Record<string, number> = { last: -1, previous: -1, past: -1, this: 0, next: 1, coming: 1 };
export const EN_WEEK_START = 1;

export const enRelativeWeek: DateRule = {
  name: 'enRelativeWeek',
  gate: /week/i,
  pattern: withBoundaries('(?:the\\s+)?(last|previous|this|next|coming)\\s+week'),
  extract(context, match) {
    const first = addDays(weekStart(referenceDay(context), EN_WEEK_START), 7 * SHIFT[match[1].toLowerCase()]);
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    setDay(result.start, first, true);
    result.end = context.createParsingComponents();
    setDay(result.end, addDays(first, 6), true);
    return result.addTag(TAG.relative);
  },
};
