// Corpus folder → dataset file, as `npm run build:data` runs it (and the pipeline benchmark measures it): the
// files are read as their batch comes up and the dataset is written as it is built (dataset-file-writer.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusIssue } from '../pipeline/corpus/corpus-issue';
// The graph's picture goes into the file too: the app then shows the graph without laying it out on load.
import { graphLayoutOf } from '../views/graph/compute-layout';
import { MANIFEST_NAME } from '../pipeline/corpus/prepare-articles';
import { CorrectionsError, parseCorrectionsText, type Correction } from '../schema/corrections';
import { DatasetError, parseDataset, type Dataset } from '../schema/dataset';
import { DatasetFileWriter, type WrittenDataset } from './dataset-file-writer';
import { sliceText, type SliceText } from './slice-text';
import { streamPipelineInParallel, type LazyCorpus, type StreamedPipelineResult, type StreamOptions } from './parallel-pipeline';

/** The analyst's corrections in a corpus folder: applied by the build, never read as an article. */
export const CORRECTIONS_NAME = 'corrections.json';

/**
 * The corpus folder's articles, each read when its batch is analysed, and the corrections to apply: those of
 * `correctionsFile` when given, else the folder's corrections.json if it has one. A corrections file that cannot be
 * read or is not a valid one throws a CorrectionsError that names it and says why.
 */
export function corpusFolder(dir: string, correctionsFile?: string): LazyCorpus {
  // The size comes from stat, before the file is read: the reader refuses one over the limit unread.
  const sizes = new Map<string, number>();
  for (const name of readdirSync(dir)) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) sizes.set(name, stat.size);
  }
  const names = [...sizes.keys()];
  const manifest = names.includes(MANIFEST_NAME) ? readFileSync(join(dir, MANIFEST_NAME), 'utf8') : null;
  const files = names
    .filter((n) => n !== MANIFEST_NAME && n !== CORRECTIONS_NAME && !n.startsWith('.'))
    .map((name) => ({ name, size: sizes.get(name)!, read: () => new Uint8Array(readFileSync(join(dir, name))) }));
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

/**
 * Builds the dataset of `corpus` into the file `out`, which is replaced only by a whole, valid dataset. With
 * `base` (the dataset in `out`, read by readDatasetFile), the corpus's articles that it does not have are appended
 * to it; 'empty' then means that none was new and readable.
 */
export async function buildDatasetFile(corpus: LazyCorpus, out: string, options: StreamOptions & { strict?: boolean } = {}): Promise<BuildOutcome> {
  if (options.base) checkCarried(corpus.corrections ?? [], options.base);
  const writer = new DatasetFileWriter(out);
  try {
    // The base's documents, passages and mentions go first, as they are; the new articles' follow.
    if (options.base) writer.add(sliceText(options.base));
    let documents = 0;
    const onSlice = (slice: SliceText) => {
      documents += slice.count.documents;
      writer.add(slice);
    };
    const { corpus: records, ...result } = await streamPipelineInParallel(corpus, onSlice, options);
    const refused = options.strict && result.issues.length > 0 ? 'strict' : documents === 0 ? 'empty' : null;
    if (refused) {
      writer.abort();
      return { written: null, refused, issues: result.issues };
    }
    return { written: writer.finish(records, graphLayoutOf(records.actors, records.edges)), ...result };
  } catch (e) {
    writer.abort();
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
