// Test hooks: the e2e tests and the UI benchmark reach the live engines through window.__* when the page is
// opened with ?test. Nothing is exposed otherwise.
export function isTestMode(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).has('test');
}

export function exposeForTests(name: string, value: unknown): void {
  if (isTestMode()) (window as unknown as Record<string, unknown>)[name] = value;
}

/** A named point of the start-up (`performance.mark('phase:…')`), which the UI benchmark prints as a breakdown of a
 *  first render. Costs a few microseconds; always on, so that a browser's own profiler shows the same points. */
export function markPhase(name: string): void {
  if (typeof performance !== 'undefined' && performance.mark) performance.mark(`phase:${name}`);
}
