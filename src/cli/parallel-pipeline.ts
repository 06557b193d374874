// runPipeline on every core, for the CLI and the benchmark (Node only). The per-article stages run on
// batches of articles, in worker threads and in this thread, each taking the next batch as it frees up (so a
// core busy with something else does less); the corpus-wide stages then run here on the batches in article
// order, so the dataset is runPipeline's. This thread analyzes too: on N cores it starts N-1 workers, which
// saves a worker's start-up (module set-up, regex compilation, JIT warm-up: about half a CPU-second).
// Every thread runs the pipeline from one esbuild bundle of bundled-pipeline.ts (see there why).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, ArticleSource, CorpusFile } from '../pipeline/corpus/prepare-articles';
import type { ArticleAnalysis, PipelineResult } from '../pipeline/run-pipeline';
import { cachedBundle } from './cached-bundle';

/** Articles per batch: small enough that the threads finish together, large enough to keep messages few. */
const BATCH_SIZE = 20;
/** Batches queued at a worker, so that it does not wait while this thread is busy with a batch of its own. */
const QUEUED_PER_WORKER = 3;
const PIPELINE_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'bundled-pipeline.ts');

export interface BatchRequest {
  batch: number;
  sources: ArticleSource[];
}

interface AnalyzedBatch {
  articles: Article[];
  analysis: ArticleAnalysis;
}

export interface BatchResult extends AnalyzedBatch {
  batch: number;
  /** The worker's largest heap so far (bytes), sampled after each batch. */
  peakHeap: number;
}

export interface ParallelOptions {
  /** Threads analyzing articles, this one included (default: the number of CPUs). */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ParallelPipelineResult extends PipelineResult {
  threads: number;
  /** The sum of the workers' peak heaps (bytes): this thread's heap does not include them. */
  workersPeakHeap: number;
}

/** The bundled pipeline in this thread (loaded once: later calls return the same module). */
export function loadPipeline(bundle = cachedBundle(PIPELINE_ENTRY)): typeof import('./bundled-pipeline') {
  return createRequire(import.meta.url)(bundle) as typeof import('./bundled-pipeline');
}

export async function runPipelineInParallel(files: CorpusFile[], manifest: string | null, options: ParallelOptions = {}): Promise<ParallelPipelineResult> {
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), Math.ceil(files.length / BATCH_SIZE)));
  const bundle = cachedBundle(PIPELINE_ENTRY);
  const pipeline = loadPipeline(bundle);
  // Started first, so that their start-up overlaps the decoding here. execArgv: [] so that they do not
  // inherit a TypeScript loader (`--import tsx`) they have no use for.
  const workers = Array.from({ length: threads - 1 }, () => new Worker(bundle, { execArgv: [], workerData: pipeline.WORKER_ROLE }));
  try {
    const { sources, issues } = pipeline.readArticleSources(files, manifest);
    const batches: ArticleSource[][] = [];
    for (let i = 0; i < sources.length; i += BATCH_SIZE) batches.push(sources.slice(i, i + BATCH_SIZE));
    const index = pipeline.defaultActorIndex();
    const results: AnalyzedBatch[] = new Array(batches.length);
    let next = 0;
    let done = 0;
    let failure: unknown = null;
    const take = () => (failure === null && next < batches.length ? next++ : null);
    const record = (batch: number, result: AnalyzedBatch) => {
      results[batch] = result;
      done += batches[batch].length;
      options.onProgress?.(done, sources.length);
    };
    const finished = workers.map((worker) =>
      feedWorker(worker, batches, take, record).catch((error: unknown) => {
        failure ??= error;
        return 0;
      }),
    );
    for (let batch = take(); batch !== null; batch = take()) {
      record(batch, pipeline.analyzeSources(batches[batch], index));
      await new Promise(setImmediate); // lets the workers' results in, and new batches out to them
    }
    const peaks = await Promise.all(finished);
    if (failure !== null) throw failure;
    const dataset = pipeline.assembleDataset(
      results.flatMap((r) => r.articles),
      results.map((r) => r.analysis),
      index,
    );
    return { dataset, issues, threads, workersPeakHeap: peaks.reduce((sum, peak) => sum + peak, 0) };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/**
 * Has `worker` analyze the batches `take` hands out until there are none left; resolves with its peak heap.
 * Its articles come back without their text, which this thread already holds and puts back.
 */
function feedWorker(worker: Worker, batches: ArticleSource[][], take: () => number | null, record: (batch: number, result: AnalyzedBatch) => void): Promise<number> {
  let queued = 0;
  return new Promise<number>((resolve, reject) => {
    const sendNext = () => {
      const batch = take();
      if (batch === null) return;
      worker.postMessage({ batch, sources: batches[batch] } satisfies BatchRequest);
      queued++;
    };
    worker.on('message', ({ batch, articles, analysis, peakHeap }: BatchResult) => {
      articles.forEach((article, i) => (article.text = batches[batch][i].text));
      record(batch, { articles, analysis });
      queued--;
      sendNext();
      if (queued === 0) resolve(peakHeap);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (queued > 0) reject(new Error(`a pipeline worker stopped (exit code ${code}) with its work unfinished`));
    });
    for (let i = 0; i < QUEUED_PER_WORKER; i++) sendNext();
    if (queued === 0) resolve(0);
  });
}
