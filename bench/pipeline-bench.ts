// `npm run bench:pipeline`: builds synthetic corpora (real passages recombined) of growing size and prints
// articles per second and peak memory for each, doing what `npm run build:data` does (src/cli/build-dataset-file.ts:
// corpus folder in, dataset.json out), on one thread and on one thread per CPU. Each run is its own process, so
// peaks are its own; the corpus folders are written to the temporary folder first, untimed.
// The corrections stage is measured on the largest corpus: a build with CORRECTIONS corrections (drawn from the
// dataset built without them, a mix of every kind) against the same build without, and the overhead in %.
// One comparison alone: `npm run bench:pipeline -- --size 10000 --threads 2 --corrections 1000`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatasetFile, corpusFolder } from '../src/cli/build-dataset-file';
import { loadPipeline } from '../src/cli/parallel-pipeline';
import { applyCorrections } from '../src/pipeline/corrections/apply-corrections';
import { correctionsFileText } from '../src/schema/corrections';
import type { Dataset } from '../src/schema/dataset';
import { sampleCorrections } from './sample-corrections';
import { CORPUS, random, writeSyntheticFolder } from './synthetic-corpus';

const SIZES = [1000, 2500, 5000, 10000];
const CORRECTIONS = 1000;
/** What the corrections stage may add to a build's time. */
const CORRECTIONS_BUDGET = 0.05;
/** Builds with and without corrections alternate this many times: the fastest of each is compared (the machine is shared). */
const CORRECTIONS_ROUNDS = 3;

const folderOf = (size: number) => join(tmpdir(), `pipeline-bench-${size}`);


interface Timing {
  seconds: number;
  cpuSeconds: number;
}

const argument = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

/** One run on `threads` threads, this one included, with the corrections of `correctionsFile` if given. */
async function measure(size: number, threads: number, correctionsFile?: string): Promise<Timing> {
  const corpus = corpusFolder(folderOf(size), correctionsFile);
  const out = `${folderOf(size)}${correctionsFile ? '-corrected' : ''}.json`;
  // Loaded before the clock starts, as an import would be; the workers' start-up is timed.
  const loadStart = performance.now();
  loadPipeline().defaultActorIndex();
  const loadSeconds = (performance.now() - loadStart) / 1000;
  const bytes = corpus.files.reduce((n, f) => n + statSync(join(folderOf(size), f.name)).size, 0);
  let peakHeap = 0;
  const sampleHeap = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const sampler = setInterval(sampleHeap, 20);
  const onProgress = (done: number) => {
    if (done % 250 === 0) sampleHeap();
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const outcome = await buildDatasetFile(corpus, out, { threads, onProgress });
  sampleHeap();
  // What the build still holds at the end (the corpus-wide records), garbage collected: the peak above also
  // counts garbage not yet collected, which V8 lets grow with the heap.
  (globalThis as { gc?: () => void }).gc?.();
  const heldAtEnd = process.memoryUsage().heapUsed;
  if (!outcome.written) throw new Error(`nothing written: ${outcome.refused}`);
  const { written, workersPeakHeap } = outcome;
  const seconds = (performance.now() - t0) / 1000;
  // CPU time of the whole process (workers included): on a shared, busy machine wall time also counts waiting.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  const mb = (n: number) => (n / 2 ** 20).toFixed(0);
  const outcomes = Object.values(written.corrections?.outcomes ?? {});
  const applied = outcomes.filter((o) => o.status === 'applied').length;
  const line = [
    `${String(size).padStart(6)} articles`,
    `${threads} thread${threads > 1 ? 's' : ' '}`,
    `${(bytes / 2 ** 20).toFixed(1).padStart(5)} MB text`,
    `${seconds.toFixed(2).padStart(6)} s`,
    `${Math.round(size / seconds).toString().padStart(6)} articles/s`,
    `(${Math.round(size / cpuSeconds)} per CPU-second)`,
    `peak heap ${mb(peakHeap).padStart(4)} MB${threads === 1 ? '' : ` + workers' ${mb(workersPeakHeap).padStart(3)} MB`}`,
    `live after GC ${mb(heldAtEnd).padStart(3)} MB`,
    `peak RSS ${mb(process.resourceUsage().maxRSS * 1024).padStart(5)} MB`,
    `(${(statSync(out).size / 2 ** 20).toFixed(0)} MB written: ${written.events} events, ${written.actors.length} actors, ${written.edges} edges; pipeline loaded in ${loadSeconds.toFixed(2)} s)`,
    ...(written.corrections ? [`${outcomes.length} corrections: ${applied} applied, ${outcomes.length - applied} orphaned`] : []),
  ];
  console.log(line.join('  '));
  return { seconds, cpuSeconds };
}

/** A run in a process of its own (its peaks are its own); its timing comes back through a file. */
function measureApart(size: number, threads: number, correctionsFile?: string): Timing {
  const report = join(tmpdir(), `pipeline-bench-${process.pid}-timing.json`);
  const args = ['--expose-gc', '--import', 'tsx', 'bench/pipeline-bench.ts', '--size', String(size), '--threads', String(threads), '--report', report];
  execFileSync(process.execPath, correctionsFile ? [...args, '--corrections-file', correctionsFile] : args, { stdio: 'inherit' });
  const timing = JSON.parse(readFileSync(report, 'utf8')) as Timing;
  rmSync(report);
  return timing;
}

/**
 * The build of `size` articles without corrections and with `count` drawn from the dataset it wrote (the first
 * build without is `first` when already measured), in alternate rounds; prints the fastest of each and the overhead.
 */
function compareCorrections(size: number, threads: number, count: number, first = measureApart(size, threads)): void {
  const dataset = JSON.parse(readFileSync(`${folderOf(size)}.json`, 'utf8')) as Dataset;
  const file = `${folderOf(size)}-corrections.json`;
  const corrections = sampleCorrections(dataset, count, random(7), { nonsense: 0.05, actorShare: 0.1 });
  writeFileSync(file, correctionsFileText(corrections));
  // The stage alone, on the dataset in memory: a figure the machine's load blurs less than two builds' difference.
  const stageStart = process.cpuUsage();
  applyCorrections(dataset, corrections);
  const stage = process.cpuUsage(stageStart);
  const stageSeconds = (stage.user + stage.system) / 1e6;
  const without = [first];
  const withCorrections = [measureApart(size, threads, file)];
  for (let round = 1; round < CORRECTIONS_ROUNDS; round++) {
    without.push(measureApart(size, threads));
    withCorrections.push(measureApart(size, threads, file));
  }
  const fastest = (runs: Timing[]): Timing => ({ seconds: Math.min(...runs.map((t) => t.seconds)), cpuSeconds: Math.min(...runs.map((t) => t.cpuSeconds)) });
  const [a, b] = [fastest(without), fastest(withCorrections)];
  const percent = (x: number, y: number) => `${(((y - x) / x) * 100).toFixed(1)}%`;
  console.log(
    `  ${count} corrections on ${size} articles, ${threads} thread(s), fastest of ${CORRECTIONS_ROUNDS}: ${a.seconds.toFixed(2)} s without, ${b.seconds.toFixed(2)} s with: ` +
      `overhead ${percent(a.seconds, b.seconds)} wall, ${percent(a.cpuSeconds, b.cpuSeconds)} CPU (target < ${CORRECTIONS_BUDGET * 100}%); ` +
      `the stage alone (applyCorrections in memory) ${stageSeconds.toFixed(2)} CPU-s, ${((stageSeconds / a.cpuSeconds) * 100).toFixed(1)}% of the build's CPU time`,
  );
  rmSync(file, { force: true });
  rmSync(`${folderOf(size)}-corrected.json`, { force: true });
}

const oneSize = Number(argument('--size'));
if (oneSize) {
  // One run (`--size N --threads T`), or a comparison with `--corrections COUNT`: the corpus folder is kept for the next run.
  const threads = Number(argument('--threads'));
  if (!existsSync(folderOf(oneSize))) writeSyntheticFolder(folderOf(oneSize), oneSize);
  const count = Number(argument('--corrections'));
  if (count) compareCorrections(oneSize, threads, count);
  else {
    const timing = await measure(oneSize, threads, argument('--corrections-file'));
    const report = argument('--report');
    if (report) writeFileSync(report, JSON.stringify(timing));
  }
} else {
  const cpus = availableParallelism();
  console.log(`pipeline benchmark on ${process.version}, ${cpus} CPUs, synthetic corpora recombined from ${CORPUS}`);
  for (const size of SIZES) {
    writeSyntheticFolder(folderOf(size), size);
    let onEveryCore: Timing | null = null;
    for (const threads of new Set([1, cpus])) onEveryCore = measureApart(size, threads);
    if (size === SIZES[SIZES.length - 1]) compareCorrections(size, cpus, CORRECTIONS, onEveryCore!);
    rmSync(folderOf(size), { recursive: true, force: true });
    rmSync(`${folderOf(size)}.json`, { force: true });
  }
}
