// The rule the country filter hides events by, and events counted by their set of countries.
import { describe, expect, it } from 'vitest';
import { compareCountrySets, EventCounter, eventCountries, hiddenByCountries, hiddenSetNumbers } from '../country-sets';

const COUNTRY: Record<string, string | null> = { putin: 'RU', lavrov: 'RU', pezeshkian: 'IR', guterres: null };
const countryOf = (id: string) => COUNTRY[id];

describe('country sets', () => {
  it('an event’s countries: its participants’, sorted, once each; none when one has no country, or it has no participant', () => {
    expect(eventCountries(['putin', 'pezeshkian', 'lavrov'], countryOf)).toEqual(['IR', 'RU']);
    expect(eventCountries(['putin', 'guterres'], countryOf)).toEqual([]);
    expect(eventCountries(['putin', 'nobody'], countryOf)).toEqual([]);
    expect(eventCountries([], countryOf)).toEqual([]);
  });

  it('hides an event when every one of its countries is hidden, never one without countries', () => {
    expect(hiddenByCountries(['IR', 'RU'], new Set(['RU']))).toBe(false);
    expect(hiddenByCountries(['IR', 'RU'], new Set(['RU', 'IR']))).toBe(true);
    expect(hiddenByCountries([], new Set(['RU', 'IR']))).toBe(false);
    const sets = [[], ['IR'], ['IR', 'RU'], ['RU']];
    expect(hiddenSetNumbers(sets, ['RU'])).toEqual(new Set([3]));
    expect(hiddenSetNumbers(sets, ['IR', 'RU'])).toEqual(new Set([1, 2, 3]));
    expect(hiddenSetNumbers(sets, [])).toEqual(new Set());
  });

  it('numbers the sets country by country, a set before the longer ones it begins', () => {
    expect([['RU'], ['IR', 'RU'], [], ['IL', 'US'], ['IR']].sort(compareCountrySets)).toEqual([[], ['IL', 'US'], ['IR'], ['IR', 'RU'], ['RU']]);
  });

  it('counts events per type and set, dated ones per start day (days since 1970), undated ones apart', () => {
    const counter = new EventCounter();
    counter.add('statement', 1, '2024-10-11');
    counter.add('meeting', 2, '2024-10-11', 2);
    counter.add('statement', 1, '2024-01-15');
    counter.add('statement', 1, '2024-10-11');
    counter.add('meeting', 2, null);
    counter.add('killing', 0, null, 3);
    expect(counter.counts()).toEqual({
      series: [
        { type: 'meeting', countrySet: 2, days: [20007], counts: [2] },
        { type: 'statement', countrySet: 1, days: [19737, 20007], counts: [1, 2] },
      ],
      undated: [
        { type: 'killing', countrySet: 0, count: 3 },
        { type: 'meeting', countrySet: 2, count: 1 },
      ],
    });
  });
});
