// Finds the dates in one passage: chrono (with our Arabic/English rules and refiners) on a normalised
// copy of the text, results mapped back to the original offsets.
import type { Chrono } from 'chrono-node';
import type { DatePrecision, Language } from '../../schema/dataset';
import { arChrono } from './ar';
import { mightHoldArabicDate } from './ar/constants';
import { parseIsoDay } from './calendar';
import { enChrono } from './en';
import { normalizeForDates } from './normalize-for-dates';
import { toFoundDate } from './to-found-date';

export interface FoundDate {
  /** Offset of the expression in the original `text` (UTF-16). */
  index: number;
  /** Exactly `text.slice(index, index + text.length)`. */
  text: string;
  /** 'YYYY-MM-DD' */
  start: string;
  /** 'YYYY-MM-DD': == start for a day, last day of the month for a month, Dec 31 for a year. */
  end: string;
  precision: DatePrecision;
  /** explicit: the text names the date; relative: computed from the publication date. */
  basis: 'explicit' | 'relative';
}

/** Reference used when the publication day is unknown: results that depend on it are dropped. */
const UNKNOWN_REFERENCE = '2000-01-01';
const ENGINES: Record<Language, Chrono> = { ar: arChrono, en: enChrono };

/** Sorted by index; of overlapping results the longer one stays (the earlier one on a tie). */
function removeOverlaps(found: FoundDate[]): FoundDate[] {
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: FoundDate[] = [];
  for (const date of found) {
    const last = kept[kept.length - 1];
    if (!last || date.index >= last.index + last.text.length) kept.push(date);
    else if (date.text.length > last.text.length) kept[kept.length - 1] = date;
  }
  return kept;
}

export function findDates(text: string, language: Language, published: string | null): FoundDate[] {
  const arabic = language === 'ar';
  const normalized = normalizeForDates(text, arabic);
  if (arabic && !mightHoldArabicDate(normalized.text)) return [];
  const reference = parseIsoDay(published) ? published! : null;
  const results = ENGINES[language].parse(normalized.text, {
    instant: new Date(`${reference ?? UNKNOWN_REFERENCE}T12:00:00Z`),
    timezone: 0,
  });
  const found: FoundDate[] = [];
  for (const result of results) {
    const date = toFoundDate(result, text, normalized, reference !== null);
    if (date) found.push(date);
  }
  return removeOverlaps(found);
}
