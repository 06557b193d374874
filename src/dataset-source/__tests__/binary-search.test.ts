import { describe, expect, it } from 'vitest';
import { firstWhere } from '../binary-search';

describe('firstWhere', () => {
  const xs = [1, 3, 3, 5, 8];
  it('finds the first position where the predicate turns true, or the end', () => {
    expect(firstWhere(0, xs.length, (i) => xs[i] >= 3)).toBe(1);
    expect(firstWhere(0, xs.length, (i) => xs[i] > 3)).toBe(3);
    expect(firstWhere(0, xs.length, (i) => xs[i] > 8)).toBe(5);
    expect(firstWhere(0, xs.length, () => true)).toBe(0);
    expect(firstWhere(2, 4, (i) => xs[i] >= 0)).toBe(2);
    expect(firstWhere(0, 0, () => true)).toBe(0);
  });
});
