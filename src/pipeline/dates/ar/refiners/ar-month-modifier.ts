// A month date followed by a modifier: «أكتوبر الماضي» (the last October before publication),
// «تشرين الأول الحالي» (this year's), «مارس المقبل» (the next one), or by a relative year:
// «في مارس من العام الماضي». The words join the result's text; the year choice is left to inferYear
// through a direction tag, or fixed here for «من العام الماضي».
import type { ParsingResult } from 'chrono-node';
import { referenceDay } from '../../calendar';
import { isRelative, TAG, type DateRefiner } from '../../rule';
import { MODIFIER, modifierDelta } from '../constants';

const DIRECT = new RegExp(`^\\s*(${MODIFIER})(?![\\p{L}])`, 'u');
const OF_YEAR = new RegExp(`^\\s*[,،]?\\s*(?:من\\s+)?(?:(هذا|هذه)\\s+)?(?:العام|السنة|السنه)(?:\\s+(${MODIFIER}))?(?![\\p{L}])`, 'u');
const DIRECTION_TAG = { '-1': TAG.past, '0': TAG.current, '1': TAG.next } as const;

function extend(context: Parameters<DateRefiner['refine']>[0], result: ParsingResult): boolean {
  const end = result.index + result.text.length;
  const after = context.text.slice(end, end + 48);
  const direct = DIRECT.exec(after);
  if (direct) {
    const delta = modifierDelta(direct[1]) ?? 0;
    result.addTag(DIRECTION_TAG[String(delta) as keyof typeof DIRECTION_TAG]);
    result.text += direct[0];
    return true;
  }
  const ofYear = OF_YEAR.exec(after);
  const delta = ofYear ? (modifierDelta(ofYear[2]) ?? (ofYear[1] ? 0 : null)) : null;
  if (!ofYear || delta === null) return false;
  result.start.assign('year', referenceDay(context).y + delta);
  result.addTag(TAG.fromReference);
  result.text += ofYear[0];
  return true;
}

export const arMonthModifier: DateRefiner = {
  name: 'arMonthModifier',
  refine(context, results) {
    const out: ParsingResult[] = [];
    let coveredTo = -1;
    for (const result of results) {
      if (result.index < coveredTo) continue; // swallowed by the previous result's modifier
      const { start } = result;
      if (start.isCertain('month') && !start.isCertain('year') && !isRelative(result) && extend(context, result)) {
        coveredTo = result.index + result.text.length;
      }
      out.push(result);
    }
    return out;
  },
};
