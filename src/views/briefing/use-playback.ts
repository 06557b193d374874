// Drives playback: while playing, the store's time window moves forward every frame (the timeline and the
// graph follow the store as they do for any window change), and playback stops at the end of the span.
import { useEffect } from 'react';
import { useBriefingStore } from '../../briefing/briefing-store';
import { advanceSweep, sweepStart } from '../../briefing/playback';
import { useAppStore } from '../../store/app-store';

/** About 20 window updates a second: smooth for the eye, light for the graph on a shared machine. */
const MIN_STEP_MS = 50;

export function usePlayback(): void {
  const playing = useBriefingStore((s) => s.playback === 'playing');
  useEffect(() => {
    if (!playing) return;
    const app = useAppStore.getState;
    const span = app().index?.span;
    if (!span) {
      useBriefingStore.getState().finishPlayback();
      return;
    }
    app().setTimeWindow(sweepStart(span, app().timeWindow));
    let last = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const elapsed = now - last;
      if (elapsed >= MIN_STEP_MS) {
        last = now;
        // From the store's window, so a user who drags the timeline meanwhile moves the playhead.
        const current = app().timeWindow ?? sweepStart(span, null);
        const next = advanceSweep(span, current, elapsed, useBriefingStore.getState().speed);
        app().setTimeWindow(next.window);
        if (next.done) {
          useBriefingStore.getState().finishPlayback();
          return;
        }
      }
      frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
