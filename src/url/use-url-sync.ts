// The view and the address bar: the URL is read once when the dataset is ready, then follows the store.
import { useLayoutEffect, useState } from 'react';
import { useAppStore, type AppState } from '../store/app-store';
import { captureView, changedViewParts } from '../store/view-state';
import { decodeView, sameQuery, withView, type UrlProblem } from './view-url';

/** Window changes wait for the user to pause before the address bar follows (a drag changes the window many times a second). */
const WRITE_DELAY_MS = 250;

/** The address of the view on screen now: the page's URL with the view's parameters replaced. */
export function viewHref(state: AppState = useAppStore.getState()): string {
  return `${location.origin}${location.pathname}${withView(location.search, captureView(state))}${location.hash}`;
}

/** A shared link's language and theme hold from the first paint (the loading and error screens included). */
export function applyUrlPreferences(): void {
  const { view } = decodeView(new URLSearchParams(location.search));
  const s = useAppStore.getState();
  s.setUiLanguage(view.uiLanguage);
  s.setNameLanguage(view.nameLanguage);
  s.setTheme(view.theme);
}

/**
 * Applies the URL's view to the store (once, before the timeline and the graph are created, so they start on it),
 * then keeps the URL in step with the store. Returns what the URL asked for that could not be used.
 */
export function useUrlSync(): [UrlProblem[], () => void] {
  const [ignored, setIgnored] = useState<UrlProblem[]>([]);
  useLayoutEffect(() => {
    const store = useAppStore;
    const { view, problems } = decodeView(new URLSearchParams(location.search));
    const ignoredCountries: UrlProblem[] = [];
    const known = new Set(store.getState().dataset?.actors.map((a) => a.country) ?? []);
    const hiddenCountries: string[] = [];
    for (const c of view.hiddenCountries) {
      if (known.has(c)) hiddenCountries.push(c);
      else ignoredCountries.push({ param: 'hidecountries', value: c });
    }
    const dropped = store.getState().applyView({ ...view, hiddenCountries });
    // A dropped id is the selection's: an actor, one end of an edge, or an event.
    const selectionParam = view.selection?.kind ?? 'actor';
    setIgnored([...problems, ...ignoredCountries, ...dropped.map((id) => ({ param: selectionParam, value: id }))]);
    // Articles this browser added come back after the first paint: a shared selection of one of their actors
    // or events is tried once more on that dataset, unless the user has selected something since.
    let retrySelection = dropped.length ? view.selection : null;
    const unsubscribeRetry = store.subscribe(
      (s) => s.dataset,
      () => {
        const s = store.getState();
        if (retrySelection && !s.selection && !s.applyView({ ...captureView(s), selection: retrySelection }).length)
          setIgnored((list) => list.filter((p) => !dropped.includes(p.value)));
        retrySelection = null;
        unsubscribeRetry();
      },
    );

    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const next = withView(location.search, captureView(store.getState()));
      // Not when only the spelling differs (`?test` written back as `?test=`): a history write costs the first
      // render ~25 ms on a cold page.
      if (!sameQuery(next, location.search)) history.replaceState(history.state, '', `${location.pathname}${next}${location.hash}`);
    };
    write(); // the stale parameters go at once
    const unsubscribe = store.subscribe((s, before) => {
      const changed = changedViewParts(s, before);
      if (!changed.length) return;
      clearTimeout(timer);
      timer = undefined;
      // A click (a selection, a filter, the language) is written at once, so a reload right after it keeps it; only
      // the window, which a drag moves many times a second, waits for the pause.
      if (changed.length > 1 || changed[0] !== 'timeWindow') write();
      else
        timer = setTimeout(() => {
          timer = undefined;
          write();
        }, WRITE_DELAY_MS);
    });
    // A reload or a closed tab within the pause still leaves the address of the window last on screen.
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      write();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      unsubscribe();
      unsubscribeRetry();
      clearTimeout(timer);
    };
  }, []);
  return [ignored, () => setIgnored([])];
}
