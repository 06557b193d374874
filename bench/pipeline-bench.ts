// `npm run bench:pipeline`: builds synthetic corpora (real passages recombined) of growing size and prints
// articles per second and peak memory for each. Each size runs in its own process, so peaks are its own.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline/run-pipeline';
import type { CorpusFile } from '../src/pipeline/corpus/prepare-articles';

const CORPUS = 'public/data/corpus';
const SIZES = [1000, 2500, 5000, 10000];

/** A deterministic pseudo-random generator, so every run builds the same corpus. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

function syntheticCorpus(size: number): { files: CorpusFile[]; manifest: string } {
  const paragraphs = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split('\n').filter((p) => p.trim().length > 40));
  const rand = random(42);
  const encoder = new TextEncoder();
  const files: CorpusFile[] = [];
  const manifest = [];
  for (let i = 0; i < size; i++) {
    const count = 4 + Math.floor(rand() * 8);
    const text = Array.from({ length: count }, () => paragraphs[Math.floor(rand() * paragraphs.length)]).join('\n');
    const name = `synthetic-${String(i).padStart(5, '0')}.txt`;
    files.push({ name, bytes: encoder.encode(text) });
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(rand() * 5 * 365) * 86400000).toISOString().slice(0, 10);
    manifest.push({ file: name, title: null, source: `Outlet ${i % 7}`, url: null, published: day, language: 'ar' });
  }
  return { files, manifest: JSON.stringify(manifest) };
}

function measure(size: number) {
  const { files, manifest } = syntheticCorpus(size);
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { dataset } = runPipeline(files, manifest, {
    onProgress: (done) => {
      if (done % 250 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU time is what the pipeline itself used: on a shared, busy machine wall time also counts waiting.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  const mb = (n: number) => (n / 2 ** 20).toFixed(0);
  const line = [
    `${String(size).padStart(6)} articles`,
    `${(bytes / 2 ** 20).toFixed(1).padStart(5)} MB text`,
    `${seconds.toFixed(2).padStart(6)} s`,
    `${Math.round(size / seconds).toString().padStart(6)} articles/s`,
    `(${Math.round(size / cpuSeconds)} per CPU-second)`,
    `peak heap ${mb(peakHeap).padStart(5)} MB`,
    `peak RSS ${mb(process.resourceUsage().maxRSS * 1024).padStart(5)} MB`,
    `(${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.edges.length} edges)`,
  ];
  console.log(line.join('  '));
}

const child = process.argv.indexOf('--size');
if (child >= 0) {
  measure(Number(process.argv[child + 1]));
} else {
  console.log(`pipeline benchmark on ${process.version}, synthetic corpora recombined from ${CORPUS}`);
  for (const size of SIZES) {
    execFileSync(process.execPath, ['--import', 'tsx', 'bench/pipeline-bench.ts', '--size', String(size)], { stdio: 'inherit' });
  }
}
