// «الشهر الماضي», «العام الماضي», «الأسبوع الماضي», «هذا الشهر», «الشهر الحالي», «مطلع الشهر»,
// «في وقت سابق من هذا الشهر», «العام المقبل». Replaces chrono's ARRelativeDateFormatParser, which also takes a
// bare «العام» («الأمين العام» = secretary-general) or «السنة» («أهل السنة») for a date.
import { addDays, referenceDay, setDay, weekStart } from '../../calendar';
import { anyOf, withBoundaries } from '../../boundaries';
import { TAG, type DateRule } from '../../rule';
import { AR_WEEK_START, MODIFIER, modifierDelta, PERIOD_CUES } from '../constants';

const UNITS: Record<string, 'month' | 'week' | 'year'> = {
  الشهر: 'month', الاسبوع: 'week', العام: 'year', السنة: 'year', السنه: 'year',
};
const PERIODS = anyOf(Object.keys(UNITS));

export const arRelativePeriod: DateRule = {
  name: 'arRelativePeriod',
  // the rule needs a cue, «هذا»/«هذه» or a modifier next to the period word (not «الأمين العام»)
  gate: new RegExp(`(?:هذا|هذه|${PERIOD_CUES})\\s+(?:من\\s+)?${PERIODS}|${PERIODS}\\s+${MODIFIER}`, 'u'),
  pattern: withBoundaries(
    `([وفبل]{0,2})(?:في\\s+)?(?:(${PERIOD_CUES})\\s+(?:من\\s+)?)?(?:(هذا|هذه)\\s+)?(${PERIODS})(?:\\s+(${MODIFIER}))?`,
  ),
  extract(context, match) {
    const [all, proclitic, cue, demonstrative, unitWord, modifier] = match;
    const delta = modifierDelta(modifier);
    if (delta === null && !cue && !demonstrative) return null;
    const shift = delta ?? 0;
    const published = referenceDay(context);
    // «ومطلع الشهر»: the expression starts after the glued «و»
    const result = context.createParsingResult((match.index ?? 0) + proclitic.length, all.slice(proclitic.length));
    result.addTag(TAG.relative);
    const unit = UNITS[unitWord.replace(/\s+/g, ' ')];
    if (unit === 'week') {
      const first = addDays(weekStart(published, AR_WEEK_START), 7 * shift);
      setDay(result.start, first, true);
      result.end = context.createParsingComponents();
      setDay(result.end, addDays(first, 6), true);
      return result;
    }
    if (unit === 'year') {
      result.start.assign('year', published.y + shift).imply('month', 1).imply('day', 1);
      return result;
    }
    const monthIndex = published.y * 12 + (published.m - 1) + shift;
    result.start.assign('year', Math.floor(monthIndex / 12)).assign('month', (monthIndex % 12) + 1).imply('day', 1);
    return result;
  },
};
