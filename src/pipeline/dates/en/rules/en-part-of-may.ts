// "in early May as tensions rose", "late May when": chrono reads a capitalised "May" after "early", "mid" or "late"
// as the verb unless punctuation follows, and finds no date. The other months it reads; this one is ours.
import { withBoundaries } from '../../boundaries';
import type { DateRule } from '../../rule';

const MAY = 5;

export const enPartOfMay: DateRule = {
  name: 'enPartOfMay',
  gate: /May/,
  pattern: withBoundaries('(?:[Ee]arly|[Mm]id-?|[Ll]ate)\\s*(May)(?:\\s+((?:19|20|21)[0-9]{2}))?', 'u'),
  extract(context, match) {
    const components = context.createParsingComponents({ month: MAY });
    if (match[2]) components.assign('year', Number(match[2]));
    return components.imply('day', 1);
  },
};
