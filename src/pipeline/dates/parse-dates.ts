// Runs a locale's chrono engine (ar/index.ts, en/index.ts) on normalised text and maps its results to FoundDates on the original text.
import type { Chrono } from 'chrono-node';
import { parseIsoDay } from './calendar';
import type { FoundDate } from './find-dates';
import type { NormalizedText } from './normalize-for-dates';
import { toFoundDate } from './to-found-date';

/** Reference used when the publication day is unknown: results that depend on it are dropped. */
const UNKNOWN_REFERENCE = '2000-01-01';

/**
 * A new, empty list of found dates: every list findDates returns is made here, so that all come from one array
 * literal. V8 then gives them all, empty or not, the elements kind of an array of objects; an empty `[]` made
 * elsewhere has another kind, and the stages that read both (extractEvents) are deoptimised and compiled again.
 */
export const newDateList = (): FoundDate[] => [];

/** Sorted by index; of overlapping results the longer one stays (the earlier one on a tie). */
function removeOverlaps(found: FoundDate[]): FoundDate[] {
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept = newDateList();
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (!last || date.index >= last.index + last.text.length) kept.push(date);
    else if (date.text.length > last.text.length) kept[kept.length - 1] = date;
  }
  return kept;
}

/** «الجمعة 1446/9/28 هـ الموافق 2025/03/28 م»: a date of the Hijri calendar, which the engines read as a Gregorian one
 *  (the Hijri years of modern times run from 1300, 1882 CE, to 1500, 2077 CE; news tells of no contact in those
 *  Gregorian years). */
const ofHijriYear = (date: FoundDate) => date.start >= '1300' && date.start < '1500';

export function parseDates(original: string, normalized: NormalizedText, engine: Chrono, published: string | null): FoundDate[] {
  const reference = parseIsoDay(published) ? published : null;
  const results = engine.parse(normalized.text, {
    instant: new Date(`${reference ?? UNKNOWN_REFERENCE}T12:00:00Z`),
    timezone: 0,
  });
  const found: FoundDate[] = [];
  for (const result of results) {
    const date = toFoundDate(result, original, normalized, reference !== null);
    if (date && !ofHijriYear(date)) found.push(date);
  }
  return removeOverlaps(found);
}
