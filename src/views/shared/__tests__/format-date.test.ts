import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import moment from 'moment';
import type { DatePrecision } from '../../../schema/dataset';
import type { UiLanguage } from '../../../store/view-state';
import { formatDay, formatMs } from '../format';
import { momentLocale } from '../../../i18n/moment-locale';

// The app writes dates from its own calendar names (i18n/calendar-names.ts); they must read exactly as Intl writes
// them, but for 'Sep' (en-GB writes 'Sept').
const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'short', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};
const LOCALE: Record<UiLanguage, string> = { en: 'en-GB', ar: 'ar-u-nu-latn' };
const intl = (ms: number, precision: DatePrecision, lang: UiLanguage) =>
  new Intl.DateTimeFormat(LOCALE[lang], { ...OPTIONS[precision], timeZone: 'UTC' }).format(ms).replace(/\bSept\b/, 'Sep');

describe('formatDay', () => {
  it('writes days, months and years as the analyst reads them', () => {
    expect(formatDay('2026-03-10', 'day', 'en')).toBe('10 Mar 2026');
    expect(formatDay('2026-03-10', 'day', 'ar')).toBe('10 مارس 2026');
    expect(formatDay('2024-09-01', 'day', 'en')).toBe('1 Sep 2024');
    expect(formatDay('2024-10-01', 'month', 'en')).toBe('October 2024');
    expect(formatDay('2024-10-01', 'month', 'ar')).toBe('أكتوبر 2024');
    expect(formatDay('2025-01-01', 'year', 'ar')).toBe('2025');
  });

  it('writes every day of years 1000–9999 in both languages and all precisions as Intl does', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        fc.constantFrom<DatePrecision>('day', 'month', 'year'),
        fc.constantFrom<UiLanguage>('en', 'ar'),
        (date, precision, lang) => {
          const iso = date.toISOString().slice(0, 10);
          expect(formatDay(iso, precision, lang)).toBe(intl(Date.parse(`${iso}T00:00:00Z`), precision, lang));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('formatMs writes an instant’s UTC day', () => {
    expect(formatMs(Date.UTC(2026, 2, 10, 23, 59))).toBe(formatDay('2026-03-10'));
  });
});

describe('the timeline axis in Arabic', () => {
  it('names months and weekdays as Intl does, with Latin digits', () => {
    const m = (ms: number) => moment(ms).locale(momentLocale('ar')).utc();
    for (let month = 0; month < 12; month++) {
      const ms = Date.UTC(2024, month, 1);
      expect(m(ms).format('MMMM YYYY')).toBe(intl(ms, 'month', 'ar'));
    }
    const sunday = Date.UTC(2024, 0, 7);
    const weekdays = new Intl.DateTimeFormat('ar-u-nu-latn', { weekday: 'long', timeZone: 'UTC' });
    for (let d = 0; d < 7; d++) expect(m(sunday + d * 86_400_000).format('dddd')).toBe(weekdays.format(sunday + d * 86_400_000));
  });
});
