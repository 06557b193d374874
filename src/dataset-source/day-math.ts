// Calendar arithmetic on ISO days ('YYYY-MM-DD', UTC), as the dataset folder's per-day and per-month files need it.
import type { DaySpan } from './dataset-source';

const DAY_MS = 86_400_000;

/** The day `n` days after `day` (before it when negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** A month of a window: the days of it the window covers, and whether that is the whole month. */
export interface MonthSpan {
  month: string;
  from: string;
  to: string;
  whole: boolean;
}

/** The months a window touches, in order. */
export function monthsOf(window: DaySpan): MonthSpan[] {
  const out: MonthSpan[] = [];
  for (let first = `${window.from.slice(0, 7)}-01`; first <= window.to; first = addDays(lastDayOf(first), 1)) {
    const last = lastDayOf(first);
    const from = first < window.from ? window.from : first;
    const to = last > window.to ? window.to : last;
    out.push({ month: first.slice(0, 7), from, to, whole: from === first && to === last });
  }
  return out;
}

function lastDayOf(firstOfMonth: string): string {
  const [y, m] = firstOfMonth.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
