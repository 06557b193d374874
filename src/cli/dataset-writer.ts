// What the build writes a dataset through, whatever the format (dataset.json: dataset-file-writer.ts): the slices'
// records in corpus order, then the corpus-wide ones. The output is in place only once finish() succeeds; abort()
// leaves no trace and whatever was there before untouched.
import type { CorpusRecords } from '../pipeline/run-pipeline';
import type { AppliedCorrections } from '../schema/corrections';
import type { Actor, GraphLayout } from '../schema/dataset';
import type { SliceText, Streamed } from './slice-text';

/**
 * How many records of each kind were written, the actors and what became of the corrections (for the build's
 * summary): a dataset folder's events and edges are never all in memory.
 */
export type WrittenDataset = Record<Streamed | 'events' | 'undatedEvents' | 'edges', number> & { actors: Actor[]; corrections?: AppliedCorrections };

/** What a writer of the records in memory says it wrote. */
export const writtenOf = (counts: Record<Streamed, number>, { actors, events, edges, corrections }: CorpusRecords): WrittenDataset => ({
  ...counts,
  actors,
  events: events.length,
  undatedEvents: events.filter((e) => e.date === null).length,
  edges: edges.length,
  ...(corrections ? { corrections } : {}),
});

export interface DatasetWriter {
  /** Checks a slice's records and writes them (throws, naming the record, when they are not valid). */
  add(slice: SliceText): void;
  /** Checks the corpus-wide records and puts the whole dataset in place, with the graph's layout if given. */
  finish(corpus: CorpusRecords, layout?: GraphLayout): WrittenDataset | Promise<WrittenDataset>;
  abort(): void | Promise<void>;
}
