// `npm run bench:pipeline`: builds synthetic corpora (real passages recombined) of growing size and prints
// articles per second and peak memory for each, doing what `npm run build:data` does (src/cli/build-dataset-file.ts:
// corpus folder in, dataset.json out), on one thread and on one thread per CPU. Each run is its own process, so
// peaks are its own; the corpus folders are written to the temporary folder first, untimed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDatasetFile, corpusFolder } from '../src/cli/build-dataset-file';
import { loadPipeline } from '../src/cli/parallel-pipeline';
import { CORPUS, syntheticCorpus } from './synthetic-corpus';

const SIZES = [1000, 2500, 5000, 10000];

const folderOf = (size: number) => join(tmpdir(), `pipeline-bench-${size}`);

function writeCorpusFolder(size: number): void {
  const dir = folderOf(size);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { files, manifest } = syntheticCorpus(size);
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  writeFileSync(join(dir, 'manifest.json'), manifest);
}

/** One run on `threads` threads, this one included. */
async function measure(size: number, threads: number) {
  const corpus = corpusFolder(folderOf(size));
  const out = `${folderOf(size)}.json`;
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
    `(${(statSync(out).size / 2 ** 20).toFixed(0)} MB written: ${written.events.length} events, ${written.actors.length} actors, ${written.edges.length} edges; pipeline loaded in ${loadSeconds.toFixed(2)} s)`,
  ];
  console.log(line.join('  '));
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg >= 0) {
  // One run (`--size N --threads T`): the corpus folder is kept for the next run.
  if (!existsSync(folderOf(Number(process.argv[sizeArg + 1])))) writeCorpusFolder(Number(process.argv[sizeArg + 1]));
  await measure(Number(process.argv[sizeArg + 1]), Number(process.argv[process.argv.indexOf('--threads') + 1]));
} else {
  const cpus = availableParallelism();
  console.log(`pipeline benchmark on ${process.version}, ${cpus} CPUs, synthetic corpora recombined from ${CORPUS}`);
  for (const size of SIZES) {
    writeCorpusFolder(size);
    for (const threads of new Set([1, cpus])) {
      const args = ['--expose-gc', '--import', 'tsx', 'bench/pipeline-bench.ts', '--size', String(size), '--threads', String(threads)];
      execFileSync(process.execPath, args, { stdio: 'inherit' });
    }
    rmSync(folderOf(size), { recursive: true, force: true });
    rmSync(`${folderOf(size)}.json`, { force: true });
  }
}
