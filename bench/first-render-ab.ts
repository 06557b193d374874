// `tsx bench/first-render-ab.ts [--cpu] <dist A> <dist B> [more dists…] [visits]`: an A/B comparison of builds'
// first full render of the bundled corpus. Each build is served on a port of its own and first visited in a new
// tab, by turns (A, B…, then the reference page of A's build when it has one: bench/app-bench.ts buildApp),
// `visits` times each (default 12), so that the shared machine's slow spells fall on all alike. Prints each one's
// median and its start-up phases' medians.
// --cpu also traces each visit and prints the CPU time the page's renderer spent until the full render: on its main
// thread, and on its thread pool (script streaming and compiling, raster). Other processes' load stretches wall
// times, far less CPU times: a change that saves work shows there when the wall times drown it. (Tracing itself
// slows the page: compare wall times without --cpu.)
// --profile (with --cpu) also samples the main thread's JavaScript (V8's profiler, in the same trace) and prints, per
// build, where its time went until the full render: the ms per visit inside each function (its callees included),
// and each script's own ms. Build the sides with `--minify false` to read the functions' names. Sampling slows code
// that runs once far more than code that runs often: compare the sides, not the figures with --cpu's.
// Build a side with `vite build --outDir <dist>` (or buildApp, to have the reference page).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { firstRender, launchChromium, openTab, phaseLine, REFERENCE, startServer, type Phases } from './app-bench';
import { ms, quantile } from './stats';

const args = process.argv.slice(2);
const flag = (name: string) => args[0] === name && Boolean(args.shift());
const CPU = flag('--cpu');
const PROFILE = CPU && flag('--profile');
const VISITS = /^\d+$/.test(args.at(-1) ?? '') ? Number(args.pop()) : 12;
const dists = args;
if (dists.length < 2) throw new Error('usage: tsx bench/first-render-ab.ts [--cpu [--profile]] <dist A> <dist B> [more dists…] [visits]');
const TRACE = '/tmp/first-render-ab-trace.json';

interface Side {
  label: string;
  url: string;
  walls: number[];
  phases: Phases[];
  mainCpu: number[];
  poolCpu: number[];
  /** --profile: ms inside each function (callees included), and each script's own ms, summed over the visits. */
  inFunction: Map<string, number>;
  ownByScript: Map<string, number>;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: { name?: string; data?: ProfileData };
}

/** V8's sampling profile as a trace carries it: a Profile event, then ProfileChunk events with the call tree's new
 *  nodes, the samples (a node each) and the µs between samples. */
interface ProfileData {
  startTime?: number;
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

interface ProfileNode {
  id: number;
  parent?: number;
  /** No url for V8's own entries: (program), (garbage collector). */
  callFrame: { functionName: string; url?: string; lineNumber: number };
}

/** The renderer process that drew `url`, its main thread, and when the navigation started (µs). */
function rendererOf(events: TraceEvent[], url: string): { pid: number; mainTid: number | undefined; threads: Map<number, string>; start: number } {
  const navigation = events.filter((e) => e.name === 'navigationStart' && JSON.stringify(e.args).includes(url)).at(-1);
  if (!navigation) throw new Error(`no navigation to ${url} in the trace`);
  const threads = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === navigation.pid).map((e) => [e.tid, e.args?.name ?? '']));
  const mainTid = [...threads].find(([, name]) => name === 'CrRendererMain')?.[0];
  return { pid: navigation.pid, mainTid, threads, start: navigation.ts };
}

/** CPU ms of the renderer that drew `url` over the first `wall` ms from its navigation, by thread kind. */
function rendererCpu(events: TraceEvent[], url: string, wall: number): { main: number; pool: number } {
  const { pid, threads, start } = rendererOf(events, url);
  const end = start + wall * 1000;
  let main = 0;
  let pool = 0;
  for (const e of events) {
    if (e.pid !== pid || e.ph !== 'X' || e.ts < start || e.ts > end) continue;
    // Top-level tasks only: the events inside them are already counted.
    const thread = threads.get(e.tid) ?? '';
    const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
    if (thread === 'CrRendererMain' && e.name === 'ThreadControllerImpl::RunTask') main += cpu;
    else if (thread.startsWith('ThreadPool') && e.name === 'ThreadPool_RunTask') pool += cpu;
  }
  return { main, pool };
}

const scriptName = (url = '') => url.slice(url.lastIndexOf('/') + 1);
const add = (totals: Map<string, number>, key: string, time: number) => totals.set(key, (totals.get(key) ?? 0) + time);

/** Adds the main thread's JavaScript samples until the full render to `side`'s totals (--profile). */
function addProfile(events: TraceEvent[], side: Side, wall: number): void {
  const { pid, mainTid, start } = rendererOf(events, side.url);
  const end = start + wall * 1000;
  const profiles = new Map<string, { start: number; nodes: Map<number, ProfileNode>; samples: number[]; deltas: number[] }>();
  for (const e of events) {
    if (e.pid !== pid || e.id === undefined) continue;
    // The main thread's profile; its chunks may come from another thread.
    if (e.name === 'Profile' && e.tid === mainTid) profiles.set(e.id, { start: e.args?.data?.startTime ?? 0, nodes: new Map(), samples: [], deltas: [] });
    const profile = profiles.get(e.id);
    if (e.name !== 'ProfileChunk' || !profile) continue;
    for (const node of e.args?.data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
    profile.samples.push(...(e.args?.data?.cpuProfile?.samples ?? []));
    profile.deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  for (const { start: profileStart, nodes, samples, deltas } of profiles.values()) {
    let at = profileStart;
    samples.forEach((sample, i) => {
      at += deltas[i];
      // A sample stands for the time until the next one.
      const sampleMs = (deltas[i + 1] ?? 0) / 1000;
      const leaf = nodes.get(sample);
      if (at < start || at > end || !leaf || leaf.callFrame.functionName === '(idle)') return;
      add(side.ownByScript, scriptName(leaf.callFrame.url) || leaf.callFrame.functionName || '(native)', sampleMs);
      // Each function once per sample, however deep it recurses.
      const seen = new Set<string>();
      for (let node: ProfileNode | undefined = leaf; node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) {
        const { functionName, url, lineNumber } = node.callFrame;
        const key = url ? `${functionName || '(anonymous)'} ${scriptName(url)}:${lineNumber + 1}` : functionName || '(native)';
        if (!seen.has(key)) add(side.inFunction, key, sampleMs);
        seen.add(key);
      }
    });
  }
}

/** The `n` largest totals, per visit. */
const largest = (totals: Map<string, number>, visits: number, n: number) =>
  [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, total]) => `    ${(total / visits).toFixed(1).padStart(6)} ms  ${key}`)
    .join('\n');

async function visit(browser: Browser, side: Side): Promise<void> {
  const page: Page = await openTab(browser, side.label);
  const categories = ['toplevel', 'devtools.timeline', 'blink.user_timing', ...(PROFILE ? ['disabled-by-default-v8.cpu_profiler'] : [])];
  if (CPU) await browser.startTracing(page, { path: TRACE, categories });
  const wall = await firstRender(page, side.url, side.phases);
  side.walls.push(wall);
  if (CPU) {
    await browser.stopTracing();
    const events: TraceEvent[] = JSON.parse(readFileSync(TRACE, 'utf8')).traceEvents;
    const { main, pool } = rendererCpu(events, side.url, wall);
    side.mainCpu.push(main);
    side.poolCpu.push(pool);
    if (PROFILE) addProfile(events, side, wall);
  }
  await page.close();
}

async function main() {
  const servers = await Promise.all(dists.map((d, i) => startServer(d, 4181 + i)));
  const side = (label: string, url: string): Side => ({ label, url, walls: [], phases: [], mainCpu: [], poolCpu: [], inFunction: new Map(), ownByScript: new Map() });
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
    if (PROFILE) {
      console.log(`  main thread's samples per visit, inside each function:\n${largest(s.inFunction, s.walls.length, 40)}`);
      console.log(`  each script's own:\n${largest(s.ownByScript, s.walls.length, 12)}`);
    }
  }
}

await main();
