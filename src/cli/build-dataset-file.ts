// Corpus folder → dataset file and/or dataset folder, as `npm run build:data` runs it (and the pipeline benchmark
// measures it): the files are read as their batch comes up and the dataset is written as it is built
// (dataset-file-writer.ts, dataset-folder-writer.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusIssue } from '../pipeline/corpus/corpus-issue';
import type { CorpusRecords } from '../pipeline/run-pipeline';
// The graph's picture goes into the file too: the app then shows the graph without laying it out on load.
import { graphLayoutOf } from '../views/graph/compute-layout';
import { MANIFEST_NAME, type ArticleFile } from '../pipeline/corpus/prepare-articles';
import { CorrectionsError, type Correction } from '../schema/corrections';
import { folderCorrections, isCorpusArticle, isFile } from './corpus-folder-files';
import { DatasetError, parseDataset, type Dataset, type GraphLayout } from '../schema/dataset';
import { DatasetFileWriter } from './dataset-file-writer';
import { DatasetFolderWriter } from './dataset-folder-writer';
import type { DatasetWriter, WrittenDataset } from './dataset-writer';
import type { AnalyzedBatch } from './bundled-pipeline';
import { sliceText, type SliceText } from './slice-text';
import { CorpusAssembly, correctionsOf, mapCorpusInParallel, type LazyCorpus, type StreamedPipelineResult, type StreamOptions } from './parallel-pipeline';
import { StreamedCorpus } from './streamed-corpus';

export { CORRECTIONS_NAME } from './corpus-folder-files';

/**
 * The corpus folder's articles, each read when its batch is analysed, and the corrections to apply: those of
 * `correctionsFile` when given, else the folder's corrections.json if it has one. A corrections file that cannot be
 * read or is not a valid one throws a CorrectionsError that names it and says why.
 */
export function corpusFolder(dir: string, correctionsFile?: string): LazyCorpus {
  const files: ArticleFile[] = [];
  for (const name of readdirSync(dir)) {
    const stat = statSync(join(dir, name));
    if (stat.isFile() && isCorpusArticle(name)) files.push(new FolderFile(dir, name, stat.size));
  }
  const manifestPath = isFile(join(dir, MANIFEST_NAME)) ? join(dir, MANIFEST_NAME) : null;
  // The manifest is read when asked (once, as the map starts), not held: a million articles' is ~110 MB of text the
  // build would otherwise carry to its end.
  const corpus: LazyCorpus = {
    files,
    get manifest() {
      return manifestPath === null ? null : readFileSync(manifestPath, 'utf8');
    },
  };
  const corrections = folderCorrections(dir, correctionsFile);
  if (corrections) corpus.corrections = corrections;
  return corpus;
}


/**
 * An article file of a corpus folder, read when asked: an object with the method on its class, not a closure per
 * file, which would keep about five times the memory (a million files: ~1 GB rather than ~100 MB).
 */
class FolderFile implements ArticleFile {
  constructor(
    private readonly dir: string,
    readonly name: string,
    readonly size: number,
  ) {}

  read(): Uint8Array {
    return new Uint8Array(readFileSync(join(this.dir, this.name)));
  }
}


/** What a build gave (`W`), or its refusal with nothing written: `strict` and the corpus had issues, or no article could be read. */
type Outcome<W> = { written: W; issues: CorpusIssue[] } | { written: null; refused: 'strict' | 'empty'; issues: CorpusIssue[] };

/** A dataset written, or refused with nothing written. */
export type DatasetOutcome = Outcome<WrittenDataset>;

export type BuildOutcome =
  | (Extract<DatasetOutcome, { written: WrittenDataset }> & Omit<StreamedPipelineResult, 'corpus' | 'issues'>)
  | Extract<DatasetOutcome, { written: null }>;

/** Where the dataset goes: dataset.json (`file`), a dataset folder (`folder`), or both. */
export interface BuildTargets {
  file?: string;
  folder?: string;
}

/** The writers of the targets as one: with both, the folder is finished first, and if it fails the file is not replaced. */
export function writerFor(targets: BuildTargets): DatasetWriter {
  const writers: DatasetWriter[] = [];
  try {
    if (targets.folder !== undefined) writers.push(new DatasetFolderWriter(targets.folder));
    if (targets.file !== undefined) writers.push(new DatasetFileWriter(targets.file));
  } catch (e) {
    for (const w of writers) void w.abort();
    throw e;
  }
  if (writers.length === 0) throw new Error('writerFor: no file and no folder to write');
  if (writers.length === 1) return writers[0];
  return {
    add: (slice) => writers.forEach((w) => w.add(slice)),
    finish: async (corpus: CorpusRecords, layout?: GraphLayout) => {
      let written: WrittenDataset | null = null;
      for (const w of writers) written = await w.finish(corpus, layout);
      return written!;
    },
    abort: async () => {
      for (const w of writers) await w.abort();
    },
  };
}

/**
 * Builds the dataset of `corpus` into `out` (dataset.json's path, or the targets given), each replaced only by a
 * whole, valid dataset. With `base` (the dataset in the file, read by readDatasetFile), the corpus's articles that it
 * does not have are appended to it; 'empty' then means that none was new and readable.
 */
export const buildDatasetFile = (corpus: LazyCorpus, out: string | BuildTargets, options: StreamOptions & { strict?: boolean } = {}) =>
  buildDataset(corpus, writerFor(typeof out === 'string' ? { file: out } : out), options);

/** Builds the dataset of `corpus` through `writer`, which puts it in place only when it is whole and valid. */
export async function buildDataset(corpus: LazyCorpus, writer: DatasetWriter, options: StreamOptions & { strict?: boolean } = {}): Promise<BuildOutcome> {
  try {
    if (options.base) checkCarried(corpus.corrections ?? [], options.base);
    // The base's documents, passages and mentions go first, as they are; the new articles' follow.
    if (options.base) writer.add(sliceText(options.base));
    const stage = corpusStage(writer, correctionsOf(corpus, options.base), options.base);
    const { manifestIssues, fileIssues, threads, workersPeakHeap } = await mapCorpusInParallel(corpus, (batch) => stage.add(batch), options);
    const outcome = await stage.complete({ issues: [...manifestIssues, ...fileIssues], strict: options.strict });
    return outcome.written ? { ...outcome, threads, workersPeakHeap } : outcome;
  } catch (e) {
    await writer.abort();
    throw e;
  }
}

/** The dataset in `path`, to append to: a DatasetError names the file and what is wrong with it. */
export function readDatasetFile(path: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DatasetError(`${path}: cannot be read as JSON (${(e as Error).message})`);
  }
  return parseDataset(json, path);
}

/** Appending keeps the corrections the dataset carries: corrections it does not carry need a build of the whole corpus. */
function checkCarried(corrections: Correction[], base: Dataset): void {
  const carried = new Set((base.corrections?.corrections ?? []).map((c) => c.id));
  const fresh = corrections.filter((c) => !carried.has(c.id)).map((c) => c.id);
  if (fresh.length > 0) {
    throw new CorrectionsError(
      `${fresh.length} correction(s) that the dataset does not carry (${fresh.slice(0, 5).join(', ')}${fresh.length > 5 ? ', …' : ''}): ` +
        'appending keeps the dataset’s own corrections; build without --append to apply new ones',
    );
  }
}

/** The corpus-wide stages of a build or a merge of shards, fed the analysed batches in corpus order. */
export interface CorpusStage {
  /** Takes a batch's records for the corpus-wide stages and hands its slice to the writer. */
  add(batch: AnalyzedBatch): void;
  /**
   * Puts the dataset in place, with the corpus-wide records and the graph's layout, or refuses it (the writer then
   * aborts): `strict` and the corpus had issues, or no article was read.
   */
  complete(outcome: { issues: CorpusIssue[]; strict?: boolean }): Promise<DatasetOutcome>;
}

/**
 * The corpus-wide stages for `writer`: a dataset folder alone, with no corrections and nothing appended to, gets
 * them streamed (StreamedCorpus: the heap does not grow with the corpus); anything else gets DatasetAssembler's,
 * in memory (dataset.json is held whole by the app anyway, and the corrections' corpus stage needs every event).
 */
export function corpusStage(writer: DatasetWriter, corrections: Correction[] | undefined, base?: Dataset): CorpusStage {
  const { onSlice, complete } = writtenThrough(writer);
  if (streams(writer, corrections, base)) {
    const corpus = new StreamedCorpus(writer.work);
    return {
      add: (batch) => {
        corpus.add(batch);
        onSlice(batch.slice);
      },
      complete: (outcome) => complete(() => writer.finishStreamed(corpus), outcome),
    };
  }
  const assembly = new CorpusAssembly(corrections, onSlice, base);
  return {
    add: (batch) => assembly.add(batch),
    complete: (outcome) =>
      complete(() => {
        const records = assembly.finish();
        return writer.finish(records, graphLayoutOf(records.actors, records.edges));
      }, outcome),
  };
}

/** Whether a build through `writer` takes the streamed corpus-wide stages: a dataset folder alone, with no corrections and nothing appended to. */
function streams(writer: DatasetWriter, corrections: Correction[] | undefined, base?: Dataset): writer is DatasetFolderWriter {
  return writer instanceof DatasetFolderWriter && !base && !corrections?.length;
}

/** The slices handed to `writer` (the documents counted), and the end of the build: its refusal, or what `finish` gives. */
function writtenThrough(writer: DatasetWriter) {
  let documents = 0;
  const onSlice = (slice: SliceText) => {
    documents += slice.count.documents;
    writer.add(slice);
  };
  const complete = async <W>(finish: () => W | Promise<W>, { issues, strict }: { issues: CorpusIssue[]; strict?: boolean }): Promise<Outcome<W>> => {
    const refused = strict && issues.length > 0 ? 'strict' : documents === 0 ? 'empty' : null;
    if (refused) {
      await writer.abort();
      return { written: null, refused, issues };
    }
    return { written: await finish(), issues };
  };
  return { onSlice, complete };
}

/**
 * The first of the two processes of a dataset folder's build: the map of `corpus` (the streamed corpus-wide stages'
 * part of it), handed over in `file` for the finish in a process of its own (DatasetFolderWriter.resume), so that the
 * finish's memory holds nothing of the map's. Gives `file`, or the refusal with nothing left behind.
 */
export async function mapForHandOver(corpus: LazyCorpus, folder: string, file: string, options: StreamOptions & { strict?: boolean } = {}): Promise<Outcome<string>> {
  const writer = new DatasetFolderWriter(folder);
  try {
    const { onSlice, complete } = writtenThrough(writer);
    const streamed = new StreamedCorpus(writer.work);
    const { manifestIssues, fileIssues } = await mapCorpusInParallel(
      corpus,
      (batch) => {
        streamed.add(batch);
        onSlice(batch.slice);
      },
      options,
    );
    const issues = [...manifestIssues, ...fileIssues];
    return await complete(() => writer.handOver(streamed, file, issues), { issues, strict: options.strict });
  } catch (e) {
    writer.abort();
    throw e;
  }
}
