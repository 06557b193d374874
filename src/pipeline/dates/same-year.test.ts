import { findDates } from './find-dates';

const days = (text: string, language: 'ar' | 'en', published: string) => findDates(text, language, published).map((d) => d.start);

describe('a day said to be of the year just named', () => {
  it('«في 12 أكتوبر من العام ذاته» after «مارس 2023» is 12 October 2023, not of the publication year', () => {
    expect(days('زار الوزير الرياض في مارس 2023، ثم عاد إليها في 12 أكتوبر من العام ذاته.', 'ar', '2025-01-05')).toEqual(['2023-03-01', '2023-10-12']);
  });

  it('"on October 4 that same year" after "March 2021" is 4 October 2021', () => {
    expect(days('The two met in Cairo in March 2021 and again in Amman on October 4 that same year.', 'en', '2024-05-01')).toEqual(['2021-03-01', '2021-10-04']);
  });

  it('a day without a year and without «of the same year» keeps the year chrono gives it', () => {
    expect(days('زار الوزير الرياض في مارس 2023، ثم عاد إليها في 12 أكتوبر.', 'ar', '2025-01-05')).toEqual(['2023-03-01', '2024-10-12']);
  });

  it('"in February last year", "in March of next year": a month of that year, one date, not a month and a year', () => {
    const found = findDates('The two met in Doha in February last year and will meet again in March of next year.', 'en', '2024-11-20');
    expect(found.map((d) => [d.text, d.start, d.end, d.precision])).toEqual([
      ['February last year', '2023-02-01', '2023-02-28', 'month'],
      ['March of next year', '2025-03-01', '2025-03-31', 'month'],
    ]);
  });

  it('"in June 2019 … on June 28": a day of the month just named with its year is of that year', () => {
    expect(days('Abe hosted the summit in Osaka in June 2019 and held talks with the crown prince on June 28.', 'en', '2023-07-17')).toEqual(['2019-06-01', '2019-06-28']);
    expect(days('زار الرئيس الجزائر في ديسمبر 2021، وأجرى مباحثات مع نظيره يوم 5 ديسمبر.', 'ar', '2024-03-02')).toEqual(['2021-12-01', '2021-12-05']);
  });

  it('a day of another month than the one named with its year keeps the year chrono gives it', () => {
    expect(days('They met in June 2019 and spoke again on July 3.', 'en', '2023-07-17')).toEqual(['2019-06-01', '2023-07-03']);
  });
});
