// Drops results that name no day, weekday, month or year («الساعة 10:30», «مساء», "noon"), and «الآن»/"now".
import { keepIf } from '../../rule';

export const rejectTimeOnly = keepIf(
  'rejectTimeOnly',
  (_context, result) => !result.start.isOnlyTime() && !result.start.tags().has('casualReference/now'),
);
