import { findPublicationDate } from './find-publication-date';

describe('findPublicationDate', () => {
  test.each([
    [' date 2026-03-07 وقال بزشكيان في اتصال هاتفي', { date: '2026-03-07', basis: 'header', index: 1, length: 15 }],
    ['date 2024-10-11\nقال الرئيس', { date: '2024-10-11', basis: 'header', index: 0, length: 15 }],
    ['قال لافروف إن الوضع في الشرق الأوسط. 10.03.2026, سبوتنيك عربي', { date: '2026-03-10', basis: 'dateline', index: 37, length: 10 }],
    ['الثلاثاء 10 مارس 2026 قال المتحدث', { date: '2026-03-10', basis: 'dateline', index: 0, length: 21 }],
    ['موسكو - 10 مارس 2026 (رويترز) - قال', { date: '2026-03-10', basis: 'dateline', index: 8, length: 12 }],
    ['طهران - ١٠ آذار ٢٠٢٦ - أعلن', { date: '2026-03-10', basis: 'dateline', index: 8, length: 12 }],
    ['2026-03-10 16:42 قال', { date: '2026-03-10', basis: 'dateline', index: 0, length: 10 }],
    ['10/03/2026 قال', { date: '2026-03-10', basis: 'dateline', index: 0, length: 10 }],
    ['MOSCOW, March 10, 2026 (TASS) - Russia said', { date: '2026-03-10', basis: 'dateline', index: 8, length: 14 }],
    // A state agency's Hijri day before the Gregorian one: the Hijri year is no Gregorian year.
    ['الرياض\nالأربعاء 1447/4/15 هـ الموافق 2025/10/08 م\nاستقبل', { date: '2025-10-08', basis: 'dateline', index: 37, length: 10 }],
    // Day, month and year joined by dashes.
    ['عمّان- 9 - تشرين الأول - 2025\nاستقبل الملك', { date: '2025-10-09', basis: 'dateline', index: 7, length: 22 }],
  ])('%s', (text, expected) => {
    expect(findPublicationDate(text)).toEqual(expected);
    const found = findPublicationDate(text)!;
    expect(text.slice(found.index, found.index + found.length)).toMatch(/\d|[٠-٩]/);
  });

  test.each([
    ['في 10 مارس قال الوزير'], // no year: not a full date
    ['قال الوزير اليوم الثلاثاء'], // relative
    ['date 2026-13-45 قال'], // not a real day, and no other date
    [`${'كلام '.repeat(130)} 10.03.2026`], // beyond the first 600 characters
    [''],
  ])('no publication date in %s', (text) => {
    expect(findPublicationDate(text)).toBeNull();
  });
});
