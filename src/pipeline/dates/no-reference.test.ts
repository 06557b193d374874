// Without a publication day only dates whose year is written in digits are found: text with no digit has
// none, even where chrono would merge relative words into a day computed from the placeholder reference.
import fc from 'fast-check';
import { findDates } from './find-dates';

const WORDS = [
  'اليوم', 'أمس', 'أول', 'غدا', 'الخميس', 'الجمعة', 'يوم', 'الماضي', 'المقبل', 'الشهر', 'العام', 'عام', 'في', 'من',
  'مارس', 'آذار', 'أكتوبر', 'تشرين', 'الأول', 'كانون', 'ألفين', 'وعشرين', 'Sunday', 'yesterday', 'today', 'last',
  'next', 'year', 'March', 'July', 'the', 'on', 'in', 'twenty', 'first',
];
const SEPARATORS = [' ', '، ', ', ', '/', ' (', ') ', '-', '.', ' و', '\n'];
const wordsOnly = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

describe('findDates without a publication day', () => {
  test.each([['Sunday yesterday', 'en'], ['on Sunday yesterday', 'en'], ['الأول من أكتوبر', 'ar']] as const)('%s → nothing', (text, language) => {
    expect(findDates(text, language, null)).toEqual([]);
  });

  test('finds nothing in text without digits', () => {
    fc.assert(
      fc.property(wordsOnly, fc.constantFrom('ar' as const, 'en' as const), (text, language) => {
        expect(findDates(text, language, null)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  test('still finds a dated day', () => {
    expect(findDates('الثلاثاء 10 مارس 2026', 'ar', null).map((d) => d.start)).toEqual(['2026-03-10']);
  });

  test.each([['الأحد أمس قتل 5 أشخاص', 'ar'], ['Sunday yesterday 5 were killed', 'en']] as const)(
    'a weekday merged with a relative day is relative: %s',
    (text, language) => {
      expect(findDates(text, language, null)).toEqual([]);
      expect(findDates(text, language, '2026-03-10')).toMatchObject([{ start: '2026-03-09', basis: 'relative' }]);
    },
  );
});
