// The English date engine: chrono.en.GB (day-first numbers, as in «10.03.2026») plus our rules and
// refiners, assembled ONCE at module load. Order matters and lives only here.
import * as chrono from 'chrono-node';
import { inferYear } from '../common/refiners/infer-year';
import { mergeWeekdayWithDay } from '../common/refiners/merge-weekday-with-day';
import { rejectShortNumeric } from '../common/refiners/reject-short-numeric';
import { rejectTimeOnly } from '../common/refiners/reject-time-only';
import { resolveWeekday } from '../common/refiners/resolve-weekday';
import { numericYmd } from '../common/rules/numeric-ymd';
import { toParser, type DateRefiner, type DateRule } from '../rule';
import { enRejectNoise } from './refiners/en-reject-noise';
import { enRelativeWeek } from './rules/en-relative-week';
import { enYear } from './rules/en-year';

export const EN_RULES: DateRule[] = [enRelativeWeek, enYear, numericYmd];

const EN_FILTERS: DateRefiner[] = [rejectTimeOnly, enRejectNoise, rejectShortNumeric];

const EN_REFINERS: DateRefiner[] = [
  mergeWeekdayWithDay,
  resolveWeekday(/\b(?:last|next|this|past|previous|coming)\b/i),
  inferYear,
];

const base = chrono.en.GB.clone();

export const enChrono = new chrono.Chrono({
  parsers: [...EN_RULES.map(toParser), ...base.parsers],
  refiners: [...EN_FILTERS, ...base.refiners, ...EN_REFINERS],
});
