// A year alone after a preposition: "in 2024", "since 2015", "until 2030", "early 2024".
// A bare number is never a year ("2000 troops"; chrono's filters also drop all-digit results).
import { withBoundaries } from '../../boundaries';
import type { DateRule } from '../../rule';

export const enYear: DateRule = {
  name: 'enYear',
  gate: /[0-9]/,
  pattern: withBoundaries('(?:in|during|since|by|until|through|throughout|early|mid-?|late|the\\s+year)\\s+((?:18|19|20|21)[0-9]{2})(?![0-9]|[.,][0-9]|-)'),
  extract(context, match) {
    const components = context.createParsingComponents({ year: Number(match[1]) });
    return components.imply('month', 1).imply('day', 1);
  },
};
