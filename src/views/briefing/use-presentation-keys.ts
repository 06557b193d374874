// The keys presentation mode answers to. Clickers send →/PageDown/Space and ←/PageUp whatever the interface's
// language, so the keys are physical: → advances in Arabic too, and the on-screen buttons follow the keys.
import { useEffect } from 'react';
import { useBriefingStore } from '../../briefing/briefing-store';

export const NEXT_KEYS = ['ArrowRight', 'PageDown', ' '] as const;
export const PREVIOUS_KEYS = ['ArrowLeft', 'PageUp'] as const;

/** For aria-keyshortcuts, which names Space as "Space". */
export const keyShortcuts = (keys: readonly string[]): string => keys.map((k) => (k === ' ' ? 'Space' : k)).join(' ');

const isOneOf = (keys: readonly string[], key: string) => keys.includes(key);

export function usePresentationKeys(total: number): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const briefing = useBriefingStore.getState();
      const go = (i: number) => briefing.setSlideIndex(Math.max(0, Math.min(total - 1, i)));
      if (isOneOf(NEXT_KEYS, e.key)) go(briefing.slideIndex + 1);
      else if (isOneOf(PREVIOUS_KEYS, e.key)) go(briefing.slideIndex - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(total - 1);
      else if (e.key === 'Escape') briefing.stopPresenting();
      else if (e.key === 'p' || e.key === 'P') (briefing.playback === 'playing' ? briefing.pause : briefing.play)();
      else return;
      // Before the explorer's own keys (Escape clears the selection) and the browser's (Space scrolls).
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [total]);
}
