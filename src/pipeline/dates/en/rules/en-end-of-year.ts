// "before the end of the year", "by the end of this year": the publication's year (the Arabic «نهاية العام» is one).
import { referenceDay } from '../../calendar';
import { withBoundaries } from '../../boundaries';
import { TAG, type DateRule } from '../../rule';

export const enEndOfYear: DateRule = {
  name: 'enEndOfYear',
  gate: /year/i,
  pattern: withBoundaries('(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+year'),
  extract(context, match) {
    const components = context.createParsingComponents({ year: referenceDay(context).y });
    const result = context.createParsingResult(match.index ?? 0, match[0], components.imply('month', 1).imply('day', 1));
    return result.addTag(TAG.relative);
  },
};
