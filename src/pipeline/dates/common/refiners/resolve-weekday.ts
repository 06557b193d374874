// A bare weekday in news («الخميس», "Thursday") is the latest such day on or before publication;
// chrono picks the nearest one, which can be in the future. With a modifier ("last", «الماضي», «المقبل»)
// chrono's choice stands.
import { addDays, referenceDay, setDay, weekdayOf } from '../../calendar';
import { isWeekdayOnly, TAG, type DateRefiner } from '../../rule';

export function resolveWeekday(modifier: RegExp): DateRefiner {
  return {
    name: 'resolveWeekday',
    refine(context, results) {
      const published = referenceDay(context);
      for (const result of results) {
        if (!isWeekdayOnly(result)) continue;
        result.addTag(TAG.relative);
        if (modifier.test(result.text)) continue;
        const weekday = result.start.get('weekday') ?? 0;
        setDay(result.start, addDays(published, -((weekdayOf(published) - weekday + 7) % 7)), false);
      }
      return results;
    },
  };
}
