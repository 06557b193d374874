// The passage trigger (ar/trigger.ts, en/trigger.ts) and the per-parser gates (select-parsers.ts) must only
// skip work: on date-like text whose words are separated, findDates equals the ungated engine run on every text
// (both reading the text rewritten the same way, and followed by the same year and that-day resolutions, same-year.ts
// and that-day.ts).
import fc from 'fast-check';
import { createArChrono } from './ar';
import { rewriteArabicWords } from './ar/rewrite-arabic-words';
import { createEnChrono } from './en';
import { findDates, withDashesAsSpaces } from './find-dates';
import { normalizeForDates } from './normalize-for-dates';
import { parseDates } from './parse-dates';
import { withSameYear } from './same-year';
import { withThatDay } from './that-day';

const AR_TOKENS = [
  'اليوم', 'أمس', 'الأمس', 'أول', 'من', 'قبل', 'بعد', 'غدا', 'غداً', 'الخميس', 'الجمعه', 'أحد', 'يوم', 'مساء', 'ليلة',
  'الليلة', 'الماضي', 'الماضى', 'المقبل', 'الحالي', 'هذا', 'الشهر', 'الأسبوع', 'العام', 'السنة', 'عام', 'في', 'مطلع',
  'وقت', 'سابق', 'مارس', 'آذار', 'آب', 'أكتوبر', 'يونيه', 'تشرين', 'الأول', 'الثاني', 'الحادي', 'والعشرين', 'كانون',
  'ثلاثة', 'أيام', 'يومين', 'إلى', 'الى', 'الـ', 'م', 'هـ', '10', '3', '29', '2024', '٢٠٢٤', '١٥', '10.03.2026', '2024-10-11',
];
const EN_TOKENS = [
  'on', 'in', 'last', 'next', 'this', 'March', 'July', 'May', 'may', 'Thursday', 'Sun', 'yesterday', 'today', 'tonight',
  'night', 'week', 'month', 'year', 'ago', 'three', 'days', 'the', '10', '2024', '10/03/2026', '10.03.2026', ',',
];
const SEPARATORS = [' ', '، ', ' / ', '/', ' (', ') ', ' - ', '.', ' و', '\n'];

function text(tokens: string[]) {
  return fc
    .array(fc.tuple(fc.constantFrom(...tokens), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.map(([token, separator]) => token + separator).join(''));
}
const published = fc.constantFrom('2024-10-11', '2026-03-10', '2025-03-01', '2024-01-01');
const ungatedAr = createArChrono(false);
const ungatedEn = createEnChrono(false);

describe('trigger and gates', () => {
  test('Arabic: same results as the ungated engine', () => {
    fc.assert(
      fc.property(text(AR_TOKENS), published, (input, day) => {
        const normalized = normalizeForDates(input);
        const everything = withThatDay(input, withSameYear(input, parseDates(input, { text: withDashesAsSpaces(rewriteArabicWords(normalized.text)), map: normalized.map }, ungatedAr, day)));
        expect(findDates(input, 'ar', day)).toEqual(everything);
      }),
      { numRuns: 3000 },
    );
  });

  test('English: same results as the ungated engine', () => {
    fc.assert(
      fc.property(text(EN_TOKENS), published, (input, day) => {
        expect(findDates(input, 'en', day)).toEqual(withThatDay(input, withSameYear(input, parseDates(input, normalizeForDates(input), ungatedEn, day))));
      }),
      { numRuns: 2000 },
    );
  });
});
