// Test hooks: the e2e tests and the UI benchmark reach the live engines through window.__* when the page is
// opened with ?test. Nothing is exposed otherwise.
export function isTestMode(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).has('test');
}

export function exposeForTests(name: string, value: unknown): void {
  if (isTestMode()) (window as unknown as Record<string, unknown>)[name] = value;
}
