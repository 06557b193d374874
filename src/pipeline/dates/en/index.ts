// The English date engine: chrono.en.casual plus our rules and refiners, assembled ONCE, on first use.
// Order matters and lives only here. (chrono.en.GB would read "March 10" as March 2010.)
import * as chrono from 'chrono-node';
import { inferYear } from '../common/refiners/infer-year';
import { mergeWeekdayWithDay } from '../common/refiners/merge-weekday-with-day';
import { rejectShortNumeric } from '../common/refiners/reject-short-numeric';
import { rejectTimeOnly } from '../common/refiners/reject-time-only';
import { resolveWeekday } from '../common/refiners/resolve-weekday';
import { numericDmyDotted } from '../common/rules/numeric-dmy-dotted';
import { numericYmd } from '../common/rules/numeric-ymd';
import { selectParsers, type ProbeClass } from '../common/select-parsers';
import type { Refiner } from 'chrono-node';
import { hasTag, TAG, toParser, type DateRefiner, type DateRule } from '../rule';
import { enMarkRelative } from './refiners/en-mark-relative';
import { enRejectNoise } from './refiners/en-reject-noise';
import { enRelativeWeek } from './rules/en-relative-week';
import { enMayInMonthList } from './rules/en-may-in-month-list';
import { enPartOfMay } from './rules/en-part-of-may';
import { enYear } from './rules/en-year';
import { enEndOfYear } from './rules/en-end-of-year';

export const EN_RULES: DateRule[] = [enRelativeWeek, enYear, enEndOfYear, enPartOfMay, enMayInMonthList, numericYmd, numericDmyDotted];

/** What chrono.en must find, by class; see select-parsers.ts. */
export const EN_PROBE_CLASSES: ProbeClass[] = [
  { probes: ['2024-10-11', '10/03/2026', '2024/10/11'], gate: /[0-9]/ },
  {
    probes: ['on March 10', '10 March 2026', 'March 10, 2026', 'in July', 'July 2024'],
    gate: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
  },
  { probes: ['today', 'yesterday', 'tomorrow'], gate: /tod|tom|yes|ton|now|night/i },
  { probes: ['Thursday', 'last Thursday'], gate: /mon|tue|wed|thu|fri|sat|sun/i },
  { probes: ['last month', 'last year'], gate: /week|month|year|quarter/i },
  { probes: ['3 days ago'], gate: /ago/i },
];

/** Before chrono's refiners (see ar/index.ts). */
const EN_FILTERS: DateRefiner[] = [rejectTimeOnly, enRejectNoise, rejectShortNumeric, inferYear];

const EN_REFINERS: DateRefiner[] = [
  enMarkRelative,
  mergeWeekdayWithDay,
  resolveWeekday({ past: /\b(?:last|past|previous)\b/i, next: /\b(?:next|coming)\b/i, this: /\bthis\b/i }),
  inferYear,
];

/** chrono's filters (its refiners that only keep or drop) leave our rules' results alone: its unlikely-format filter
 *  drops every "May" not after "in", which enMayInMonthList finds as a month by the list it stands in. */
function sparingOwn(refiner: Refiner): Refiner {
  if (!('isValid' in refiner)) return refiner;
  return {
    refine: (context, results) => {
      const own = results.filter((r) => hasTag(r, TAG.own));
      if (own.length === 0) return refiner.refine(context, results);
      return [...own, ...refiner.refine(context, results.filter((r) => !hasTag(r, TAG.own)))].sort((a, b) => a.index - b.index);
    },
  };
}

/** `useGates = false` builds the same engine with every parser scanning every text (for tests). */
export function createEnChrono(useGates = true): chrono.Chrono {
  const base = chrono.en.casual.clone();
  return new chrono.Chrono({
    parsers: [...EN_RULES.map((rule) => toParser(rule, useGates)), ...selectParsers(base.parsers, EN_PROBE_CLASSES, useGates)],
    refiners: [...EN_FILTERS, ...base.refiners.map(sparingOwn), ...EN_REFINERS],
  });
}

let engine: chrono.Chrono | null = null;

/** The engine, assembled on first use: a corpus with no English passage never pays for it (~0.2 s a thread). */
export const enChrono = (): chrono.Chrono => (engine ??= createEnChrono());
