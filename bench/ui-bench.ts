// `npm run bench:ui`: opens the production build in Debian's Chromium on the bundled corpus and on a large
// synthetic dataset (20,000 events, 500 actors, 5,000 edges; once with the graph layout build:data stores, once
// without, as a dataset merged in the browser comes) and prints time to first full render (in a new tab,
// and again in the same tab), window-change → graph-drawn and → timeline-drawn, click → passages-shown and click → graph-drawn
// latencies (median and p95), and the gzipped size of the initial JavaScript. First of all it times a reference page
// (bench/reference-page: the stack alone on the bundled corpus), so that each run says what floor the machine sets.
// Figures, not assertions: the machine is shared and noisy.
// It builds into its own folder (BENCH_DIST, default /tmp/ui-bench-dist) so it never races another build of dist/.
// BENCH_PROFILE=<file.cpuprofile> also records a CPU profile of the large dataset's first render.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { parseDataset, SCHEMA_VERSION, type Dataset } from '../src/schema/dataset';
import { graphLayoutOf } from '../src/views/graph/compute-layout';
import { CHROMIUM_ARGS } from '../tests/e2e/chromium-args.mjs';

const DIST = process.env.BENCH_DIST ?? '/tmp/ui-bench-dist';
const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}/`;
const RUNS = 30;
const REFERENCE = 'reference';

function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** A large dataset with the real one's shape: real passages reused, actors and events spread over 5 years. */
function largeDataset(real: Dataset, events = 20_000, actors = 500, edges = 5_000): Dataset {
  const rand = random(7);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const countries = ['RU', 'IR', 'IL', 'US', 'LB', 'PS', 'TR', 'UA'];
  const actorList = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    name: { en: `Actor ${i}`, ar: `الفاعل ${i}` },
    shortName: { en: `A${i}`, ar: `ف${i}` },
    aliases: [`Actor ${i}`],
    country: countries[i % countries.length],
    roles: [],
    mentionCount: 0,
    discovered: false,
  }));
  const passages = Array.from({ length: 4_000 }, (_, i) => {
    const p = pick(real.passages);
    return { ...p, id: `p${i}`, documentId: p.documentId };
  });
  const mentions = passages.flatMap((p) =>
    [0, 1, 2].map(() => ({ actorId: pick(actorList).id, passageId: p.id, start: 0, end: Math.min(5, p.text.length), via: 'full_name' as const })),
  );
  for (const m of mentions) actorList[Number(m.actorId.slice(1))].mentionCount++;
  const types = ['phone_call', 'meeting', 'visit', 'statement', 'message', 'military_action'] as const;
  const day0 = Date.UTC(2021, 0, 1);
  const eventList = Array.from({ length: events }, (_, i) => {
    const start = new Date(day0 + Math.floor(rand() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
    const a = pick(actorList).id;
    const b = pick(actorList).id;
    return {
      id: `e${i}`,
      type: pick([...types]),
      title: { en: `Event ${i}: ${a} – ${b}`, ar: `حدث ${i}` },
      participants: a === b ? [a] : [a, b],
      date: i % 50 === 0 ? null : { start, end: start, precision: 'day' as const, basis: 'explicit' as const },
      location: null,
      planned: false,
      passageIds: [pick(passages).id],
      documentIds: [real.documents[0].id],
    };
  });
  const seen = new Set<string>();
  const edgeList = [];
  while (edgeList.length < edges) {
    const [s, t] = [pick(actorList).id, pick(actorList).id].sort();
    if (s === t || seen.has(`${s}|${t}`)) continue;
    seen.add(`${s}|${t}`);
    edgeList.push({ source: s, target: t, weight: 1 + Math.floor(rand() * 9), passageIds: [pick(passages).id], eventIds: [pick(eventList).id], contact: rand() < 0.3 });
  }
  return parseDataset({
    schemaVersion: SCHEMA_VERSION,
    documents: real.documents,
    passages,
    actors: actorList,
    mentions,
    events: eventList,
    edges: edgeList,
  });
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const ms = (x: number) => `${x.toFixed(0)} ms`;

/** When each start-up phase (src/views/shared/test-hooks.ts markPhase) was reached, in ms from navigation. */
type Phases = Record<string, number>;

async function firstRender(page: Page, path: string, phases?: Phases[]): Promise<number> {
  const t0 = Date.now();
  await page.goto(`${BASE}${path}`);
  await page.waitForFunction(
    "window.__cy && document.querySelector('.vis-item') && document.querySelector('.actor-list [role=option]')",
    null,
    { timeout: 180_000, polling: 'raf' },
  );
  const wall = Date.now() - t0;
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

/** The median of each phase over runs, in the order reached. */
function phaseLine(runs: Phases[]): string {
  const names = Object.keys(runs[0] ?? {}).sort((a, b) => runs[0][a] - runs[0][b]);
  return names.map((n) => `${n} ${quantile(runs.map((r) => r[n] ?? NaN).filter((x) => !Number.isNaN(x)), 0.5).toFixed(0)}`).join(' · ');
}

// Runs in the page. A string, not a function: the TypeScript runner would add helpers the page lacks.
const LATENCY_SCRIPT = `async (runs) => {
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
  const span = store.getState().index.span;
  const actors = store.getState().dataset.actors;
  const windowTimes = [];
  const windowTimelineTimes = [];
  const clickTimes = [];
  const clickGraphTimes = [];
  for (let i = 0; i < runs; i++) {
    const len = (span.end - span.start) / (4 + (i % 5));
    const start = span.start + ((span.end - span.start - len) * i) / runs;
    await settled();
    const t = performance.now();
    store.getState().setTimeWindow({ start, end: start + len });
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
    for (let f = 0; f < 600 && !document.querySelector('.passage-panel [data-passage]'); f++) await painted();
    clickTimes.push(performance.now() - t);
    await graphDrawn();
    clickGraphTimes.push(performance.now() - t);
  }
  return { windowTimes, windowTimelineTimes, clickTimes, clickGraphTimes };
}`;

/** One more first render, recorded by Chromium's sampling profiler (open the file in DevTools › Performance). */
async function profileFirstRender(page: Page, path: string, file: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await firstRender(page, path);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  await cdp.detach();
}

/** Window change → graph drawn and → timeline drawn, actor click → passages shown, and actor click → graph drawn. */
async function latencies(
  page: Page,
): Promise<{ windowTimes: number[]; windowTimelineTimes: number[]; clickTimes: number[]; clickGraphTimes: number[] }> {
  return page.evaluate(`(${LATENCY_SCRIPT})(${RUNS})`);
}

function initialJsGzip(): number {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(DIST, f))).length, 0);
}

async function main() {
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], { stdio: 'inherit' });
  // The reference page (bench/reference-page): the stack alone on the bundled corpus, built the way the app is.
  execFileSync('node_modules/.bin/vite', ['build', 'bench/reference-page', '--config', 'vite.config.ts', '--outDir', join(DIST, REFERENCE), '--logLevel', 'warn'], { stdio: 'inherit' });
  mkdirSync(join(DIST, REFERENCE, 'data'));
  copyFileSync(join(DIST, 'data/dataset.json'), join(DIST, REFERENCE, 'data/dataset.json'));
  const real = parseDataset(JSON.parse(readFileSync(join(DIST, 'data/dataset.json'), 'utf8')));
  const large = largeDataset(real);
  writeFileSync(join(DIST, 'data/bench-large.json'), JSON.stringify({ ...large, layout: graphLayoutOf(large.actors, large.edges) }));
  writeFileSync(join(DIST, 'data/bench-large-unlaid.json'), JSON.stringify(large));
  console.log(`large dataset: ${large.events.length} events, ${large.actors.length} actors, ${large.edges.length} edges`);
  console.log(`initial JavaScript: ${(initialJsGzip() / 1024).toFixed(0)} kB gzipped`);

  const server = spawn('node_modules/.bin/vite', ['preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { detached: true, stdio: 'ignore' });
  try {
    for (let i = 0; i < 50; i++) {
      if (await fetch(BASE).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const open = async (label: string) => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      page.on('crash', () => console.error(`${label}: the page crashed`));
      page.on('pageerror', (e) => console.error(`${label}: ${e.message}`));
      return page;
    };
    /** Three first visits, each in a new tab (a new renderer process, nothing compiled yet); the last tab stays open. */
    const firstVisits = async (label: string, path: string, phases?: Phases[]) => {
      const walls = [];
      let page: Page | null = null;
      for (let i = 0; i < 3; i++) {
        await page?.close();
        page = await open(label);
        walls.push(await firstRender(page, path, phases));
      }
      return { walls, page: page! };
    };
    const ofThree = (walls: number[]) => `new tab median ${ms(quantile(walls, 0.5))} (of 3: ${walls.map(ms).join(', ')})`;

    const reference = await firstVisits('reference page', `${REFERENCE}/`);
    await reference.page.close();
    console.log(
      `${'reference page'.padEnd(16)} first full render: ${ofThree(reference.walls)}\n${''.padEnd(17)}` +
        '(React, vis-timeline and cytoscape alone drawing the bundled corpus: the floor this stack sets on this machine)',
    );

    const datasets = [
      ['bundled corpus', '?test'],
      ['large synthetic', '?test&data=data/bench-large.json'],
      ['large, no layout', '?test&data=data/bench-large-unlaid.json'],
    ] as const;
    for (const [label, path] of datasets) {
      // Cold: first visits. Warm: the same tab again, after a blank page (so that the teardown of the app before is
      // not counted), as on a revisit with the browser's caches hot.
      const coldPhases: Phases[] = [];
      const { walls: cold, page } = await firstVisits(label, path, coldPhases);
      const renders = [];
      for (let i = 0; i < 3; i++) {
        await page.goto('about:blank');
        await page.waitForTimeout(500);
        renders.push(await firstRender(page, path));
      }
      if (process.env.BENCH_PROFILE && path === datasets[1][1]) await profileFirstRender(page, path, process.env.BENCH_PROFILE);
      const { windowTimes, windowTimelineTimes, clickTimes, clickGraphTimes } = await latencies(page);
      console.log(
        `${label.padEnd(16)} first full render: ${ofThree(cold)}, ` +
          `same tab again median ${ms(quantile(renders, 0.5))} (of 3: ${renders.map(ms).join(', ')})\n${''.padEnd(17)}` +
          `new tab, ms from navigation (medians): ${phaseLine(coldPhases)}\n${''.padEnd(17)}` +
          `window→graph median ${ms(quantile(windowTimes, 0.5))} p95 ${ms(quantile(windowTimes, 0.95))}  ` +
          `window→timeline median ${ms(quantile(windowTimelineTimes, 0.5))} p95 ${ms(quantile(windowTimelineTimes, 0.95))}\n${''.padEnd(17)}` +
          `click→passages median ${ms(quantile(clickTimes, 0.5))} p95 ${ms(quantile(clickTimes, 0.95))}  ` +
          `click→graph median ${ms(quantile(clickGraphTimes, 0.5))} p95 ${ms(quantile(clickGraphTimes, 0.95))}`,
      );
      await page.close();
    }
    await browser.close();
  } finally {
    try {
      process.kill(-server.pid!);
    } catch {
      /* already gone */
    }
  }
}

await main();
