// The Arabic date engine: chrono.ar's parsers and refiners plus ours, assembled ONCE, on first use.
// Order matters and lives only here.
import * as chrono from 'chrono-node';
import { inferYear } from '../common/refiners/infer-year';
import { mergeWeekdayWithDay } from '../common/refiners/merge-weekday-with-day';
import { rejectShortNumeric } from '../common/refiners/reject-short-numeric';
import { rejectTimeOnly } from '../common/refiners/reject-time-only';
import { resolveWeekday } from '../common/refiners/resolve-weekday';
import { numericYmd } from '../common/rules/numeric-ymd';
import { selectParsers, type ProbeClass } from '../common/select-parsers';
import { toParser, type DateRefiner, type DateRule } from '../rule';
import { WEEKDAY_MODIFIERS } from './constants';
import { arMergeMonthPairs } from './refiners/ar-merge-month-pairs';
import { arPartOfMonth } from './refiners/ar-part-of-month';
import { arMonthModifier } from './refiners/ar-month-modifier';
import { arRejectNoise } from './refiners/ar-reject-noise';
import { arRejectTodayIdioms } from './refiners/ar-reject-today-idioms';
import { arRequireMonthCue } from './refiners/ar-require-month-cue';
import { arCasualExtras } from './rules/ar-casual-extras';
import { arDayOfRelativeMonth } from './rules/ar-day-of-relative-month';
import { arListedMonth } from './rules/ar-listed-month';
import { arRelativePeriod } from './rules/ar-relative-period';
import { arYear } from './rules/ar-year';

/** Our rules run before chrono's, so on an equal span ours win chrono's overlap removal. */
export const AR_RULES: DateRule[] = [arDayOfRelativeMonth, arRelativePeriod, arYear, arCasualExtras, arListedMonth, numericYmd];

/** What chrono.ar must find (normalised spelling), by class; see select-parsers.ts. */
export const AR_PROBE_CLASSES: ProbeClass[] = [
  { probes: ['2024-10-11', '10.03.2026', '10/03/2026'], gate: /[0-9]/ },
  {
    probes: ['في 10 مارس 2026', 'الاول من اكتوبر', 'في يوليو'],
    gate: /(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)(?![\p{L}_])/u,
  },
  {
    probes: ['اليوم', 'امس', 'بعد غد'],
    // Each word first and its left edge looked behind: V8 finds a leading word fast, an edge slowly.
    gate: /(?:امس|البارحة)(?<=(?:^|[^\p{L}\p{N}_]|اول|قبل|من)\s*(?:امس|البارحة))|(?:اليوم|غدا|بكرة|بكرا|الان|حاليا)(?<=(?:^|[^\p{L}\p{N}_])(?:اليوم|غدا|بكرة|بكرا|الان|حاليا))|بعد\s*(?:غد|بكر)/u,
  },
  {
    probes: ['الخميس'],
    gate: /(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعة|سبت)(?![\p{L}\p{N}_])(?<=(?:^|[^\p{L}\p{N}_]|يوم)(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعة|سبت))/u,
  },
  { probes: ['قبل ثلاثة ايام'], gate: /قبل/ },
];

/**
 * Before chrono's refiners: drop chrono results that are not dates in news (before they get merged), and
 * give year-less dates a provisional year (chrono's validity filter would drop «29 فبراير» in a common year).
 */
const AR_FILTERS: DateRefiner[] = [rejectTimeOnly, arRejectNoise, arRejectTodayIdioms, rejectShortNumeric, inferYear];

/** After chrono's refiners, in this order: pairs → modifiers → bare-month check → weekdays → years. */
const AR_REFINERS: DateRefiner[] = [
  arPartOfMonth,
  arMergeMonthPairs,
  arMonthModifier,
  arRequireMonthCue,
  mergeWeekdayWithDay,
  resolveWeekday(WEEKDAY_MODIFIERS),
  inferYear,
];

/** `useGates = false` builds the same engine with every parser scanning every text (for tests). */
export function createArChrono(useGates = true): chrono.Chrono {
  const base = chrono.ar.casual.clone();
  return new chrono.Chrono({
    parsers: [...AR_RULES.map((rule) => toParser(rule, useGates)), ...selectParsers(base.parsers, AR_PROBE_CLASSES, useGates)],
    refiners: [...AR_FILTERS, ...base.refiners, ...AR_REFINERS],
  });
}

let engine: chrono.Chrono | null = null;

/** The engine, assembled on first use: a corpus with no Arabic passage never pays for it. */
export const arChrono = (): chrono.Chrono => (engine ??= createArChrono());
