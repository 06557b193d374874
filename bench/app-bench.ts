// What bench:ui and bench:scale share: the production build of the app and of the reference page
// (bench/reference-page: the stack alone on the bundled corpus, the floor this machine sets), a static server over
// it, Debian's Chromium, and the measurements taken in the page through the app's test hooks
// (src/views/shared/test-hooks.ts, ?test): first full render with its start-up phases, window change → graph and
// → timeline drawn, click → passages shown and → graph drawn, and the JS heap.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium-args.mjs';
import { ms, quantile } from './stats';

/** Where the reference page is built, under the app's build folder. */
export const REFERENCE = 'reference';

/** Builds the app into `dist` (emptied first) and the reference page into `dist`/reference, with the bundled dataset. */
export function buildApp(dist: string): void {
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('node_modules/.bin/vite', ['build', 'bench/reference-page', '--config', 'vite.config.ts', '--outDir', join(dist, REFERENCE), '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  mkdirSync(join(dist, REFERENCE, 'data'));
  copyFileSync(join(dist, 'data/dataset.json'), join(dist, REFERENCE, 'data/dataset.json'));
}

/** The gzipped size of the JavaScript the built app's page loads at once. */
export function initialJsGzip(dist: string): number {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
}

/** Serves `dist` on `port` (vite preview: static files, with HTTP Range) until `stop`. */
export async function startServer(dist: string, port: number): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${port}/`;
  const server = spawn('node_modules/.bin/vite', ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: 'ignore',
  });
  for (let i = 0; i < 50; i++) {
    if (await fetch(base).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      /* already gone */
    }
  };
  return { base, stop };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A new tab (a new renderer process, nothing compiled yet) that reports the page's crash and errors under `label`. */
export async function openTab(browser: Browser, label: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  page.on('crash', () => console.error(`${label}: the page crashed`));
  page.on('pageerror', (e) => console.error(`${label}: ${e.message}`));
  return page;
}

/** When each start-up phase (src/views/shared/test-hooks.ts markPhase) was reached, in ms from navigation. */
export type Phases = Record<string, number>;

/**
 * Ms from navigation to `url` until the graph, the timeline's items and the actor list are all drawn. Throws, with
 * the app's message, when the app shows that it could not open its dataset.
 */
export async function firstRender(page: Page, url: string, phases?: Phases[], timeoutMs = 180_000): Promise<number> {
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    "(window.__cy && document.querySelector('.vis-item') && document.querySelector('.actor-list [role=option]')) || window.__store?.getState().status === 'error'",
    null,
    { timeout: timeoutMs, polling: 'raf' },
  );
  const wall = Date.now() - t0;
  const failure = await page.evaluate<string | null>("window.__store?.getState().status === 'error' ? window.__store.getState().error.message : null");
  if (failure !== null) throw new Error(`the app could not open its dataset: ${failure}`);
  phases?.push(
    await page.evaluate(`(() => {
      const at = { 'scripts loaded': performance.getEntriesByType('navigation')[0].domInteractive };
      for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('phase:')) at[m.name.slice(6)] ??= m.startTime;
      at['full render'] = performance.now();
      return at;
    })()`),
  );
  return wall;
}

/** Three first visits to `url`, each in a new tab; the last tab stays open. */
export async function firstVisits(browser: Browser, label: string, url: string, phases?: Phases[]): Promise<{ walls: number[]; page: Page }> {
  const walls = [];
  let page: Page | null = null;
  for (let i = 0; i < 3; i++) {
    await page?.close();
    page = await openTab(browser, label);
    walls.push(await firstRender(page, url, phases));
  }
  return { walls, page: page! };
}

export const ofThree = (walls: number[]) => `new tab median ${ms(quantile(walls, 0.5))} (of 3: ${walls.map(ms).join(', ')})`;

/** The median of each phase over runs, in the order reached. */
export function phaseLine(runs: Phases[]): string {
  const names = Object.keys(runs[0] ?? {}).sort((a, b) => runs[0][a] - runs[0][b]);
  return names.map((n) => `${n} ${quantile(runs.map((r) => r[n] ?? NaN).filter((x) => !Number.isNaN(x)), 0.5).toFixed(0)}`).join(' · ');
}

// Runs in the page. A string, not a function: the TypeScript runner would add helpers the page lacks.
const LATENCY_SCRIPT = `async (runs, withEdges) => {
  const store = window.__store;
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // Each change starts from a settled page, as a user's next click or drag would: the previous change's last work
  // (vis-timeline reports a window change 200 ms after it) is done.
  const settled = () => new Promise((r) => setTimeout(r, 300));
  // A dense graph applies a change one frame after the store's (once React's part is painted): wait until the
  // frame that draws it. (requestedFrame is the renderer's flag for a pending redraw.)
  const graphDrawn = async () => {
    await painted();
    if (window.__cy.renderer().requestedFrame) await new Promise((r) => window.__cy.one('render', () => setTimeout(r, 0)));
  };
  // A large timeline moves after the graph's frame, with its items for the new window: wait until it shows the
  // window, then for the frame that paints it.
  const timelineDrawn = async (w) => {
    const at = () => {
      const v = window.__timeline.getWindow();
      const tolerance = (w.end - w.start) / 1000;
      return Math.abs(+v.start - w.start) <= tolerance && Math.abs(+v.end - w.end) <= tolerance;
    };
    for (let f = 0; f < 600 && !at(); f++) await painted();
    await painted();
  };
  const passagesShown = async () => {
    for (let f = 0; f < 600 && !document.querySelector('.passage-panel [data-passage]'); f++) await painted();
  };
  const span = store.getState().index.span;
  const actors = store.getState().dataset.actors;
  const windowTimes = [];
  const windowTimelineTimes = [];
  const clickTimes = [];
  const clickGraphTimes = [];
  const edgeClickTimes = [];
  for (let i = 0; i < runs; i++) {
    const len = (span.end - span.start) / (4 + (i % 5));
    const start = span.start + ((span.end - span.start - len) * i) / runs;
    await settled();
    const t = performance.now();
    store.getState().setTimeWindow({ start, end: start + len });
    // A dataset folder's graph follows once its source has answered for the window (after the window rests).
    if (store.getState().folder) for (let f = 0; f < 600 && store.getState().folderScope?.window?.start !== start; f++) await painted();
    await graphDrawn();
    windowTimes.push(performance.now() - t);
    await timelineDrawn({ start, end: start + len });
    windowTimelineTimes.push(performance.now() - t);
  }
  // Clicks are measured over the whole span, so every actor has passages to show.
  store.getState().setWindowFilter(false);
  await graphDrawn();
  for (let i = 0; i < runs; i++) {
    store.getState().clearSelection();
    await graphDrawn();
    await settled();
    const t = performance.now();
    store.getState().selectActor(actors[(i * 7) % actors.length].id);
    await passagesShown();
    clickTimes.push(performance.now() - t);
    await graphDrawn();
    clickGraphTimes.push(performance.now() - t);
  }
  // Edges as the graph draws them (the links a user can click), read once nothing is selected.
  store.getState().clearSelection();
  await graphDrawn();
  const edges = withEdges ? window.__cy.edges().map((e) => [e.data('source'), e.data('target')]) : [];
  for (let i = 0; i < runs && edges.length > 0; i++) {
    store.getState().clearSelection();
    await graphDrawn();
    await settled();
    const [source, target] = edges[(i * 7) % edges.length];
    const t = performance.now();
    store.getState().selectEdge(source, target);
    await passagesShown();
    edgeClickTimes.push(performance.now() - t);
  }
  return { windowTimes, windowTimelineTimes, clickTimes, clickGraphTimes, edgeClickTimes };
}`;

export interface Latencies {
  /** Window change → graph drawn. */
  windowTimes: number[];
  /** Window change → timeline drawn. */
  windowTimelineTimes: number[];
  /** Actor click → passages shown. */
  clickTimes: number[];
  /** Actor click → graph drawn. */
  clickGraphTimes: number[];
  /** Edge click → passages shown: empty unless asked for, or when the graph draws no edge. */
  edgeClickTimes: number[];
}

/** `runs` of each change, in the app as opened in `page`; edge clicks too if `withEdges`. */
export function latencies(page: Page, runs: number, withEdges = false): Promise<Latencies> {
  return page.evaluate(`(${LATENCY_SCRIPT})(${runs}, ${withEdges})`);
}

/** The page's live JS heap in bytes, after a garbage collection (what the app holds, not garbage yet to collect). */
export async function jsHeapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}
