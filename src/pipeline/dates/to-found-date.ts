// A chrono result (on the normalised text) → a FoundDate (on the original text).
import type { ParsedResult } from 'chrono-node';
import type { DatePrecision } from '../../schema/dataset';
import { compareYmd, daysInMonth, isValidYmd, toIsoDay, type Ymd } from './calendar';
import type { FoundDate } from './find-dates';
import { toOriginalSpan, type NormalizedText } from './normalize-for-dates';
import { isRelative, TAG } from './rule';

const EDGE_JUNK = /[\s,،]/;

/**
 * "at the end of September", "by the end of last month": chrono moves to the period's last day, but the text gives
 * only the period, as «في نهاية سبتمبر» does. (The end of a week stays the day chrono gives.)
 */
function endOfPeriod(result: ParsedResult): DatePrecision | null {
  if (!result.tags().has('refiner/ENEndOfPeriodRefiner')) return null;
  if (/\byear\b/i.test(result.text)) return 'year';
  return /\bweek\b/i.test(result.text) ? null : 'month';
}

function precisionOf(result: ParsedResult): DatePrecision | null {
  const period = endOfPeriod(result);
  if (period) return period;
  const { start } = result;
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return null;
}

function dayOf(components: ParsedResult['start']): Ymd {
  return { y: components.get('year') ?? NaN, m: components.get('month') ?? NaN, d: components.get('day') ?? NaN };
}

/** The first and last day of the period of `precision` that `from` opens and `to` closes. */
function periodSpan(from: Ymd, to: Ymd, precision: DatePrecision): [Ymd, Ymd] {
  if (precision === 'year') return [{ y: from.y, m: 1, d: 1 }, { y: to.y, m: 12, d: 31 }];
  if (precision === 'month') return [{ ...from, d: 1 }, { ...to, d: isValidYmd({ ...to, d: 1 }) ? daysInMonth(to.y, to.m) : NaN }];
  return [from, to];
}

/**
 * First and last day; a range («من مارس إلى مايو», «من 10 إلى 12 مارس») ends with its end's period. A range whose end
 * is not after its start is the start's period alone (a month still ends on its last day).
 */
function spanOf(result: ParsedResult, precision: DatePrecision): [Ymd, Ymd] | null {
  const first = dayOf(result.start);
  const to = result.end && result.end.isCertain(precision) ? dayOf(result.end) : first;
  const span = periodSpan(first, to, precision);
  if (!isValidYmd(span[0])) return null;
  return isValidYmd(span[1]) && compareYmd(span[1], span[0]) > 0 ? span : periodSpan(first, first, precision);
}

function trimJunk(text: string, from: number, to: number): [number, number] {
  while (from < to && EDGE_JUNK.test(text[from])) from++;
  while (to > from && EDGE_JUNK.test(text[to - 1])) to--;
  return [from, to];
}

/** Trims spaces and commas, and a «(» or «)» with no partner inside the span (chrono's weekday pattern takes them). */
function trimEdges(text: string, start: number, end: number): [number, number] {
  let [from, to] = trimJunk(text, start, end);
  const span = text.slice(from, to);
  if (/^[(（]/.test(span) && !/[)）]/.test(span)) from++;
  if (/[)）]$/.test(span) && !/[(（]/.test(span)) to--;
  return trimJunk(text, from, to);
}

/**
 * A weekday with no number written, yet a known day: chrono merged it with a relative day («الأحد أمس»,
 * "Sunday yesterday") and dropped the relative tags on the way, so the day was computed from the reference.
 */
function mergedWeekday(result: ParsedResult, text: string): boolean {
  return result.start.isCertain('weekday') && result.start.isCertain('year') && !/[0-9]/.test(text.slice(result.index, result.index + result.text.length));
}

export function toFoundDate(result: ParsedResult, original: string, normalized: NormalizedText, hasReference: boolean): FoundDate | null {
  const precision = precisionOf(result);
  if (!precision) return null;
  const basis = isRelative(result) || mergedWeekday(result, normalized.text) ? 'relative' : 'explicit';
  const usesReference = basis === 'relative' || !result.start.isCertain('year') || result.tags().has(TAG.fromReference);
  if (usesReference && !hasReference) return null;
  const span = spanOf(result, precision);
  if (!span || span[0].y < 1000 || span[1].y > 2999) return null;
  const [from, to] = trimEdges(normalized.text, result.index, result.index + result.text.length);
  if (from === to) return null;
  const [index, end] = toOriginalSpan(normalized, from, to);
  return {
    index,
    text: original.slice(index, end),
    start: toIsoDay(span[0]),
    end: toIsoDay(span[1]),
    precision,
    basis,
  };
}
