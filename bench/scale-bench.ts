// `npm run bench:scale [-- --sizes 10k,100k,1M] [--format json,folder] [--seed 42] [--runs 30] [--reuse]`: for each size,
// builds a synthetic corpus (bench/synthetic-corpus.ts, generated once under .bench/ and reused), builds its dataset
// with build:data as a child process (wall time, peak RSS of its process tree, output size), opens it in the built
// app in Chromium and prints the first full render beside the reference page's (bench:ui's floor), the p50/p95 of
// click actor → passages, click edge → passages, window change → graph and → timeline, the JS heap after the
// clicks, and where each figure stands against the targets at a million articles (issue 16).
// Formats: json (dataset.json, ?data=….json) and folder (the dataset folder of columnar files, `build:data --folder
// DIR`, opened as ?data=…/). A size or format that cannot be built or opened is reported with the reason, and the
// run goes on. Figures, not assertions: the machine is shared and noisy.
// It builds the app into its own folder (BENCH_DIST, default /tmp/scale-bench-dist) and serves it on BENCH_PORT
// (default 4180), so that two runs on one machine need not share either. The datasets are built beside it (BENCH_DIST
// + '-datasets') and linked into its data/, so that the app's next build does not delete them: `--reuse` measures the
// datasets of an earlier run again (a change to the app, re-measured on the same 100k folder) without building them.
// Without it, every dataset is built anew.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildApp, firstVisits, jsHeapAfterGc, latencies, launchChromium, ofThree, REFERENCE, startServer } from './app-bench';
import { measureProcess } from './process-memory';
import { articles, buildFailure, parseFormats, parseSizes, targetChecks, targetLine, type OutputFormat, type ScaleFigures } from './scale-figures';
import { megabytes, ms, quantile } from './stats';
import { cachedSyntheticCorpus } from './synthetic-corpus';

const DIST = process.env.BENCH_DIST ?? '/tmp/scale-bench-dist';
const PORT = Number(process.env.BENCH_PORT ?? 4180);
const DATASETS = `${DIST}-datasets`;
const BUILD_DATA = ['node_modules/.bin/tsx', 'src/cli/build-data.ts'] as const;
/** V8's longest string (String::kMaxLength on 64 bits), in UTF-16 code units: the app reads dataset.json as one. */
const V8_MAX_STRING_LENGTH = 2 ** 29 - 24;
const INDENT = '  ';

/** Why `format` cannot be built yet, or null when build:data can write it. */
function formatNotAvailable(format: OutputFormat): string | null {
  if (format === 'json') return null;
  const usage = execFileSync(BUILD_DATA[0], [...BUILD_DATA.slice(1), '--help'], { encoding: 'utf8' });
  return usage.includes('--folder') ? null : 'not available yet: build:data does not write a dataset folder (its usage names no --folder); skipped';
}

/** Bytes of a file, or of every file under a folder. */
function sizeOnDisk(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).reduce((n, name) => {
    const s = statSync(join(path, name));
    return s.isFile() ? n + s.size : n;
  }, 0);
}

/** The length of a UTF-8 file's text as a JS string (UTF-16 code units), read in chunks. */
function utf16Length(file: string): number {
  const decoder = new TextDecoder();
  const chunk = new Uint8Array(16 * 2 ** 20);
  const fd = openSync(file, 'r');
  try {
    let length = 0;
    for (let read; (read = readSync(fd, chunk)) > 0; ) length += decoder.decode(chunk.subarray(0, read), { stream: true }).length;
    return length + decoder.decode().length;
  } finally {
    closeSync(fd);
  }
}

/** Why the app cannot open this output, found before trying (which would take minutes to fail), or null. */
function cannotOpen(format: OutputFormat, out: string): string | null {
  if (format !== 'json') return null;
  const length = utf16Length(out);
  return length > V8_MAX_STRING_LENGTH
    ? `dataset.json is ${articles(length)} characters as a string, over the browser's longest string (${articles(V8_MAX_STRING_LENGTH)}): the app reads it as one`
    : null;
}

const p50p95 = (xs: number[]) => (xs.length === 0 ? 'none measured' : `p50 ${ms(quantile(xs, 0.5))} p95 ${ms(quantile(xs, 0.95))}`);

/** Opens the dataset at `url` in new tabs: first full render (3 visits), then the clicks and window changes, then the heap. */
async function measureInBrowser(browser: Browser, label: string, url: string, reference: number, runs: number, figures: ScaleFigures): Promise<void> {
  const { walls, page } = await firstVisits(browser, label, url);
  try {
    figures.renderRatio = quantile(walls, 0.5) / reference;
    console.log(`${INDENT}first full render: ${ofThree(walls)}: ${figures.renderRatio.toFixed(2)}× the reference page's ${ms(reference)}`);
    const l = await latencies(page, runs, true);
    const measured = {
      'click actor→passages': l.clickTimes,
      'click edge→passages': l.edgeClickTimes,
      'window→graph': l.windowTimes,
      'window→timeline': l.windowTimelineTimes,
    };
    figures.p95 = Object.fromEntries(Object.entries(measured).map(([name, xs]) => [name, xs.length ? quantile(xs, 0.95) : undefined]));
    console.log(`${INDENT}${Object.entries(measured).map(([name, xs]) => `${name} ${p50p95(xs)}`).join(' · ')}  (${runs} runs each)`);
    figures.heap = await jsHeapAfterGc(page);
    console.log(`${INDENT}JS heap after the clicks: ${megabytes(figures.heap)} (live, after a garbage collection)`);
  } finally {
    await page.close();
  }
}

/** The dataset built by an earlier run (a folder is complete once its manifest is written, last), or null. */
function earlierOutput(format: OutputFormat, out: string): string | null {
  return existsSync(format === 'json' ? out : join(out, 'manifest.json')) ? out : null;
}

/**
 * Builds `size`'s dataset in `format` from `corpus` (or, with `reuse`, takes an earlier run's), and measures it in
 * the browser if it can be opened.
 */
async function benchOne(browser: Browser, base: string, reference: number, size: number, format: OutputFormat, corpus: string, runs: number, reuse: boolean): Promise<ScaleFigures> {
  const name = `scale-${size}`;
  const out = join(DATASETS, format === 'json' ? `${name}.json` : name);
  const figures: ScaleFigures = {};
  mkdirSync(DATASETS, { recursive: true });
  if (reuse && earlierOutput(format, out)) {
    console.log(`${INDENT}build: not run (--reuse), the output of an earlier run: ${out}, ${megabytes(sizeOnDisk(out))}`);
  } else {
    rmSync(out, { recursive: true, force: true });
    const run = await measureProcess(BUILD_DATA[0], [...BUILD_DATA.slice(1), '--corpus', corpus, format === 'json' ? '--out' : '--folder', out]);
    Object.assign(figures, { buildSeconds: run.seconds, peakRss: run.peakRss });
    const failure = buildFailure(run);
    if (failure !== null) {
      figures.buildFailed = failure;
      console.log(`${INDENT}build:data FAILED after ${run.seconds.toFixed(0)} s at ${megabytes(run.peakRss)} peak RSS (${failure})`);
      return figures;
    }
    console.log(`${INDENT}build: ${run.seconds.toFixed(1)} s, peak RSS ${megabytes(run.peakRss)} (build:data and its child processes), output ${megabytes(sizeOnDisk(out))}`);
  }
  const served = join(DIST, 'data', basename(out));
  rmSync(served, { recursive: true, force: true });
  symlinkSync(out, served);
  const unopenable = cannotOpen(format, out);
  if (unopenable) {
    console.log(`${INDENT}cannot be opened: ${unopenable}`);
    return figures;
  }
  const url = `${base}?test&data=data/${name}${format === 'json' ? '.json' : '/'}`;
  try {
    await measureInBrowser(browser, `${articles(size)} ${format}`, url, reference, runs, figures);
  } catch (e) {
    console.log(`${INDENT}cannot be opened or measured in the app: ${(e as Error).message.split('\n')[0]}`);
  }
  return figures;
}

async function main(): Promise<void> {
  const args = parseArgs({
    options: {
      sizes: { type: 'string', default: '10k,100k,1M' },
      format: { type: 'string', default: 'json,folder' },
      seed: { type: 'string', default: '42' },
      runs: { type: 'string', default: '30' },
      reuse: { type: 'boolean', default: false },
    },
  }).values;
  const sizes = parseSizes(args.sizes);
  const formats = parseFormats(args.format);
  const seed = Number(args.seed);
  const runs = Number(args.runs);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${args.seed}"`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not "${args.runs}"`);
  const notAvailable = new Map(formats.map((f) => [f, formatNotAvailable(f)]));

  buildApp(DIST);
  const server = await startServer(DIST, PORT);
  const verdicts: string[] = [];
  try {
    const browser = await launchChromium();
    const { walls, page } = await firstVisits(browser, 'reference page', `${server.base}${REFERENCE}/`);
    await page.close();
    const reference = quantile(walls, 0.5);
    console.log(`reference page first full render: ${ofThree(walls)} (the stack alone on the bundled corpus: bench:ui's floor)`);

    for (const size of sizes) {
      const t0 = performance.now();
      const corpus = cachedSyntheticCorpus(size, seed);
      const made = corpus.generated ? `generated in ${((performance.now() - t0) / 1000).toFixed(1)} s` : 'generated before, reused';
      console.log(`\n${articles(size)} articles (seed ${seed}): corpus ${corpus.dir}, ${made}, ${megabytes(sizeOnDisk(corpus.dir))}`);
      for (const format of formats) {
        console.log(`${format}:`);
        const why = notAvailable.get(format);
        const verdict = why ?? targetLine(targetChecks(await benchOne(browser, server.base, reference, size, format, corpus.dir, runs, args.reuse)));
        console.log(`${INDENT}${why ? '' : 'against the targets at 1M: '}${verdict}`);
        verdicts.push(`${articles(size).padStart(9)} ${format.padEnd(6)} ${verdict}`);
      }
    }
    await browser.close();
  } finally {
    server.stop();
  }
  console.log(`\nTargets at 1M articles: build ≤ 30 min, peak RSS ≤ 2 GB, first render ≤ 2× the reference page, every p95 ≤ 150 ms, heap ≤ 300 MB.`);
  for (const line of verdicts) console.log(line);
}

await main().catch((e: unknown) => {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
});
