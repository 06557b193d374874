// The app's first screen loads the pipeline's modules that name events and apply corrections, and matches no text:
// loading them must not build the normaliser's tables (a lexicon normalised as its module loaded cost the bundled
// corpus's first render ~30–50 ms of main thread before its tables were filled without a regex per unit).
it('loading the modules of the first screen builds no normaliser tables', async () => {
  vi.resetModules();
  const normalizer = await import('./normalize-arabic');
  await import('../corrections/apply-corrections');
  await import('../events/event-lexicon');
  await import('../events/event-title');
  await import('../comentions/count-comentions');
  expect(normalizer.tablesBuilt()).toBe(false);
  normalizer.normalizeArabic('بوتين');
  expect(normalizer.tablesBuilt()).toBe(true);
});
