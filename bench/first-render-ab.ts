// `tsx bench/first-render-ab.ts [--cpu] <dist A> <dist B> [more dists…] [visits]`: an A/B comparison of builds'
// first full render of the bundled corpus. Each build is served on a port of its own and first visited in a new
// tab, by turns (A, B…, then the reference page of A's build when it has one: bench/app-bench.ts buildApp),
// `visits` times each (default 12), so that the shared machine's slow spells fall on all alike. Prints each one's
// median and its start-up phases' medians.
// --cpu also traces each visit and prints the CPU time the page's renderer spent until the full render: on its main
// thread, and on its thread pool (script streaming and compiling, raster). Other processes' load stretches wall
// times, far less CPU times: a change that saves work shows there when the wall times drown it. (Tracing itself
// slows the page: compare wall times without --cpu.)
// Build a side with `vite build --outDir <dist>` (or buildApp, to have the reference page).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstRender, launchChromium, openTab, phaseLine, REFERENCE, startServer, type Phases } from './app-bench';
import { ms, quantile } from './stats';

const args = process.argv.slice(2);
const CPU = args[0] === '--cpu';
if (CPU) args.shift();
const VISITS = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 12;
const dists = args;
if (dists.length < 2) throw new Error('usage: tsx bench/first-render-ab.ts [--cpu] <dist A> <dist B> [more dists…] [visits]');
const TRACE = '/tmp/first-render-ab-trace.json';

interface Side {
  label: string;
  url: string;
  walls: number[];
  phases: Phases[];
  mainCpu: number[];
  poolCpu: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** CPU ms of the renderer that drew `url` over the first `wall` ms from its navigation, by thread kind. */
function rendererCpu(events: TraceEvent[], url: string, wall: number): { main: number; pool: number } {
  const navigation = events.filter((e) => e.name === 'navigationStart' && JSON.stringify(e.args).includes(url)).at(-1);
  if (!navigation) throw new Error(`no navigation to ${url} in the trace`);
  const threads = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === navigation.pid).map((e) => [e.tid, e.args?.name ?? '']));
  const end = navigation.ts + wall * 1000;
  let main = 0;
  let pool = 0;
  for (const e of events) {
    if (e.pid !== navigation.pid || e.ph !== 'X' || e.ts < navigation.ts || e.ts > end) continue;
    // Top-level tasks only: the events inside them are already counted.
    const thread = threads.get(e.tid) ?? '';
    const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
    if (thread === 'CrRendererMain' && e.name === 'ThreadControllerImpl::RunTask') main += cpu;
    else if (thread.startsWith('ThreadPool') && e.name === 'ThreadPool_RunTask') pool += cpu;
  }
  return { main, pool };
}

async function visit(browser: Browser, side: Side): Promise<void> {
  const page: Page = await openTab(browser, side.label);
  if (CPU) await browser.startTracing(page, { path: TRACE, categories: ['toplevel', 'devtools.timeline', 'blink.user_timing'] });
  const wall = await firstRender(page, side.url, side.phases);
  side.walls.push(wall);
  if (CPU) {
    await browser.stopTracing();
    const { main, pool } = rendererCpu(JSON.parse(readFileSync(TRACE, 'utf8')).traceEvents, side.url, wall);
    side.mainCpu.push(main);
    side.poolCpu.push(pool);
  }
  await page.close();
}

async function main() {
  const servers = await Promise.all(dists.map((d, i) => startServer(d, 4181 + i)));
  const side = (label: string, url: string): Side => ({ label, url, walls: [], phases: [], mainCpu: [], poolCpu: [] });
  const sides = dists.map((d, i) => side(`${String.fromCharCode(65 + i)} ${d}`, `${servers[i].base}?test`));
  if (existsSync(join(dists[0], REFERENCE, 'index.html'))) sides.push(side('reference page', `${servers[0].base}${REFERENCE}/`));
  try {
    const browser = await launchChromium();
    // One visit of each first, not counted: the server's and the disk's caches warm up.
    for (const s of sides) {
      const page = await openTab(browser, s.label);
      await firstRender(page, s.url);
      await page.close();
    }
    for (let i = 0; i < VISITS; i++) for (const s of i % 2 === 0 ? sides : [...sides].reverse()) await visit(browser, s);
    await browser.close();
  } finally {
    servers.forEach((s) => s.stop());
    rmSync(TRACE, { force: true });
  }
  const reference = sides.find((s) => s.label === 'reference page');
  for (const s of sides) {
    const median = quantile(s.walls, 0.5);
    const ratio = reference && s !== reference ? `  (${(median / quantile(reference.walls, 0.5)).toFixed(2)}× reference)` : '';
    console.log(`${s.label}: first full render median ${ms(median)}${ratio} (of ${s.walls.length}: ${s.walls.map((w) => w.toFixed(0)).join(', ')})`);
    console.log(`  phases (medians): ${phaseLine(s.phases)}`);
    if (CPU) console.log(`  renderer CPU until the full render (medians): main thread ${ms(quantile(s.mainCpu, 0.5))}, thread pool ${ms(quantile(s.poolCpu, 0.5))}`);
  }
}

await main();
