// Properties of findDates on arbitrary input: it never throws, and whatever it returns is well formed.
import fc from 'fast-check';
import { expectWellFormed } from './date-table';
import { findDates } from './find-dates';

const DATE_TOKENS = [
  'اليوم', 'أمس', 'أول', 'غدا', 'الخميس', 'الجمعة', 'يوم', 'مساء', 'الماضي', 'المقبل', 'الحالي', 'هذا', 'الشهر',
  'الأسبوع', 'العام', 'عام', 'في', 'من', 'مطلع', 'وقت', 'سابق', 'مارس', 'آذار', 'أكتوبر', 'تشرين', 'الأول', 'الثاني',
  'كانون', 'يونيه', 'آب', 'الـ', 'م', 'هـ', '10', '3', '27', '2024', '2026', '١٥', '٢٠٢٤', '۱۰', '29', 'فبراير',
  'March', 'last', 'Thursday', 'in', 'July', 'yesterday', 'week', 'ago', '10.03.2026', '2024-10-11', '1.1.3',
  'َ', 'ـ', '\u200f', '\u200c',
];
const SEPARATORS = [' ', '', '، ', '/', ' (', ') ', '-', '.', ' و', '\n'];

const dateLikeText = fc
  .array(fc.tuple(fc.constantFrom(...DATE_TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  .map((parts) => parts.map(([token, separator]) => token + separator).join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  dateLikeText,
);
const published = fc.option(
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const language = fc.constantFrom('ar' as const, 'en' as const);

describe('findDates properties', () => {
  test('a month range whose end falls before its start is the start month, to its last day (found by the property below)', () => {
    const found = findDates('فبراير-2024-10-11 الماضي ', 'ar', '2025-03-01');
    expectWellFormed('فبراير-2024-10-11 الماضي ', found);
    expect(found.map((d) => [d.start, d.end, d.precision])).toEqual([['2025-02-01', '2025-02-28', 'month']]);
  });

  test('never throws; results are sorted, non-overlapping, point into the input, start <= end', () => {
    fc.assert(
      fc.property(anyText, language, published, (text, lang, day) => {
        expectWellFormed(text, findDates(text, lang, day));
      }),
      { numRuns: 1500 },
    );
  });

  test('without a publication date nothing relative or year-less comes back', () => {
    fc.assert(
      fc.property(dateLikeText, language, (text, lang) => {
        for (const date of findDates(text, lang, null)) expect(date.basis).toBe('explicit');
      }),
      { numRuns: 500 },
    );
  });

  test('garbage publication dates count as unknown', () => {
    expect(findDates('وقال اليوم', 'ar', '2024-13-45')).toEqual([]);
    expect(findDates('وقال اليوم', 'ar', 'yesterday')).toEqual([]);
  });
});
