// runPipeline on every core, for the CLI and the benchmark (Node only). The per-article stages run on
// batches of articles, in worker threads and in this thread, each taking the next batch as it frees up (so a
// core busy with something else does less); the corpus-wide stages take the batches here in article order, so
// the dataset is runPipeline's. This thread analyzes too: on N cores it starts N-1 workers, which saves a
// worker's start-up (module set-up, regex compilation, JIT warm-up: about half a CPU-second).
// Files are read when their batch is sent, and each batch's documents, passages and mentions are handed on
// (in order, checked and laid out as text by the thread that analysed it) as soon as it is analysed: memory holds a
// few batches of text, not the corpus.
// Every thread runs the pipeline from one esbuild bundle of bundled-pipeline.ts (see there why).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CorpusIssue } from '../pipeline/corpus/corpus-issue';
import type { ArticleFile, ArticleSource, CorpusFile, IdAssumption } from '../pipeline/corpus/prepare-articles';
import type { CorpusRecords, PipelineResult, SliceRecords } from '../pipeline/run-pipeline';
import type { Correction } from '../schema/corrections';
import type { Dataset } from '../schema/dataset';
import type { AnalyzedBatch, WorkerStart } from './bundled-pipeline';
import { cachedBundle } from './cached-bundle';
import { shardRange, type Shard } from './shard-plan';
import { recordsOf, type SliceText } from './slice-text';

/** Articles per batch: small enough that the threads finish together, large enough to keep messages few. */
const BATCH_SIZE = 20;
/** Batches queued at a worker, so that it does not wait while this thread is busy with a batch of its own. */
const QUEUED_PER_WORKER = 3;
const PIPELINE_ENTRY = join(dirname(fileURLToPath(import.meta.url)), 'bundled-pipeline.ts');

export interface BatchRequest {
  batch: number;
  sources: ArticleSource[];
}

export interface BatchResult extends AnalyzedBatch {
  batch: number;
  /** The worker's largest heap so far (bytes), sampled after each batch. */
  peakHeap: number;
}

/** A corpus whose files are read when needed, and the analyst's corrections to apply to it (none: no such stage). */
export interface LazyCorpus {
  files: ArticleFile[];
  manifest: string | null;
  corrections?: Correction[];
}

export interface ParallelOptions {
  /** Threads analyzing articles, this one included (default: the number of CPUs). */
  threads?: number;
  /** Files done so far, of all the corpus's files. */
  onProgress?: (done: number, total: number) => void;
}

export interface StreamOptions extends ParallelOptions {
  /**
   * The dataset the corpus's articles are appended to: only the files it does not have are read and analysed, and
   * the corpus-wide records are its own merged with theirs. The corrections applied are the ones it carries
   * (`corpus.corrections` is not read): the new articles' mentions get their mention stage.
   */
  base?: Dataset;
}

export interface StreamedPipelineResult {
  corpus: CorpusRecords;
  issues: CorpusIssue[];
  threads: number;
  /** The sum of the workers' peak heaps (bytes): this thread's heap does not include them. */
  workersPeakHeap: number;
}

/** What the map leaves besides its batches: the problems found, in file order, and how it ran. */
export interface MappedCorpus extends Omit<StreamedPipelineResult, 'corpus' | 'issues'> {
  /** The manifest's problems, the same whichever part of the corpus is mapped. */
  manifestIssues: CorpusIssue[];
  fileIssues: CorpusIssue[];
  /** Ids given on the assumption that a file of an earlier shard is readable (see ArticleSourceReader.reserve). */
  assumptions: IdAssumption[];
  /** The files mapped (all, or the shard's), in build order. */
  files: string[];
}

export type ParallelPipelineResult = PipelineResult & Omit<StreamedPipelineResult, 'corpus' | 'issues'>;

/** The bundled pipeline in this thread (loaded once: later calls return the same module). */
export function loadPipeline(bundle = cachedBundle(PIPELINE_ENTRY)): typeof import('./bundled-pipeline') {
  return createRequire(import.meta.url)(bundle) as typeof import('./bundled-pipeline');
}

/**
 * What identifies the analysis code (the pipeline's bundle, the actor registry and lexicons in it): shards built by
 * different code do not merge.
 */
export const pipelineFingerprint = (): string => createHash('sha256').update(readFileSync(cachedBundle(PIPELINE_ENTRY))).digest('hex');

/** runPipeline's dataset, built on every core. */
export async function runPipelineInParallel(
  files: CorpusFile[],
  manifest: string | null,
  options: ParallelOptions & { corrections?: Correction[] } = {},
): Promise<ParallelPipelineResult> {
  const slices: SliceRecords[] = [];
  const corpus: LazyCorpus = { files: files.map((f) => ({ name: f.name, size: f.bytes.length, read: () => f.bytes })), manifest, corrections: options.corrections };
  const { corpus: records, issues, ...rest } = await streamPipelineInParallel(corpus, (slice) => slices.push(recordsOf(slice)), options);
  return { dataset: loadPipeline().joinRecords(slices, records), issues, ...rest };
}

/**
 * Runs the pipeline on every core, handing each batch's documents, passages and mentions (as text) to `onSlice` in
 * corpus order as soon as they are final; resolves with the records that need the whole corpus.
 */
export async function streamPipelineInParallel(corpus: LazyCorpus, onSlice: (slice: SliceText) => void, options: StreamOptions = {}): Promise<StreamedPipelineResult> {
  const assembly = new CorpusAssembly(correctionsOf(corpus, options.base), onSlice, options.base);
  const { manifestIssues, fileIssues, threads, workersPeakHeap } = await mapCorpusInParallel(corpus, (batch) => assembly.add(batch), options);
  return { corpus: assembly.finish(), issues: [...manifestIssues, ...fileIssues], threads, workersPeakHeap };
}

/** The corrections applied: those the base dataset carries when appending to it, else the corpus's. */
export const correctionsOf = (corpus: LazyCorpus, base: Dataset | undefined): Correction[] => (base ? (base.corrections?.corrections ?? []) : (corpus.corrections ?? []));

/** The corpus-wide stages (DatasetAssembler), fed the analysed batches in corpus order, which it hands on to `onSlice`. */
export class CorpusAssembly {
  private readonly assembler: InstanceType<ReturnType<typeof loadPipeline>['DatasetAssembler']>;

  constructor(
    corrections: Correction[] | undefined,
    private readonly onSlice: (slice: SliceText) => void,
    base?: Dataset,
  ) {
    const pipeline = loadPipeline();
    this.assembler = new pipeline.DatasetAssembler(pipeline.defaultActorIndex(), pipeline.correctionPlanOf(corrections), base ?? null);
  }

  add({ slice, index }: AnalyzedBatch): void {
    this.assembler.add({ ...index, mentions: slice.refs.mentions });
    this.onSlice(slice);
  }

  finish(): CorpusRecords {
    return this.assembler.finish();
  }
}

/**
 * The per-article analysis (the map) of the corpus, or of one shard of it, on every core: hands each analysed batch
 * to `onBatch` in corpus order. A shard is a contiguous block of the files in build order (shardRange), so that the
 * shards' batches, taken in shard order, are the whole corpus's. Given a `base`, only the files it does not have.
 */
export async function mapCorpusInParallel(
  corpus: LazyCorpus,
  onBatch: (batch: AnalyzedBatch) => void,
  options: StreamOptions & { shard?: Shard } = {},
): Promise<MappedCorpus> {
  const pipeline = loadPipeline();
  const { base } = options;
  const sorted = pipeline.newFiles(corpus.files, base?.documents ?? []).sort((a, b) => pipeline.byFileName(a.name, b.name));
  const { start, end } = options.shard ? shardRange(sorted.length, options.shard) : { start: 0, end: sorted.length };
  const files = sorted.slice(start, end);
  const batchCount = Math.ceil(files.length / BATCH_SIZE);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), batchCount));
  const corrections = correctionsOf(corpus, base);
  // Started first, so that their start-up overlaps the work here. execArgv: [] so that they do not inherit a
  // TypeScript loader (`--import tsx`) they have no use for.
  const workerData: WorkerStart = { role: pipeline.WORKER_ROLE, corrections };
  const workers = Array.from({ length: threads - 1 }, () => new Worker(cachedBundle(PIPELINE_ENTRY), { execArgv: [], workerData }));
  try {
    const reader = new pipeline.ArticleSourceReader(corpus.files.map((f) => f.name), corpus.manifest, base?.documents);
    // The earlier shards' files take their ids first, as in the whole build.
    for (const file of sorted.slice(0, start)) reader.reserve(file.name);
    const index = pipeline.defaultActorIndex();
    // Each thread plans the corrections for itself: a plan holds functions, which do not cross threads.
    const plan = pipeline.correctionPlanOf(corrections);
    const finished = new Map<number, AnalyzedBatch>();
    let next = 0;
    let flushed = 0;
    let failure: unknown = null;
    /** The next batch's sources, read and decoded here in order (ids and issues follow file order). */
    const take = (): BatchRequest | null => {
      if (failure !== null || next >= batchCount) return null;
      const batch = next++;
      const sources: ArticleSource[] = [];
      for (const file of files.slice(batch * BATCH_SIZE, (batch + 1) * BATCH_SIZE)) {
        const source = reader.read(file);
        if (source) sources.push(source);
      }
      return { batch, sources };
    };
    /** Hands on the analysed batches that are next in order. */
    const record = (batch: number, result: AnalyzedBatch) => {
      finished.set(batch, result);
      for (let ready = finished.get(flushed); ready; ready = finished.get(flushed)) {
        finished.delete(flushed);
        onBatch(ready);
        flushed++;
        options.onProgress?.(Math.min(files.length, flushed * BATCH_SIZE), files.length);
      }
    };
    const done = workers.map((worker) =>
      feedWorker(worker, take, record).catch((error: unknown) => {
        failure ??= error;
        return 0;
      }),
    );
    for (let job = take(); job !== null; job = take()) {
      record(job.batch, pipeline.analyzeBatch(job.sources, index, plan));
      await new Promise(setImmediate); // lets the workers' results in, and new batches out to them
    }
    const peaks = await Promise.all(done);
    if (failure !== null) throw failure;
    return {
      manifestIssues: reader.manifestIssues,
      fileIssues: reader.fileIssues,
      assumptions: reader.assumptions,
      files: files.map((f) => f.name),
      threads,
      workersPeakHeap: peaks.reduce((sum, peak) => sum + peak, 0),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Has `worker` analyze the batches `take` hands out until there are none left; resolves with its peak heap. */
function feedWorker(worker: Worker, take: () => BatchRequest | null, record: (batch: number, result: AnalyzedBatch) => void): Promise<number> {
  let queued = 0;
  return new Promise<number>((resolve, reject) => {
    const sendNext = () => {
      const job = take();
      if (job === null) return;
      worker.postMessage(job satisfies BatchRequest);
      queued++;
    };
    worker.on('message', ({ batch, peakHeap, ...analyzed }: BatchResult) => {
      try {
        record(batch, analyzed);
      } catch (error) {
        reject(error); // the records were refused (the writer's checks): the build stops
        return;
      }
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
