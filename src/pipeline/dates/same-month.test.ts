import { findDates } from './find-dates';

const found = (text: string, language: 'ar' | 'en', published: string) => findDates(text, language, published).map((d) => `${d.start} ${d.precision} «${d.text}»`);

describe('a day said to be of the month named before it', () => {
  it('«في السابع عشر من الشهر نفسه» after «يناير 2025» is 17 January 2025', () => {
    expect(found('زار بزشكيان موسكو في يناير 2025، والتقى في السابع عشر من الشهر نفسه الرئيس بوتين.', 'ar', '2025-06-01')).toEqual([
      '2025-01-01 month «في يناير 2025»',
      '2025-01-17 day «في السابع عشر من الشهر نفسه»',
    ]);
  });

  it('«يوم ٩ من ذات الشهر» with Arabic-Indic digits, after a Maghreb month', () => {
    expect(found('حل الوزير بالرباط في أفريل 2023، واستقبله الملك يوم ٩ من ذات الشهر.', 'ar', '2024-01-10').slice(-1)).toEqual(['2023-04-09 day «يوم ٩ من ذات الشهر»']);
  });

  it('"on the 17th of that month", "the 3rd of the same month"', () => {
    expect(found('Pezeshkian flew to Moscow in January 2025 and met Putin on the 17th of that month.', 'en', '2025-06-01').slice(-1)).toEqual(['2025-01-17 day «on the 17th of that month»']);
    expect(found('They spoke on March 1, 2024 and met on the 3rd of the same month.', 'en', '2025-06-01').slice(-1)).toEqual(['2024-03-03 day «on the 3rd of the same month»']);
  });

  it('no month named before, or a day the month does not have: no date', () => {
    expect(found('والتقى في السابع عشر من الشهر نفسه الرئيس بوتين.', 'ar', '2025-06-01')).toEqual([]);
    expect(found('They met in February 2023 and again on the 30th of that month.', 'en', '2025-06-01')).toEqual(['2023-02-01 month «February 2023»']);
  });
});

describe('the month itself said to be the one named before («أوائل الشهر نفسه», "earlier that month")', () => {
  it('Arabic: «في أوائل الشهر نفسه» after «في مارس 2024» is March 2024, not this month', () => {
    expect(found('زار الرئيس أنقرة في مارس 2024، والتقى في أوائل الشهر نفسه وزير الخارجية.', 'ar', '2025-06-01')).toEqual([
      '2024-03-01 month «في مارس 2024»',
      '2024-03-01 month «أوائل الشهر نفسه»',
    ]);
  });

  it('English: "earlier that month" after "in June 2023"; a month named in a passage before counts too', () => {
    expect(found('The two met in Paris in June 2023, and had spoken by phone earlier that month.', 'en', '2025-06-01').slice(-1)).toEqual(['2023-06-01 month «earlier that month»']);
    expect(findDates('They had spoken by phone later that month.', 'en', '2025-06-01', null, '2023-06').map((d) => `${d.start} ${d.precision}`)).toEqual(['2023-06-01 month']);
    expect(findDates('They had spoken by phone later that month.', 'en', '2025-06-01')).toEqual([]);
  });
});
