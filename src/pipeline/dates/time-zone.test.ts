// Results must not depend on the machine's time zone: the same table under zones far east and west of UTC.
import { findDates } from './find-dates';

const CASES: [string, string][] = [
  ['ظهر اليوم الجمعة أكد', '2024-10-11'],
  ['وفي الأول من أكتوبر أطلقت', '2024-10-11'],
  ['في مقابلة الخميس', '2024-10-11'],
  ['الأسبوع الماضي والشهر الماضي والعام الماضي', '2024-01-01'],
  ['في 10 مارس/آذار', '2026-03-10'],
  ['وصل أمس وأول أمس', '2024-03-31'],
  ['in December, last Thursday', '2024-10-11'],
];

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterAll(() => {
    process.env.TZ = original;
  });

  test.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Tehran', 'America/Los_Angeles'])('%s gives the UTC results', (zone) => {
    process.env.TZ = 'UTC';
    const expected = CASES.map(([text, day]) => findDates(text, /[a-z]/i.test(text) ? 'en' : 'ar', day));
    process.env.TZ = zone;
    expect(new Date('2024-10-11T12:00:00Z').getHours()).not.toBe(12); // the zone really changed
    const actual = CASES.map(([text, day]) => findDates(text, /[a-z]/i.test(text) ? 'en' : 'ar', day));
    expect(actual).toEqual(expected);
  });
});
