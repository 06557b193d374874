// Writes the dataset folder (docs/dataset-folder.md) as the pipeline hands it slices, with the shape of
// DatasetFileWriter: documents, passages, mentions and the words of each passage (the search index) go to staging
// files as they come, so the JS heap holds one slice at a time; finish() hands them with the corpus-wide records to
// DuckDB (folder-tables.ts), which checks, counts the edges, sorts, aggregates and writes the Parquet files. The
// corpus-wide records come either in memory (finish: a build with corrections, or one writing dataset.json too) or
// from a StreamedCorpus, whose events are merged in DuckDB (finishStreamed). Everything is written
// into a temporary folder beside the target and renamed into place only once whole: a failure leaves an existing
// folder untouched.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CorpusRecords } from '../pipeline/run-pipeline';
import type { Mention } from '../schema/dataset';
import type { AppliedCorrections } from '../schema/corrections';
// The graph's picture is laid out from the edges DuckDB counts.
import { graphLayoutOf } from '../views/graph/compute-layout';
import { searchWords } from '../dataset-source/passage-search';
import { indexTerms } from '../store/search/search-terms';
import { FOLDER_FORMAT, FOLDER_VERSION, JSON_FILES, type FolderManifest } from '../dataset-source/folder-format';
import type { DatasetWriter, WrittenDataset } from './dataset-writer';
import { buildFolderTables, STAGED, type FolderCorpus, type OnPhase, type Staged } from './folder-tables';
import { releaseGarbage } from './release-garbage';
import { recordsOf, validateCorpusRecords, type SliceText, type Streamed } from './slice-text';
import { mergeSpooledEvents, type SpooledEvents, type StreamedCorpus } from './streamed-corpus';
import type { CorpusIssue } from '../pipeline/corpus/corpus-issue';

const HAND_OVER_FORMAT = 'dataset-folder-build-hand-over';

/** A folder build between its map and its finish (handOver, resume): where its files are and what is not on disk. */
interface HandOver {
  format: typeof HAND_OVER_FORMAT;
  dir: string;
  tmp: string;
  work: string;
  count: Record<Streamed, number>;
  events: SpooledEvents;
  issues: CorpusIssue[];
}

export class DatasetFolderWriter implements DatasetWriter {
  /** The folder being written, renamed to `dir` when whole. */
  private readonly tmp: string;
  /** Staging files and DuckDB's database, removed at the end (a StreamedCorpus spools its events here too). */
  readonly work: string;
  private readonly fds: Record<Staged, number>;
  private readonly count = { documents: 0, passages: 0, mentions: 0 };
  private readonly words = new IndexedWords();

  /** `handedOver`: a build's map done in another process (resume), whose staging files this one finishes. */
  constructor(
    private readonly dir: string,
    private readonly onPhase?: OnPhase,
    handedOver?: HandOver,
  ) {
    if (handedOver) {
      ({ tmp: this.tmp, work: this.work } = handedOver);
      Object.assign(this.count, handedOver.count);
      this.fds = Object.fromEntries(STAGED.map((name) => [name, -1])) as Record<Staged, number>;
      return;
    }
    ({ tmp: this.tmp, work: this.work } = DatasetFolderWriter.scratchOf(dir));
    rmSync(this.tmp, { recursive: true, force: true });
    rmSync(this.work, { recursive: true, force: true });
    mkdirSync(this.tmp, { recursive: true });
    mkdirSync(this.work, { recursive: true });
    this.fds = Object.fromEntries(STAGED.map((name) => [name, openSync(join(this.work, name), 'w')])) as Record<Staged, number>;
  }

  /**
   * The temporary folders beside `dir` of a writer in the process `pid`: the folder being written and the staging
   * files. The writer removes them as it ends; a process that was killed leaves them.
   */
  static scratchOf(dir: string, pid: number = process.pid): { tmp: string; work: string } {
    const stem = join(dirname(dir), `.${basename(dir)}.${pid}`);
    return { tmp: `${stem}.tmp`, work: `${stem}.work` };
  }

  /**
   * A build handed over in `file` (by handOver in another process): the folder it goes to, the corpus's issues, and
   * finish(), which builds the folder and puts it in place. A file that is not a hand-over throws, naming it.
   */
  static resume(file: string, onPhase?: OnPhase): { folder: string; issues: CorpusIssue[]; finish: () => Promise<WrittenDataset> } {
    let handOver: HandOver;
    try {
      handOver = JSON.parse(readFileSync(file, 'utf8')) as HandOver;
    } catch (e) {
      throw new Error(`${file}: cannot be read as a build's hand-over (${(e as Error).message})`);
    }
    if (handOver.format !== HAND_OVER_FORMAT) throw new Error(`${file}: not a build's hand-over`);
    const writer = new DatasetFolderWriter(handOver.dir, onPhase, handOver);
    const { actors, spool } = handOver.events;
    return { folder: handOver.dir, issues: handOver.issues, finish: () => writer.build({ actors, stageEvents: (sql, onEvent) => mergeSpooledEvents(spool, sql, actors, onEvent) }) };
  }

  /** Stages a slice's records, each with its place in the corpus (the order of dataset.json). */
  add(slice: SliceText): void {
    const { documents, passages, mentions } = recordsOf(slice);
    const lines = (records: object[], from: number) => records.map((r, i) => `${JSON.stringify({ ...r, ord: from + i })}\n`).join('');
    writeSync(this.fds['documents.ndjson'], lines(documents, this.count.documents));
    const mentionsOf = mentionsByPassage(mentions);
    const withMentions = passages.map((p) => ({ ...p, mentions: mentionsOf.get(p.id) ?? '[]' }));
    writeSync(this.fds['passages.ndjson'], lines(withMentions, this.count.passages));
    writeSync(this.fds['mentions.ndjson'], lines(mentions, this.count.mentions));
    writeSync(this.fds['words.tsv'], passages.map((p, i) => this.words.lines(this.count.passages + i, p.text)).join(''));
    this.count.documents += documents.length;
    this.count.passages += passages.length;
    this.count.mentions += mentions.length;
  }

  /**
   * Checks the corpus-wide records, builds the folder and puts it in place. The edges and the graph's layout are
   * DuckDB's count (which is countComentions'), as in finishStreamed: `corpus.edges` is not read.
   */
  async finish(corpus: CorpusRecords): Promise<WrittenDataset> {
    validateCorpusRecords(corpus);
    return this.build({ actors: corpus.actors, stageEvents: (_sql, onEvent) => corpus.events.forEach(onEvent) }, corpus.corrections);
  }

  /** Builds the folder from the streamed corpus-wide stages: its events are merged in DuckDB as they are staged. */
  async finishStreamed(corpus: StreamedCorpus): Promise<WrittenDataset> {
    try {
      this.onPhase?.('actors named');
      const actors = corpus.actors();
      return await this.build({ actors, stageEvents: (sql, onEvent) => corpus.mergeEvents(sql, actors, onEvent) });
    } finally {
      corpus.close();
    }
  }

  /**
   * Ends this process's part of the build: the staging files and the streamed corpus are closed and left in place,
   * and what the finish needs is written to `file`, for DatasetFolderWriter.resume in a process of its own (whose
   * memory then holds nothing of the map's). Nothing is put in place here.
   */
  handOver(corpus: StreamedCorpus, file: string, issues: CorpusIssue[]): string {
    this.closeStaging();
    const handOver: HandOver = { format: HAND_OVER_FORMAT, dir: this.dir, tmp: this.tmp, work: this.work, count: { ...this.count }, events: corpus.handOver(), issues };
    writeFileSync(file, JSON.stringify(handOver));
    return file;
  }

  private async build(corpus: FolderCorpus, corrections?: AppliedCorrections): Promise<WrittenDataset> {
    try {
      this.closeStaging();
      await releaseGarbage();
      // Between DuckDB's statements too: streaming its results to the Parquet writers leaves garbage of its own.
      const built = await buildFolderTables(this.work, this.tmp, corpus, (phase) => {
        void releaseGarbage(0);
        this.onPhase?.(phase);
      });
      this.onPhase?.('layout and JSON files');
      const json = (name: string, value: unknown) => writeFileSync(join(this.tmp, name), JSON.stringify(value));
      json(JSON_FILES.actors, corpus.actors);
      json(JSON_FILES.overview, built.overview);
      json(JSON_FILES.index, built.index);
      json(JSON_FILES.layout, graphLayoutOf(corpus.actors, built.edges));
      if (corrections) json(JSON_FILES.corrections, corrections);
      const files = Object.fromEntries(readdirSync(this.tmp).map((name) => [name, statSync(join(this.tmp, name)).size]));
      json(JSON_FILES.manifest, { format: FOLDER_FORMAT, version: FOLDER_VERSION, summary: built.summary, files } satisfies FolderManifest);
      this.replaceTarget();
      return { ...this.count, actors: corpus.actors, events: built.summary.events, undatedEvents: built.undatedEvents, edges: built.summary.edges, ...(corrections ? { corrections } : {}) };
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

/**
 * Each passage's mentions as the JSON of its hit (the order and fields PassageHit.mentions has), from the slice that
 * holds the passage and all its mentions: grouped here, one slice at a time, they are not grouped by DuckDB, whose
 * list aggregate over every passage cannot spill (it took over 500 MB at 100k articles, and ran out of memory at 1M).
 */
function mentionsByPassage(mentions: Mention[]): Map<string, string> {
  const byPassage = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byPassage.get(m.passageId);
    if (list) list.push(m);
    else byPassage.set(m.passageId, [m]);
  }
  // Actor ids are ASCII: JavaScript's order of them is DuckDB's.
  const byOffset = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end || (a.actorId < b.actorId ? -1 : a.actorId > b.actorId ? 1 : 0);
  const json = (list: Mention[]) => JSON.stringify(list.sort(byOffset).map(({ actorId, passageId, start, end, via }) => ({ actorId, passageId, start, end, via })));
  return new Map([...byPassage].map(([id, list]) => [id, json(list)]));
}

/** Characters of words per line of words.tsv at most (under DuckDB's 2 MB line in UTF-8, 3 bytes a character at most). */
const LINE_CHARS = 600_000;

/** Words whose forms are kept at most: a real corpus's vocabulary grows with it (the cache then starts again). */
const FORMS_KEPT = 200_000;

/**
 * The words a passage is found by: each of its words and their forms without leading clitics (as passage-search.ts).
 * Each word's forms are worked out once (words repeat across passages: worked out for every word, they took 5.4 s of
 * the main thread's 8.0 s of staging at 2k synthetic articles, which the main thread's own share of the analysis waited for).
 */
class IndexedWords {
  private readonly formsOf = new Map<string, string[]>();

  /**
   * The lines of words.tsv for the passage at `ord` in the corpus: its place, a tab, its words separated by spaces
   * (a word is letters, marks and digits only), a new line past LINE_CHARS (DuckDB reads lines of up to 2 MB);
   * none for a passage without words.
   */
  lines(ord: number, text: string): string {
    let lines = '';
    let line = '';
    for (const word of this.of(text)) {
      if (line.length + word.length >= LINE_CHARS) {
        lines += `${ord}\t${line}\n`;
        line = '';
      }
      line = line === '' ? word : `${line} ${word}`;
    }
    return line === '' ? lines : `${lines}${ord}\t${line}\n`;
  }

  private of(text: string): Set<string> {
    const words = new Set<string>();
    for (const word of searchWords(text)) {
      let forms = this.formsOf.get(word);
      if (!forms) {
        if (this.formsOf.size >= FORMS_KEPT) this.formsOf.clear();
        this.formsOf.set(word, (forms = indexTerms(word)));
      }
      for (const form of forms) words.add(form);
    }
    return words;
  }
}
