// What the build writes a dataset through, whatever the format (dataset.json: dataset-file-writer.ts): the slices'
// records in corpus order, then the corpus-wide ones. The output is in place only once finish() succeeds; abort()
// leaves no trace and whatever was there before untouched.
import type { CorpusRecords } from '../pipeline/run-pipeline';
import type { GraphLayout } from '../schema/dataset';
import type { SliceText, Streamed } from './slice-text';

/** How many records of each kind were written, and the corpus-wide records (for the build's summary). */
export type WrittenDataset = Record<Streamed, number> & CorpusRecords;

export interface DatasetWriter {
  /** Checks a slice's records and writes them (throws, naming the record, when they are not valid). */
  add(slice: SliceText): void;
  /** Checks the corpus-wide records and puts the whole dataset in place, with the graph's layout if given. */
  finish(corpus: CorpusRecords, layout?: GraphLayout): WrittenDataset | Promise<WrittenDataset>;
  abort(): void | Promise<void>;
}
