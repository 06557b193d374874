// The briefing drawer as a layer over the explorer: it takes the focus when it opens, Escape closes it, and the
// focus goes back to whatever opened it (the header's Slides or Compare button). While it is open, <html> carries
// `drawer-open`, so the explorer's work area makes room for it (briefing.css).
import { useEffect, useRef, type RefObject } from 'react';
import { useBriefingStore } from '../../briefing/briefing-store';

export function useDrawerDismiss(drawer: RefObject<HTMLElement | null>): void {
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    opener.current = document.activeElement;
    drawer.current?.focus();
    const html = document.documentElement;
    html.classList.add('drawer-open');
    // On the document, in the bubbling phase: a widget inside that uses Escape itself (a date picker, a menu) has
    // handled it first, and the explorer's Escape (it clears the selection, on window) comes after and sees it used.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      useBriefingStore.getState().setDrawer(null);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      html.classList.remove('drawer-open');
      // A closed drawer leaves the focus on nothing (its own button is gone): give it back to the opener.
      const back = opener.current;
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, [drawer]);
}
