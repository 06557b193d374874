// Writes the dataset folder (docs/dataset-folder.md) as the pipeline hands it slices, with the shape of
// DatasetFileWriter: documents, passages, mentions and the words of each passage (the search index) go to staging
// files as they come, so the JS heap holds one slice at a time; finish() hands them with the corpus-wide records to
// DuckDB (folder-tables.ts), which checks, sorts, aggregates and writes the Parquet files. Everything is written
// into a temporary folder beside the target and renamed into place only once whole: a failure leaves an existing
// folder untouched.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, statSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CorpusRecords } from '../pipeline/run-pipeline';
import { DatasetError, type GraphLayout } from '../schema/dataset';
import { searchWords } from '../dataset-source/passage-search';
import { indexTerms } from '../store/search/search-terms';
import { FOLDER_FORMAT, FOLDER_VERSION, JSON_FILES, type FolderManifest } from '../dataset-source/folder-format';
import type { WrittenDataset } from './dataset-file-writer';
import { buildFolderTables, STAGED, type Staged } from './folder-tables';
import { BUILT_DATASET, recordsOf, validateCorpusRecords, type SliceText } from './slice-text';

export class DatasetFolderWriter {
  /** The folder being written, renamed to `dir` when whole. */
  private readonly tmp: string;
  /** Staging files and DuckDB's database, removed at the end. */
  private readonly work: string;
  private readonly fds: Record<Staged, number>;
  private readonly count = { documents: 0, passages: 0, mentions: 0 };

  constructor(private readonly dir: string) {
    const stem = join(dirname(dir), `.${basename(dir)}.${process.pid}`);
    this.tmp = `${stem}.tmp`;
    this.work = `${stem}.work`;
    rmSync(this.tmp, { recursive: true, force: true });
    rmSync(this.work, { recursive: true, force: true });
    mkdirSync(this.tmp, { recursive: true });
    mkdirSync(this.work, { recursive: true });
    this.fds = Object.fromEntries(STAGED.map((name) => [name, openSync(join(this.work, name), 'w')])) as Record<Staged, number>;
  }

  /** Stages a slice's records, each with its place in the corpus (the order of dataset.json). */
  add(slice: SliceText): void {
    const { documents, passages, mentions } = recordsOf(slice);
    const lines = (records: object[], from: number) => records.map((r, i) => `${JSON.stringify({ ...r, ord: from + i })}\n`).join('');
    writeSync(this.fds['documents.ndjson'], lines(documents, this.count.documents));
    writeSync(this.fds['passages.ndjson'], lines(passages, this.count.passages));
    writeSync(this.fds['mentions.ndjson'], lines(mentions, this.count.mentions));
    writeSync(this.fds['words.tsv'], passages.map((p) => indexedWords(p.text).map((w) => `${w}\t${p.id}\n`).join('')).join(''));
    this.count.documents += documents.length;
    this.count.passages += passages.length;
    this.count.mentions += mentions.length;
  }

  /** Checks the corpus-wide records, builds the folder and puts it in place. */
  async finish(corpus: CorpusRecords, layout?: GraphLayout): Promise<WrittenDataset> {
    try {
      validateCorpusRecords(corpus);
      checkCorpusReferences(corpus);
      this.closeStaging();
      const built = await buildFolderTables(this.work, this.tmp, corpus);
      const json = (name: string, value: unknown) => writeFileSync(join(this.tmp, name), JSON.stringify(value));
      json(JSON_FILES.actors, corpus.actors);
      json(JSON_FILES.overview, built.overview);
      json(JSON_FILES.index, built.index);
      if (layout) json(JSON_FILES.layout, layout);
      if (corpus.corrections) json(JSON_FILES.corrections, corpus.corrections);
      const files = Object.fromEntries(readdirSync(this.tmp).map((name) => [name, statSync(join(this.tmp, name)).size]));
      json(JSON_FILES.manifest, { format: FOLDER_FORMAT, version: FOLDER_VERSION, summary: built.summary, files } satisfies FolderManifest);
      this.replaceTarget();
      return { ...this.count, ...corpus };
    } finally {
      this.abort();
    }
  }

  /** Leaves no trace: the existing folder at `dir`, if any, is untouched. */
  abort(): void {
    this.closeStaging();
    rmSync(this.work, { recursive: true, force: true });
    rmSync(this.tmp, { recursive: true, force: true });
  }

  private closeStaging(): void {
    for (const name of STAGED) {
      if (this.fds[name] >= 0) closeSync(this.fds[name]);
      this.fds[name] = -1;
    }
  }

  /** The old folder moves aside only once the new one is whole, and goes once the new one is in place. */
  private replaceTarget(): void {
    const old = `${this.tmp}.old`;
    const hadOne = existsSync(this.dir);
    if (hadOne) renameSync(this.dir, old);
    try {
      renameSync(this.tmp, this.dir);
    } catch (e) {
      if (hadOne) renameSync(old, this.dir);
      throw e;
    }
    rmSync(old, { recursive: true, force: true });
  }
}

/** The words a passage is found by: each of its words and their forms without leading clitics (as passage-search.ts). */
function indexedWords(text: string): string[] {
  return [...new Set(searchWords(text).flatMap(indexTerms))];
}

/** The corpus-wide records' references among themselves (those into passages are checked in DuckDB). */
function checkCorpusReferences({ actors, events, edges }: CorpusRecords): void {
  const fail = (what: string): never => {
    throw new DatasetError(`${BUILT_DATASET}: ${what}`, { code: 'reference', values: { origin: BUILT_DATASET, detail: what } });
  };
  const actorIds = new Set(actors.map((a) => a.id));
  const eventIds = new Set<string>();
  for (const e of events) {
    for (const a of e.participants) if (!actorIds.has(a)) fail(`event ${e.id} has unknown participant ${a}`);
    eventIds.add(e.id);
  }
  for (const e of edges) {
    if (!actorIds.has(e.source) || !actorIds.has(e.target)) fail(`edge ${e.source}–${e.target} names an unknown actor`);
    for (const id of e.eventIds) if (!eventIds.has(id)) fail(`edge ${e.source}–${e.target} points to unknown event ${id}`);
  }
}
