// Dates as UTC milliseconds: a dataset day 'YYYY-MM-DD' covers [dayStart, dayEnd).
import type { DatasetEvent } from '../schema/dataset';

export const DAY_MS = 86_400_000;

/** A half-open time interval [start, end) in UTC milliseconds. */
export interface Interval {
  start: number;
  end: number;
}

export function dayStart(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function dayEnd(iso: string): number {
  return dayStart(iso) + DAY_MS;
}

export function dayInterval(iso: string): Interval {
  return { start: dayStart(iso), end: dayEnd(iso) };
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The span an event covers, or null for an undated event (never placed at an invented date). */
export function eventInterval(e: DatasetEvent): Interval | null {
  return e.date ? { start: dayStart(e.date.start), end: dayEnd(e.date.end) } : null;
}

/** The ISO day of a UTC millisecond instant. */
export function toIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
