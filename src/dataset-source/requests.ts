// The checks and the paging every source applies to a request the same way, so that a bad request fails alike
// whichever source answers it.
import type { DaySpan, Page, PageRequest, WindowEdge } from './dataset-source';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDay(day: string): boolean {
  // The round trip refuses days the calendar does not have (2024-13-01, 2023-02-29).
  return ISO_DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
}

/** Throws a RangeError naming the window unless both ends are ISO days and `from` is not after `to`. */
export function checkWindow(window: DaySpan | null): void {
  if (window === null) return;
  const { from, to } = window;
  if (!isIsoDay(from) || !isIsoDay(to)) throw new RangeError(`window ${from}…${to}: both ends must be days written YYYY-MM-DD`);
  if (from > to) throw new RangeError(`window ${from}…${to}: it starts after it ends`);
}

/** Throws a RangeError naming the value unless offset and limit are whole numbers, not negative. */
export function checkPage(page: PageRequest): void {
  for (const [name, value] of [['offset', page.offset], ['limit', page.limit]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`page ${name} ${value}: must be a whole number, 0 or more`);
  }
}

/** The page of `count` ordered items that `page` asks for, each made by `itemAt` from its position. */
export function pageOf<T>(count: number, page: PageRequest, itemAt: (position: number) => T): Page<T> {
  const items: T[] = [];
  for (let i = page.offset; i < Math.min(count, page.offset + page.limit); i++) items.push(itemAt(i));
  return { items, total: count };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of the links a source gives (edges): heaviest first, then by source, then by target. */
export function compareWindowEdges(a: WindowEdge, b: WindowEdge): number {
  return b.weight - a.weight || byString(a.source, b.source) || byString(a.target, b.target);
}
