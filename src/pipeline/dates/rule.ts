// The shape of hand-written date rules and refiners, plugged into chrono's own Parser/Refiner interfaces.
import type { ParsedResult, Parser, ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { isLeftEdge } from './boundaries';

/** Tags this stage puts on chrono components (chrono's own tags look like `casualReference/today`). */
export const TAG = {
  /** Produced by one of our rules (so the noise filters for chrono's own results leave it alone). */
  own: 'dates/own',
  /** Computed from the publication date. */
  relative: 'dates/relative',
  /** The year (or the whole date) was taken from the publication date. */
  fromReference: 'dates/from-reference',
  /** Two month names for one month («مارس/آذار») merged into one result. */
  paired: 'dates/paired',
  past: 'dates/dir-past',
  current: 'dates/dir-current',
  next: 'dates/dir-next',
} as const;

/** Fails at once: anchored, so the engine does not retry it at every position. */
const NEVER = /^(?!)/;

/** chrono tags that mean "computed from the reference date". */
const RELATIVE_TAG_PREFIXES = ['casualReference/', 'result/relativeDate', TAG.relative];

export interface DateRule {
  name: string;
  /** Compiled once; use `withBoundaries` for word edges. */
  pattern: RegExp;
  /** Optional cheap test the text must pass before `pattern` scans it. */
  gate?: RegExp;
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingComponents | ParsingResult | null;
}

export interface DateRefiner extends Refiner {
  name: string;
}

function isResult(value: ParsingComponents | ParsingResult): value is ParsingResult {
  return 'start' in value;
}

/** A rule as a chrono Parser: checks the left word edge against the whole text and tags what it finds. */
export function toParser(rule: DateRule, useGate = true): Parser {
  const { gate } = rule;
  return {
    pattern: (context) => (useGate && gate && !gate.test(context.text) ? NEVER : rule.pattern),
    extract(context, match) {
      if (!isLeftEdge(context.text, match.index ?? 0)) return null;
      const found = rule.extract(context, match);
      if (found) (isResult(found) ? found.start : found).addTag(TAG.own);
      return found;
    },
  };
}

/** A refiner that keeps the results for which `keep` is true. */
export function keepIf(name: string, keep: (context: ParsingContext, result: ParsingResult) => boolean): DateRefiner {
  return { name, refine: (context, results) => results.filter((result) => keep(context, result)) };
}

export function hasTag(result: ParsingResult, tag: string): boolean {
  return result.start.tags().has(tag);
}

export function isRelative(result: ParsedResult): boolean {
  for (const tag of result.tags()) if (RELATIVE_TAG_PREFIXES.some((prefix) => tag.startsWith(prefix))) return true;
  return result.start.isCertain('weekday') && !result.start.isCertain('day');
}

/** A weekday with no day, month or year («الخميس», "last Thursday"). */
export function isWeekdayOnly(result: ParsingResult): boolean {
  return result.start.isOnlyWeekdayComponent() && !result.start.isCertain('hour');
}

/** A month with no day («في يوليو», «آذار»). */
export function isMonthOnly(result: ParsingResult): boolean {
  return result.start.isCertain('month') && !result.start.isCertain('day');
}
