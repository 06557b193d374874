import { megabytes, ms, quantile } from '../../bench/stats';

describe('quantile (nearest rank)', () => {
  const samples = [40, 10, 30, 20, 50, 60, 70, 80, 90, 100];

  it('gives the median and the p95 as one of the samples', () => {
    expect(quantile(samples, 0.5)).toBe(60);
    expect(quantile(samples, 0.95)).toBe(100);
    expect(quantile(samples, 0)).toBe(10);
    expect(quantile(samples, 1)).toBe(100);
  });

  it('over 30 runs, the p95 is the 29th smallest', () => {
    const runs = Array.from({ length: 30 }, (_, i) => 30 - i);
    expect(quantile(runs, 0.95)).toBe(29);
    expect(quantile(runs, 0.5)).toBe(16);
  });

  it('leaves its input in order and is NaN for no samples', () => {
    quantile(samples, 0.5);
    expect(samples[0]).toBe(40);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('prints milliseconds and megabytes whole', () => {
    expect(ms(149.6)).toBe('150 ms');
    expect(megabytes(300 * 2 ** 20)).toBe('300 MB');
  });
});
