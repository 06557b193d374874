// `npx tsx bench/folder-bench.ts [--size N] [--latency MS] [--folder DIR]`: builds a synthetic corpus of N articles
// (default 10,000) into a dataset folder as build:data --folder does, and prints the build's time, peak RSS and the
// folder's size; then serves the folder over HTTP with Range (a local static server, MS of latency added to each
// request) and prints p50/p95 latency, requests and bytes of each question FolderSource answers (20 different
// parameters each). With --folder, the folder is kept there, and a folder already there is queried, not rebuilt.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDatasetFile } from '../src/cli/build-dataset-file';
import type { DaySpan, EventQuery } from '../src/dataset-source/dataset-source';
import { httpFolder } from '../src/dataset-source/folder-files';
import type { FolderManifest } from '../src/dataset-source/folder-format';
import { FolderSource } from '../src/dataset-source/folder-source';
import { addDays } from '../src/dataset-source/day-math';
import type { EventType } from '../src/schema/dataset';
import { serveFolder } from '../src/test/range-server';
import { random, syntheticCorpus } from './synthetic-corpus';

const RUNS = 20;
const PAGE = { offset: 0, limit: 50 };
const SEARCHES = ['بوتين', 'اتصال هاتفي', 'الرئيس الروسي', 'إيران', 'لافروف', 'الأمريكية', 'وزير الخارجية', 'طهران', 'موسكو', 'بزشكيان'];

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '10000' }, latency: { type: 'string', default: '0' }, folder: { type: 'string' } } });
const size = Number(args.size);
const latency = Number(args.latency);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function main(): Promise<void> {
  const work = args.folder === undefined ? mkdtempSync(join(tmpdir(), 'folder-bench-')) : null;
  const folder = args.folder ?? join(work!, 'dataset');
  if (!existsSync(join(folder, 'manifest.json'))) await build(folder);
  await query(folder);
  if (work) rmSync(work, { recursive: true, force: true });
}

async function build(folder: string): Promise<void> {
  const { files, manifest } = syntheticCorpus(size);
  const corpus = { files: files.map((f) => ({ name: f.name, size: f.bytes.length, read: () => f.bytes })), manifest };
  const started = performance.now();
  let analysed = started;
  const outcome = await buildDatasetFile(corpus, { folder }, { onProgress: () => (analysed = performance.now()) });
  const finished = performance.now();
  const seconds = (finished - started) / 1000;
  if (outcome.written === null) throw new Error('the synthetic corpus did not build');
  const built = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as FolderManifest;
  const folderBytes = Object.values(built.files).reduce((a, b) => a + b, 0);
  console.log(`build ${size} articles → folder: ${seconds.toFixed(1)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (this process: pipeline threads + DuckDB), folder ${mb(folderBytes)}`);
  console.log(`  of which the pipeline ${((analysed - started) / 1000).toFixed(1)} s, DuckDB's tables ${((finished - analysed) / 1000).toFixed(1)} s`);
  console.log(`  ${JSON.stringify(built.summary)}`);
  console.log(`  largest files: ${Object.entries(built.files).sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, b]) => `${n} ${mb(b)}`).join(', ')}`);
}

async function query(folder: string): Promise<void> {
  const heapBefore = process.memoryUsage().heapUsed;

  const server = await serveFolder(folder, latency);
  try {
    const source = new FolderSource(httpFolder(server.url));
    const openStart = performance.now();
    const opened = await source.open();
    console.log(`open (manifest, index, actors, overview, layout): ${(performance.now() - openStart).toFixed(0)} ms, ${server.stats.requests} requests, ${mb(server.stats.bytes)}`);
    const span = opened.summary.span!;
    const rand = random(7);
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
    const dayIn = (from: string, to: string) => addDays(from, Math.floor(rand() * ((Date.parse(to) - Date.parse(from)) / 86_400_000)));
    const windowOf = (days: number): DaySpan => {
      const from = dayIn(span.from, addDays(span.to, -days));
      return { from, to: addDays(from, days - 1) };
    };
    const pairs = (await source.edges(null)).slice(0, 40);
    const events = (await source.events({ window: null }, { offset: 0, limit: 2000 })).items;
    const types: EventType[] = ['phone_call', 'meeting', 'visit', 'statement', 'message', 'agreement', 'military_action', 'killing'];
    const questions: [string, () => Promise<unknown>][] = [
      ['actor → passages (3-month window, 50)', () => source.passagesOfActor(pick(opened.actors).id, windowOf(91), PAGE)],
      ['actor → passages (whole corpus, 50)', () => source.passagesOfActor(pick(opened.actors).id, null, PAGE)],
      ['pair → passages (3-month window, 50)', () => { const e = pick(pairs); return source.passagesOfPair(e.source, e.target, windowOf(91), PAGE); }],
      ['events of 2 types in a year (50)', () => source.events({ window: windowOf(365), types: [pick(types), pick(types)] } satisfies EventQuery, PAGE)],
      ['events of an actor in a year (50)', () => source.events({ window: windowOf(365), actorIds: [pick(opened.actors).id] }, PAGE)],
      ['edges in a 3-month window', () => source.edges(windowOf(91))],
      ['edges in a year', () => source.edges(windowOf(365))],
      ['event → its passages', () => source.passages(pick(events).passageIds)],
      ['event(id)', () => source.event(pick(events).id)],
      ['document(id)', () => source.document(pick(events).documentIds[0])],
      ['search passages (50)', () => source.searchPassages(pick(SEARCHES), PAGE)],
    ];
    console.log(`queries over HTTP Range (${latency} ms added per request), ${RUNS} parameter sets each:`);
    for (const [name, ask] of questions) {
      const times: number[] = [];
      const requests: number[] = [];
      const bytes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const before = { ...server.stats };
        const t = performance.now();
        await ask();
        times.push(performance.now() - t);
        requests.push(server.stats.requests - before.requests);
        bytes.push(server.stats.bytes - before.bytes);
      }
      const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
      const [t, r, b] = [sorted(times), sorted(requests), sorted(bytes)];
      console.log(
        `  ${name.padEnd(40)} p50 ${percentile(t, 50).toFixed(0).padStart(4)} ms  p95 ${percentile(t, 95).toFixed(0).padStart(4)} ms  ` +
          `requests p50 ${percentile(r, 50)}  bytes p50 ${(percentile(b, 50) / 1000).toFixed(0)} KB`,
      );
    }
    console.log(`JS heap: ${mb(heapBefore)} before the queries, ${mb(process.memoryUsage().heapUsed)} after`);
  } finally {
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
