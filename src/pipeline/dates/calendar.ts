// Calendar arithmetic in UTC only, so that results never depend on the machine's time zone.
import type { ParsingComponents, ParsingContext } from 'chrono-node';

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of month `m` (1–12) of year `y` (counted, not asked of a Date: the date stages ask it of every day they read). */
export function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1];
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toUtc({ y, m, d }: Ymd): number {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getTime();
}

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Ymd, n: number): Ymd {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: Ymd): number {
  return new Date(toUtc(day)).getUTCDay();
}

/** The first day of the week holding `day`, for a week starting on `firstWeekday`. */
export function weekStart(day: Ymd, firstWeekday: number): Ymd {
  return addDays(day, -((weekdayOf(day) - firstWeekday + 7) % 7));
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function toIsoDay({ y, m, d }: Ymd): string {
  const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' → Ymd, or null when it is not a real calendar day. */
export function parseIsoDay(text: string | null): Ymd | null {
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!match) return null;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidYmd(day) ? day : null;
}

/** The publication day: the reference instant is noon UTC of that day. */
export function referenceDay(context: ParsingContext): Ymd {
  return fromUtc(context.reference.instant.getTime());
}

/** The day a chrono component set stands for (known or implied parts). */
export function componentsDay(components: ParsingComponents): Ymd {
  return { y: components.get('year') ?? 0, m: components.get('month') ?? 1, d: components.get('day') ?? 1 };
}

/** Writes a day into components, as known (`assign`) or implied (`imply`) values. */
export function setDay(components: ParsingComponents, day: Ymd, certain: boolean): void {
  const write = certain ? components.assign.bind(components) : components.imply.bind(components);
  write('year', day.y);
  write('month', day.m);
  write('day', day.d);
}
