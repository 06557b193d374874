// Which day a weekday names, seen from the publication day (chrono picks the NEAREST one, which can be
// in the future, and its "next" skips a week):
//   bare («الخميس», "Thursday")            → the latest such day on or before publication;
//   past («الخميس الماضي», "last Thursday") → the latest such day strictly before publication;
//   next («الأحد المقبل», "next Sunday")    → the first such day strictly after publication;
//   this («هذا الخميس», "this Thursday")    → chrono's choice stands.
import { addDays, referenceDay, setDay, weekdayOf } from '../../calendar';
import { isWeekdayOnly, TAG, type DateRefiner } from '../../rule';

export interface WeekdayModifiers {
  past: RegExp;
  next: RegExp;
  this: RegExp;
}

export function resolveWeekday(modifiers: WeekdayModifiers): DateRefiner {
  return {
    name: 'resolveWeekday',
    refine(context, results) {
      const published = referenceDay(context);
      const today = weekdayOf(published);
      for (const result of results) {
        if (!isWeekdayOnly(result)) continue;
        result.addTag(TAG.relative);
        if (modifiers.this.test(result.text)) continue;
        const weekday = result.start.get('weekday') ?? 0;
        const back = (today - weekday + 7) % 7;
        let shift = -back;
        if (modifiers.past.test(result.text)) shift = -(back || 7);
        else if (modifiers.next.test(result.text)) shift = (weekday - today + 7) % 7 || 7;
        setDay(result.start, addDays(published, shift), false);
      }
      return results;
    },
  };
}
