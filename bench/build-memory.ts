// `npx tsx bench/build-memory.ts [SIZE …] [--folder] [--shards N] [--no-breakdown]` (default sizes 2000 10000 30000):
// what in `build:data` grows with the corpus. For each size it writes a synthetic corpus folder under the system's
// temporary folder (untimed; TMPDIR moves it), then
// 1. runs `build:data --out` (with --folder: `build:data --folder`, and prints the folder's size) under
//    /usr/bin/time and prints its wall time and peak RSS (the whole process, workers included); with --shards N,
//    also its N shards one after the other and their merge, and whether the merge's dataset.json is the whole
//    build's byte for byte;
// 2. in a process of its own (--expose-gc), runs the same map and corpus-wide stages and prints the main thread's
//    live heap, after garbage collection: for dataset.json, held by each structure that grows (it drops them one at
//    a time and measures what is freed; each structure's count is printed beside it); with --folder, as the map goes
//    (five samples, and the growth per 1,000 articles), after the corpus-wide stages, and what the reading of the
//    corpus's files keeps (their list, the manifest, ids and text hashes for the duplicate check); and each phase of
//    the folder's build (the map, the events' merge, DuckDB's loading, checks, edges and ranking, the Parquet files)
//    with its wall time and the process's peak RSS during it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { corpusFolder, corpusStage } from '../src/cli/build-dataset-file';
import { DatasetFileWriter } from '../src/cli/dataset-file-writer';
import { DatasetFolderWriter } from '../src/cli/dataset-folder-writer';
import { CorpusAssembly, loadPipeline, mapCorpusInParallel } from '../src/cli/parallel-pipeline';
import { writeSyntheticFolder } from './synthetic-corpus';

const folderOf = (size: number) => join(tmpdir(), `build-memory-${size}`);
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** `build:data` with `args`: wall seconds and peak RSS (bytes), as /usr/bin/time measures them. */
function timeBuild(...args: string[]): { seconds: number; peakRss: number } {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, '--import', 'tsx', 'src/cli/build-data.ts', ...args], { encoding: 'utf8' });
  const line = /TIME ([\d.]+) (\d+)/.exec(run.stderr);
  if (run.status !== 0 || !line) throw new Error(`build:data ${args.join(' ')} failed:\n${run.stderr}`);
  return { seconds: Number(line[1]), peakRss: Number(line[2]) * 1024 };
}

const timing = ({ seconds, peakRss }: { seconds: number; peakRss: number }) => `${seconds.toFixed(1)} s, peak RSS ${mb(peakRss)}`;

/** The corpus of `size` articles as `count` shards (one after the other) and their merge, beside the whole build's `whole`. */
function shardedBuild(size: number, count: number, whole: string): void {
  const root = mkdtempSync(join(tmpdir(), 'build-memory-shards-'));
  const dirs = Array.from({ length: count }, (_, i) => join(root, `shard-${i + 1}`));
  dirs.forEach((dir, i) => console.log(`  shard ${i + 1}/${count}: ${timing(timeBuild('--corpus', folderOf(size), '--shard', `${i + 1}/${count}`, '--shard-out', dir))}`));
  const bytes = dirs.reduce((n, dir) => n + statSync(join(dir, 'batches.ndjson')).size, 0);
  const out = join(root, 'dataset.json');
  const merge = timeBuild('--merge', ...dirs, '--out', out);
  const same = readFileSync(out).equals(readFileSync(whole));
  console.log(`  merge of ${count} shards (${mb(bytes)} of batches): ${timing(merge)}; dataset.json ${same ? 'byte-identical to' : 'DIFFERS from'} the whole build's`);
  rmSync(root, { recursive: true, force: true });
}

/** The live heap (bytes) after a full garbage collection. */
function liveHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** In this process: the main thread's heap held by what grows, structure by structure (a destructive probe). */
async function breakdown(size: number): Promise<void> {
  const out = join(mkdtempSync(join(tmpdir(), 'build-memory-')), 'dataset.json');
  const writer = new DatasetFileWriter(out);
  const assembly = new CorpusAssembly(undefined, (slice) => writer.add(slice));
  const start = liveHeap();
  await mapCorpusInParallel(corpusFolder(folderOf(size)), (batch) => assembly.add(batch));
  const afterMap = liveHeap();
  const records = assembly.finish();
  const afterFinish = liveHeap();
  // The probe reaches into private fields: it measures them, it does not use them (and keeps no reference to them,
  // which would keep them alive).
  const assembler = Reflect.get(assembly, 'assembler') as object;
  const field = (owner: object, ...path: string[]) => path.reduce((o, key) => Reflect.get(o, key) as object, owner);
  const counts = {
    namings: (field(assembler, 'namings') as unknown[]).length,
    candidates: (field(assembler, 'events', 'merged') as unknown[]).length,
    passageIds: (field(writer, 'check', 'ids', 'passages') as Set<string>).size,
    documentIds: (field(writer, 'check', 'ids', 'documents') as Set<string>).size,
  };
  const passageRefs = records.edges.reduce((n, e) => n + e.passageIds.length, 0);
  const freed = (drop: () => void) => {
    const before = liveHeap();
    drop();
    return before - liveHeap();
  };
  const rows: [string, number, string][] = [
    ['mention refs for edge counting (DatasetAssembler.namings)', freed(() => Reflect.set(assembler, 'namings', null)), `${counts.namings} refs`],
    ['merged event candidates + month index (CrossDocumentMerger)', freed(() => Reflect.set(assembler, 'events', null)), `${counts.candidates} events`],
    ['discovered actors (DiscoveredActors)', freed(() => Reflect.set(assembler, 'discovered', null)), ''],
    ['ids for the reference check (writer: ReferenceCheck)', freed(() => Reflect.set(writer, 'check', null)), `${counts.passageIds} passage + ${counts.documentIds} document ids`],
    ['corpus-wide records: edges', freed(() => (records.edges.length = 0)), `${passageRefs} passage ids in edges`],
    ['corpus-wide records: events', freed(() => (records.events.length = 0)), ''],
  ];
  writer.abort();
  console.log(`${size} articles, main thread live heap: ${mb(start)} before, ${mb(afterMap)} after the map (+${mb(afterMap - start)}), ${mb(afterFinish)} with the corpus-wide records`);
  for (const [what, bytes, count] of rows) console.log(`  ${what.padEnd(62)} ${mb(bytes).padStart(9)}  ${count}`);
}

/**
 * Each phase's wall time and this process's peak RSS during it (workers and DuckDB included): Linux's peak (VmHWM)
 * is reset as a phase starts (/proc/self/clear_refs) and read as the next one starts.
 */
class PhaseClock {
  readonly phases: { name: string; seconds: number; peakRss: number }[] = [];
  private current: { name: string; start: number } | null = null;

  readonly mark = (name: string | null) => {
    if (this.current) this.phases.push({ name: this.current.name, seconds: (performance.now() - this.current.start) / 1000, peakRss: statusKb('VmHWM') });
    writeFileSync('/proc/self/clear_refs', '5');
    this.current = name === null ? null : { name, start: performance.now() };
  };
}

const statusKb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;

/** In this process: the main thread's live heap through a folder build (the streamed corpus-wide stages), and its phases. */
async function folderBreakdown(size: number): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'build-memory-folder-'));
  const clock = new PhaseClock();
  const writer = new DatasetFolderWriter(join(root, 'dataset'), clock.mark);
  const stage = corpusStage(writer, undefined);
  const corpus = corpusFolder(folderOf(size));
  const start = liveHeap();
  const every = Math.max(1, Math.floor(size / 5));
  const samples: [number, number][] = [];
  let articles = 0;
  let stagingMs = 0;
  clock.mark('map (analysis in workers, staging on the main thread)');
  const mapped = await mapCorpusInParallel(corpus, (batch) => {
    const t = performance.now();
    stage.add(batch);
    stagingMs += performance.now() - t;
    const before = articles;
    articles += batch.slice.count.documents;
    if (Math.floor(articles / every) > Math.floor(before / every)) samples.push([articles, liveHeap()]);
  });
  const afterMap = liveHeap();
  const finishStart = performance.now();
  const outcome = await stage.complete({ issues: [] });
  clock.mark(null);
  const finishSeconds = (performance.now() - finishStart) / 1000;
  const afterFinish = liveHeap();
  const [first, last] = [samples[0], samples[samples.length - 1]];
  const perThousand = ((last[1] - first[1]) / (last[0] - first[0])) * 1000;
  console.log(`${size} articles, folder build, main thread live heap: ${mb(start)} before the map (the corpus's file list read)`);
  console.log(`  during the map: ${samples.map(([n, heap]) => `${n}: ${mb(heap)}`).join(', ')} → ${mb(perThousand)} per 1,000 articles`);
  console.log(`  after the map ${mb(afterMap)}; corpus-wide stages and tables ${finishSeconds.toFixed(1)} s, then ${mb(afterFinish)}`);
  console.log(`  phases (wall time, this process's peak RSS during it):`);
  for (const { name, seconds, peakRss } of clock.phases) console.log(`    ${name.padEnd(56)} ${seconds.toFixed(1).padStart(7)} s ${mb(peakRss).padStart(11)}`);
  console.log(`    (of the map: ${(stagingMs / 1000).toFixed(1)} s staging slices and spooling event reports on the main thread)`);
  console.log(`  workers' peak heaps (sum) ${mb(mapped.workersPeakHeap)}; ${outcome.written?.events} events, ${outcome.written?.edges} edges written`);
  rmSync(root, { recursive: true, force: true });
  // What the reading of the files keeps while the map runs, measured apart: the map holds it until its end.
  const names = readdirSync(folderOf(size));
  const beforeList = liveHeap();
  const listed = corpusFolder(folderOf(size));
  const afterList = liveHeap();
  const pipeline = loadPipeline();
  const reader = new pipeline.ArticleSourceReader(listed.files.map((f) => f.name), listed.manifest);
  const afterManifest = liveHeap();
  for (const file of listed.files) reader.read(file);
  const afterRead = liveHeap();
  console.log(
    `  reading the files (${names.length}): list ${mb(afterList - beforeList)}, manifest ${mb(afterManifest - afterList)}, ids + text hashes ${mb(afterRead - afterManifest)} ` +
      `(${reader.fileIssues.length} issues)`,
  );
}

const folderBytes = (dir: string) => readdirSync(dir).reduce((n, name) => n + statSync(join(dir, name)).size, 0);

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const sizes = process.argv.slice(2).filter((a, i, all) => /^\d+$/.test(a) && all[i - 1] !== '--shards').map(Number);
const folder = process.argv.includes('--folder');
if (process.argv.includes('--breakdown')) await (folder ? folderBreakdown(sizes[0]) : breakdown(sizes[0]));
else {
  const shards = Number(option('--shards') ?? 0);
  for (const size of sizes.length > 0 ? sizes : [2000, 10000, 30000]) {
    if (!existsSync(folderOf(size))) writeSyntheticFolder(folderOf(size), size);
    if (folder) {
      const out = join(mkdtempSync(join(tmpdir(), 'build-memory-')), 'dataset');
      console.log(`build:data --folder ${size} articles: ${timing(timeBuild('--corpus', folderOf(size), '--folder', out))}, folder ${mb(folderBytes(out))}`);
      rmSync(dirname(out), { recursive: true, force: true });
      if (!process.argv.includes('--no-breakdown')) {
        execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/build-memory.ts', '--breakdown', '--folder', String(size)], { stdio: 'inherit' });
      }
      continue;
    }
    const out = join(mkdtempSync(join(tmpdir(), 'build-memory-')), 'dataset.json');
    console.log(`build:data ${size} articles: ${timing(timeBuild('--corpus', folderOf(size), '--out', out))}`);
    if (shards > 0) shardedBuild(size, shards, out);
    rmSync(out, { force: true });
    if (!process.argv.includes('--no-breakdown')) {
      execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/build-memory.ts', '--breakdown', String(size)], { stdio: 'inherit' });
    }
  }
}
