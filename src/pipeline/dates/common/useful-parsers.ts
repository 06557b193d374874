// Keeps the chrono parsers that find a date (a day, weekday, month or year) in at least one of the
// phrases a locale wants chrono to find. chrono.ar's duration, clock-time and relative-period parsers
// only produce results our filters drop, and each parser costs a full regex scan per passage.
// Chosen by behaviour, not by class name: a production build minifies class names.
import { Chrono, type Parser } from 'chrono-node';

const PROBE_REFERENCE = { instant: new Date('2024-10-11T12:00:00Z'), timezone: 0 };

function findsDate(parser: Parser, probes: readonly string[]): boolean {
  const alone = new Chrono({ parsers: [parser], refiners: [] });
  return probes.some((probe) =>
    alone
      .parse(probe, PROBE_REFERENCE)
      .some(({ start }) => start.isCertain('day') || start.isCertain('weekday') || start.isCertain('month') || start.isCertain('year')),
  );
}

export function usefulParsers(parsers: readonly Parser[], probes: readonly string[]): Parser[] {
  return parsers.filter((parser) => findsDate(parser, probes));
}
