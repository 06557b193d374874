import { describe, expect, it } from 'vitest';
import { parseDay } from '../parse-day';
import { formatDay } from '../format';

describe('parseDay', () => {
  it.each([
    ['2 Apr 2026', '2026-04-02'],
    ['2 april 2026', '2026-04-02'],
    ['April 2, 2026', '2026-04-02'],
    ['30 Sept 2024', '2024-09-30'],
    ['2 أبريل 2026', '2026-04-02'],
    ['2 إبريل 2026', '2026-04-02'],
    ['٢ ابريل ٢٠٢٦', '2026-04-02'],
    ['2 نيسان 2026', '2026-04-02'],
    ['15 كانون الثاني، 2024', '2024-01-15'],
    ['2026-04-02', '2026-04-02'],
    ['2/4/2026', '2026-04-02'],
    ['02.04.2026', '2026-04-02'],
    ['  29 Feb 2024 ', '2024-02-29'],
  ])('reads %s as %s', (text, day) => expect(parseDay(text)).toBe(day));

  it.each(['', 'tomorrow', '2 Apr', '31 Apr 2026', '29 Feb 2025', '2026-13-01', '2 Foo 2026', '4/2', '2 Apr 26'])('refuses %j', (text) =>
    expect(parseDay(text)).toBeNull(),
  );

  it('reads back every day the app writes, in both languages', () => {
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 86_400_000) {
      const day = new Date(ms).toISOString().slice(0, 10);
      expect(parseDay(formatDay(day, 'day', 'en'))).toBe(day);
      expect(parseDay(formatDay(day, 'day', 'ar'))).toBe(day);
    }
  });
});
