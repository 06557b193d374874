// chrono.en gives "this month" / "this year" without a relative tag (it computes no duration): tag them,
// so they count as relative and are dropped when the publication date is unknown.
import { TAG, type DateRefiner } from '../../rule';

const RELATIVE_PERIOD = /\b(?:this|last|next|previous|coming)\s+(?:week|month|year|quarter)\b/i;

export const enMarkRelative: DateRefiner = {
  name: 'enMarkRelative',
  refine(_context, results) {
    for (const result of results) if (RELATIVE_PERIOD.test(result.text)) result.addTag(TAG.relative);
    return results;
  },
};
