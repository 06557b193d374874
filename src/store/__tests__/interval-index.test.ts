import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addOverlapping, intervalIndex } from '../interval-index';
import { overlaps, type Interval } from '../time';

const interval = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 300 })).map(([start, len]): Interval => ({ start, end: start + len }));

describe('intervalIndex', () => {
  it('finds exactly the intervals a window overlaps, as testing each one would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 3 }), interval), { maxLength: 60 }), interval, (entries, window) => {
        const expected = new Set(entries.filter(([, t]) => overlaps(t, window)).map(([id]) => id));
        expect(addOverlapping(intervalIndex(entries), window, new Set())).toEqual(expected);
      }),
    );
  });

  it('does not reach intervals that end where the window starts (half-open)', () => {
    const index = intervalIndex([
      ['before', { start: 0, end: 10 }],
      ['long', { start: 0, end: 100 }],
      ['after', { start: 20, end: 30 }],
    ]);
    expect([...addOverlapping(index, { start: 10, end: 20 }, new Set())]).toEqual(['long']);
  });
});
