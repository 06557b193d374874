// A year alone after a preposition: "in 2024", "since 2015", "until 2030", "early 2024". The result is the
// year itself. A bare number is never a year ("2000 troops").
import { withBoundaries } from '../../boundaries';
import type { DateRule } from '../../rule';

export const enYear: DateRule = {
  name: 'enYear',
  pattern: withBoundaries('(?:in|during|since|by|until|through|throughout|early|mid-?|late|the\\s+year)\\s+((?:18|19|20|21)[0-9]{2})(?![0-9]|[.,][0-9]|-)'),
  extract(context, match) {
    const year = match[1];
    const index = (match.index ?? 0) + match[0].length - year.length;
    const result = context.createParsingResult(index, year);
    result.start.assign('year', Number(year)).imply('month', 1).imply('day', 1);
    return result;
  },
};
