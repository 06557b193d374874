// A chrono result (on the normalised text) → a FoundDate (on the original text).
import type { ParsedResult } from 'chrono-node';
import type { DatePrecision } from '../../schema/dataset';
import { compareYmd, daysInMonth, isValidYmd, toIsoDay, type Ymd } from './calendar';
import type { FoundDate } from './find-dates';
import { toOriginalSpan, type NormalizedText } from './normalize-for-dates';
import { isRelative, TAG } from './rule';

const EDGE_JUNK = /[\s,،]/;

function precisionOf(result: ParsedResult): DatePrecision | null {
  const { start } = result;
  if (start.isCertain('day') || start.isCertain('weekday')) return 'day';
  if (start.isCertain('month')) return 'month';
  if (start.isCertain('year')) return 'year';
  return null;
}

function dayOf(components: ParsedResult['start']): Ymd {
  return { y: components.get('year') ?? NaN, m: components.get('month') ?? NaN, d: components.get('day') ?? NaN };
}

function spanOf(result: ParsedResult, precision: DatePrecision): [Ymd, Ymd] | null {
  const first = dayOf(result.start);
  if (precision === 'year') return [{ y: first.y, m: 1, d: 1 }, { y: first.y, m: 12, d: 31 }];
  if (precision === 'month') {
    const start = { y: first.y, m: first.m, d: 1 };
    return isValidYmd(start) ? [start, { ...start, d: daysInMonth(start.y, start.m) }] : null;
  }
  if (!isValidYmd(first)) return null;
  const last = result.end ? dayOf(result.end) : first;
  return [first, isValidYmd(last) && compareYmd(last, first) > 0 ? last : first];
}

/** Drops a leading «(» or a trailing «)» that has no partner inside the span (chrono's weekday pattern takes them). */
function trimUnbalanced(text: string, from: number, to: number): [number, number] {
  const span = text.slice(from, to);
  if (/^[(（]/.test(span) && !/[)）]/.test(span)) from++;
  if (/[)）]$/.test(span) && !/[(（]/.test(span)) to--;
  while (from < to && EDGE_JUNK.test(text[from])) from++;
  while (to > from && EDGE_JUNK.test(text[to - 1])) to--;
  return [from, to];
}

export function toFoundDate(result: ParsedResult, original: string, normalized: NormalizedText, hasReference: boolean): FoundDate | null {
  const precision = precisionOf(result);
  if (!precision) return null;
  const basis = isRelative(result) ? 'relative' : 'explicit';
  const usesReference = basis === 'relative' || !result.start.isCertain('year') || result.tags().has(TAG.fromReference);
  if (usesReference && !hasReference) return null;
  const span = spanOf(result, precision);
  if (!span || span[0].y < 1000 || span[1].y > 2999) return null;
  let from = result.index;
  let to = result.index + result.text.length;
  while (from < to && EDGE_JUNK.test(normalized.text[from])) from++;
  while (to > from && EDGE_JUNK.test(normalized.text[to - 1])) to--;
  [from, to] = trimUnbalanced(normalized.text, from, to);
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
