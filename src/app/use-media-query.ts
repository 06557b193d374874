// Whether a CSS media query matches now; re-renders when it starts or stops matching (a window resized, a projector
// plugged in).
import { useCallback, useSyncExternalStore } from 'react';

/** `unknown`: the answer where the page cannot tell (no matchMedia, as in a test's DOM). */
export function useMediaQuery(query: string, unknown = false): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(query).matches ?? unknown);
}
