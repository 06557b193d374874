import { describe, expect, it } from 'vitest';
import { DAY_MS, dayStart } from '../../store/time';
import { advanceSweep, SWEEP_MS, sweepStart, sweepWidth } from '../playback';

const span = { start: dayStart('2024-01-15'), end: dayStart('2026-03-11') };

describe('playback sweep', () => {
  it('keeps a narrow window’s width and uses a fifth of the span for a wide one', () => {
    const month = { start: dayStart('2024-10-01'), end: dayStart('2024-11-01') };
    expect(sweepWidth(span, month)).toBe(31 * DAY_MS);
    expect(sweepWidth(span, { start: span.start - DAY_MS, end: span.end + DAY_MS })).toBe((span.end - span.start) / 5);
  });

  it('starts at the beginning with the first day in view, or resumes a window inside the span', () => {
    const start = sweepStart(span, null);
    expect(start.end).toBe(span.start + DAY_MS);
    const paused = { start: dayStart('2024-10-01'), end: dayStart('2024-11-01') };
    expect(sweepStart(span, paused)).toBe(paused);
  });

  it('moves forward in proportion to time and speed, and stops at the end of the span', () => {
    const w = { start: dayStart('2024-10-01'), end: dayStart('2024-11-01') };
    const one = advanceSweep(span, w, 1000, 1).window;
    const two = advanceSweep(span, w, 1000, 2).window;
    expect(two.start - w.start).toBeCloseTo(2 * (one.start - w.start));
    expect(one.end - one.start).toBe(w.end - w.start);
    const last = advanceSweep(span, w, SWEEP_MS, 1);
    expect(last).toEqual({ window: { start: span.end - (w.end - w.start), end: span.end }, done: true });
  });
});
