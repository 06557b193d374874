import { describe, expect, it } from 'vitest';
import { datedFileName, isoDay } from '../file-names';

describe('datedFileName', () => {
  it('names a file after its content and the local day, zero-padded', () => {
    expect(isoDay(new Date(2026, 2, 7, 23, 59))).toBe('2026-03-07');
    expect(datedFileName('actors-graph', 'png', new Date(2026, 10, 23))).toBe('actors-graph-2026-11-23.png');
  });
});
