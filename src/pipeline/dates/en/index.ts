// The English date engine: chrono.en.casual plus our rules and refiners, assembled ONCE at module load.
// Order matters and lives only here. (chrono.en.GB would read "March 10" as March 2010.)
import * as chrono from 'chrono-node';
import { inferYear } from '../common/refiners/infer-year';
import { mergeWeekdayWithDay } from '../common/refiners/merge-weekday-with-day';
import { rejectShortNumeric } from '../common/refiners/reject-short-numeric';
import { rejectTimeOnly } from '../common/refiners/reject-time-only';
import { resolveWeekday } from '../common/refiners/resolve-weekday';
import { numericDmyDotted } from '../common/rules/numeric-dmy-dotted';
import { numericYmd } from '../common/rules/numeric-ymd';
import { usefulParsers } from '../common/useful-parsers';
import { toParser, type DateRefiner, type DateRule } from '../rule';
import { enRejectNoise } from './refiners/en-reject-noise';
import { enRelativeWeek } from './rules/en-relative-week';
import { enYear } from './rules/en-year';

export const EN_RULES: DateRule[] = [enRelativeWeek, enYear, numericYmd, numericDmyDotted];

/** Before chrono's refiners (see ar/index.ts). */
const EN_FILTERS: DateRefiner[] = [rejectTimeOnly, enRejectNoise, rejectShortNumeric, inferYear];

const EN_REFINERS: DateRefiner[] = [
  mergeWeekdayWithDay,
  resolveWeekday({ past: /\b(?:last|past|previous)\b/i, next: /\b(?:next|coming)\b/i, this: /\bthis\b/i }),
  inferYear,
];

/** What chrono.en must find; its other parsers are left out (see useful-parsers.ts). */
export const EN_CHRONO_PROBES = [
  'on March 10', '10 March 2026', 'March 10, 2026', 'in July', 'July 2024', 'today', 'yesterday', 'tomorrow', 'Thursday',
  'last Thursday', 'last month', 'last year', '2024-10-11', '10/03/2026', '3 days ago',
];

const base = chrono.en.casual.clone();

export const enChrono = new chrono.Chrono({
  parsers: [...EN_RULES.map(toParser), ...usefulParsers(base.parsers, EN_CHRONO_PROBES)],
  refiners: [...EN_FILTERS, ...base.refiners, ...EN_REFINERS],
});
