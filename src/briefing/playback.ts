// Playback: the time window sweeps across the dataset's span, so the graph grows and fades as contacts happen.
import { DAY_MS, type Interval } from '../store/time';

/** How long a sweep across the whole span takes at 1×. */
export const SWEEP_MS = 24_000;

/** The window width a sweep uses: the current one when it is a part of the span, else a fifth of it. */
export function sweepWidth(span: Interval, current: Interval | null): number {
  const spanWidth = span.end - span.start;
  const width = current ? current.end - current.start : Infinity;
  return width <= spanWidth * 0.6 ? width : Math.max(spanWidth / 5, 30 * DAY_MS);
}

/** Where a sweep starts: from the current window when it is inside the sweep (resuming), else at the beginning,
 *  with the window's end on the first day so the graph grows from the first contact. */
export function sweepStart(span: Interval, current: Interval | null): Interval {
  const width = sweepWidth(span, current);
  if (current && current.end - current.start === width && current.end > span.start && current.end < span.end) return current;
  return { start: span.start + DAY_MS - width, end: span.start + DAY_MS };
}

/** The window after `elapsedMs` of playback at `speed`; done once its end reaches the end of the span. */
export function advanceSweep(span: Interval, window: Interval, elapsedMs: number, speed: number): { window: Interval; done: boolean } {
  const width = window.end - window.start;
  const step = ((span.end - span.start + width) * elapsedMs * speed) / SWEEP_MS;
  const end = Math.min(window.end + step, span.end);
  return { window: { start: end - width, end }, done: end >= span.end };
}
