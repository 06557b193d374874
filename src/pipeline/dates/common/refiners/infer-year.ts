// A day or month without a year («27 سبتمبر», «في يوليو», "on March 10") gets the latest such date NOT
// after publication (news reports the past); chrono picks the nearest year, which can be in the future.
// A direction tag from a modifier («الماضي», «الحالي», «المقبل») changes the choice.
import type { ParsingResult } from 'chrono-node';
import { compareYmd, isValidYmd, referenceDay, type Ymd } from '../../calendar';
import { hasTag, isMonthOnly, TAG, type DateRefiner } from '../../rule';

type Direction = 'past' | 'current' | 'next' | 'notAfter';

function directionOf(result: ParsingResult): Direction {
  if (hasTag(result, TAG.past)) return 'past';
  if (hasTag(result, TAG.current)) return 'current';
  if (hasTag(result, TAG.next)) return 'next';
  return 'notAfter';
}

/** The year for month `m` (and day `d`, or the whole month when `d` is null) seen from `published`. */
export function chooseYear(published: Ymd, m: number, d: number | null, direction: Direction): number {
  const cmp = d === null ? m - published.m : compareYmd({ y: published.y, m, d }, published);
  let year = published.y;
  if (direction === 'notAfter' && cmp > 0) year--;
  if (direction === 'past' && cmp >= 0) year--;
  if (direction === 'next' && cmp <= 0) year++;
  const step = direction === 'next' ? 1 : -1;
  for (let i = 0; d !== null && i < 8 && !isValidYmd({ y: year, m, d }); i++) year += step; // 29 February
  return year;
}

export const inferYear: DateRefiner = {
  name: 'inferYear',
  refine(context, results) {
    const published = referenceDay(context);
    for (const result of results) {
      const { start, end } = result;
      if (!start.isCertain('month') || start.isCertain('year')) continue;
      const month = start.get('month') ?? 1;
      const day = isMonthOnly(result) ? null : (start.get('day') ?? 1);
      const year = chooseYear(published, month, day, directionOf(result));
      start.imply('year', year);
      if (end && !end.isCertain('year')) {
        const endBefore = (end.get('month') ?? 1) < month;
        end.imply('year', endBefore ? year + 1 : year);
      }
      result.addTag(TAG.fromReference);
    }
    return results;
  },
};
