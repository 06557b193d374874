// Test helper (no tests here): runs [input, published, expected] rows through findDates.
// An expected date is written `2024-10-11`, `2024-09-28..2024-10-04` (a span of days), `2024-07` (a month),
// `2024-03..2024-05` (months), `2024` (a year), then the basis, then optionally the matched text: `2024-10-01 explicit «الأول من أكتوبر»`.
import type { Language } from '../../schema/dataset';
import { findDates, type FoundDate } from './find-dates';

export type DateRow = [input: string, published: string | null, expected: string[]];

export function formatFound(date: FoundDate, withText: boolean): string {
  let when = date.start === date.end ? date.start : `${date.start}..${date.end}`;
  const range = (length: number) => [date.start, date.end].map((day) => day.slice(0, length)).filter((v, i, all) => all.indexOf(v) === i).join('..');
  if (date.precision === 'month') when = range(7);
  if (date.precision === 'year') when = range(4);
  return `${when} ${date.basis}${withText ? ` «${date.text}»` : ''}`;
}

/** What must hold for every result of findDates on `input`. */
export function expectWellFormed(input: string, found: FoundDate[]): void {
  let previousEnd = 0;
  for (const date of found) {
    expect(date.text.length).toBeGreaterThan(0);
    expect(input.slice(date.index, date.index + date.text.length)).toBe(date.text);
    expect(date.index).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = date.index + date.text.length;
    expect(date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(date.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(date.start <= date.end).toBe(true);
    if (date.precision === 'month') {
      const last = new Date(Date.UTC(Number(date.end.slice(0, 4)), Number(date.end.slice(5, 7)), 0)).getUTCDate();
      expect([date.start.slice(8), date.end.slice(8)]).toEqual(['01', String(last)]);
    }
    if (date.precision === 'year') expect([date.start.slice(4), date.end.slice(4)]).toEqual(['-01-01', '-12-31']);
  }
}

export function runDateTable(language: Language, rows: DateRow[]): void {
  test.each(rows)('%s [%s]', (input, published, expected) => {
    const found = findDates(input, language, published);
    const withText = expected.some((line) => line.includes('«'));
    expect(found.map((date) => formatFound(date, withText))).toEqual(expected);
    expectWellFormed(input, found);
  });
}
