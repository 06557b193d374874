// Corpus folder → dataset file and/or dataset folder, as `npm run build:data` runs it (and the pipeline benchmark
// measures it): the files are read as their batch comes up and the dataset is written as it is built
// (dataset-file-writer.ts, dataset-folder-writer.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusIssue } from '../pipeline/corpus/corpus-issue';
import type { CorpusRecords } from '../pipeline/run-pipeline';
// The graph's picture goes into the file too: the app then shows the graph without laying it out on load.
import { graphLayoutOf } from '../views/graph/compute-layout';
import { MANIFEST_NAME } from '../pipeline/corpus/prepare-articles';
import { CorrectionsError, parseCorrectionsText, type Correction } from '../schema/corrections';
import type { GraphLayout } from '../schema/dataset';
import { DatasetFileWriter, type WrittenDataset } from './dataset-file-writer';
import { DatasetFolderWriter } from './dataset-folder-writer';
import type { SliceText } from './slice-text';
import { streamPipelineInParallel, type LazyCorpus, type ParallelOptions, type StreamedPipelineResult } from './parallel-pipeline';

/** The analyst's corrections in a corpus folder: applied by the build, never read as an article. */
export const CORRECTIONS_NAME = 'corrections.json';

/**
 * The corpus folder's articles, each read when its batch is analysed, and the corrections to apply: those of
 * `correctionsFile` when given, else the folder's corrections.json if it has one. A corrections file that cannot be
 * read or is not a valid one throws a CorrectionsError that names it and says why.
 */
export function corpusFolder(dir: string, correctionsFile?: string): LazyCorpus {
  const names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());
  const manifest = names.includes(MANIFEST_NAME) ? readFileSync(join(dir, MANIFEST_NAME), 'utf8') : null;
  const files = names
    .filter((n) => n !== MANIFEST_NAME && n !== CORRECTIONS_NAME && !n.startsWith('.'))
    .map((name) => ({ name, read: () => new Uint8Array(readFileSync(join(dir, name))) }));
  const correctionsPath = correctionsFile ?? (names.includes(CORRECTIONS_NAME) ? join(dir, CORRECTIONS_NAME) : null);
  return correctionsPath === null ? { files, manifest } : { files, manifest, corrections: readCorrectionsFile(correctionsPath) };
}

function readCorrectionsFile(path: string): Correction[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CorrectionsError(`${path}: cannot be read (${(e as Error).message})`);
  }
  return parseCorrectionsText(text, path).corrections;
}

export type BuildOutcome =
  | ({ written: WrittenDataset } & Omit<StreamedPipelineResult, 'corpus'>)
  /** Nothing written: `strict` and the corpus had issues, or no article could be read. */
  | { written: null; refused: 'strict' | 'empty'; issues: CorpusIssue[] };

/** Where the dataset goes: dataset.json (`file`), a dataset folder (`folder`), or both. */
export interface BuildTargets {
  file?: string;
  folder?: string;
}

/** What DatasetFileWriter and DatasetFolderWriter share: slices as they come, the corpus-wide records at the end. */
interface DatasetWriter {
  add(slice: SliceText): void;
  finish(corpus: CorpusRecords, layout?: GraphLayout): WrittenDataset | Promise<WrittenDataset>;
  abort(): void;
}

/**
 * Builds the dataset of `corpus` into the file `out` (a path), or into the targets given; each is replaced only by a
 * whole, valid dataset. With both, the folder is finished first: if it fails, the file is not replaced either.
 */
export async function buildDatasetFile(corpus: LazyCorpus, out: string | BuildTargets, options: ParallelOptions & { strict?: boolean } = {}): Promise<BuildOutcome> {
  const targets = typeof out === 'string' ? { file: out } : out;
  const writers: DatasetWriter[] = [];
  try {
    if (targets.folder !== undefined) writers.push(new DatasetFolderWriter(targets.folder));
    if (targets.file !== undefined) writers.push(new DatasetFileWriter(targets.file));
    if (writers.length === 0) throw new Error('buildDatasetFile: no file and no folder to write');
    let documents = 0;
    const onSlice = (slice: SliceText) => {
      documents += slice.count.documents;
      for (const writer of writers) writer.add(slice);
    };
    const { corpus: records, ...result } = await streamPipelineInParallel(corpus, onSlice, options);
    const refused = options.strict && result.issues.length > 0 ? 'strict' : documents === 0 ? 'empty' : null;
    if (refused) {
      for (const writer of writers) writer.abort();
      return { written: null, refused, issues: result.issues };
    }
    const layout = graphLayoutOf(records.actors, records.edges);
    let written: WrittenDataset | null = null;
    for (const writer of writers) written = await writer.finish(records, layout);
    return { written: written!, ...result };
  } catch (e) {
    for (const writer of writers) writer.abort();
    throw e;
  }
}
