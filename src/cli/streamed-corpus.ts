// The corpus-wide stages of a dataset folder's build with a JS heap that does not grow with the corpus (no
// corrections, nothing appended to: those keep DatasetAssembler's in-memory path). This thread keeps only what grows
// with the actors (the discoveries, mentions per actor); each event report goes to a spool file as it comes. At the
// end DuckDB sorts the spool by merge key (only reports of one key can merge: merge-events.ts keyOf) and corpus
// order, and the reports of one key are merged at a time by a CrossDocumentMerger of their own, which gives
// DatasetAssembler's events (the merge of one key never looks at another's); each merged event goes on to the
// folder's staging file as soon as its key is done. Edges are counted by DuckDB (folder-tables.ts countEdges).
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ActorIndex } from '../pipeline/actors/actor-index';
import type { EventCandidate } from '../pipeline/events/extract-events';
import { actorSchema, eventSchema, type Actor, type DatasetEvent } from '../schema/dataset';
import type { AnalyzedBatch } from './bundled-pipeline';
import { readTsv } from './folder-tables';
import { loadPipeline } from './parallel-pipeline';
import { validate } from './slice-text';
import { wholeStream } from './whole-stream';

/** The spool of event reports: merge key, place in the corpus, the report as JSON (tab-free: JSON escapes tabs). */
const SPOOL = 'event-reports.tsv';

export class StreamedCorpus {
  private readonly pipeline = loadPipeline();
  private readonly index: ActorIndex = this.pipeline.defaultActorIndex();
  private readonly discovered = new this.pipeline.DiscoveredActors(this.index.roleTitles);
  private readonly mentionCounts = new Map<string, number>();
  private readonly spoolPath: string;
  private spool: number;
  private reports = 0;

  /** `work`: a folder for the spool, removed by the caller. */
  constructor(work: string) {
    this.spoolPath = join(work, SPOOL);
    this.spool = openSync(this.spoolPath, 'w');
  }

  add({ slice, index }: AnalyzedBatch): void {
    for (const d of index.discoveries) this.discovered.register(d);
    this.pipeline.countMentions(slice.refs.mentions, this.mentionCounts);
    const lines = index.candidates.map((c) => `${this.pipeline.keyOf(c)}\t${this.reports++}\t${JSON.stringify(c)}\n`);
    if (lines.length > 0) writeSync(this.spool, lines.join(''));
  }

  /** The actors named, as DatasetAssembler gives them; throws a DatasetError naming the first the schema refuses. */
  actors(): Actor[] {
    const actors = this.pipeline.namedActors(this.index, this.discovered, this.mentionCounts);
    validate(actorSchema, actors, (a) => `actor ${a.id}`);
    return actors;
  }

  /**
   * Merges the spooled reports in `sql` and hands each event on (mergeSpooledEvents). The spool is closed first: no
   * report may come after.
   */
  async mergeEvents(sql: DuckDBConnection, actors: Actor[], onEvent: (event: DatasetEvent, ord: number) => void): Promise<void> {
    this.close();
    await mergeSpooledEvents(this.spoolPath, sql, actors, onEvent);
  }

  /** What the merge of the events needs, on disk or small, for a process of its own: the spool, closed, and the actors. */
  handOver(): SpooledEvents {
    this.close();
    return { spool: this.spoolPath, actors: this.actors() };
  }

  close(): void {
    if (this.spool >= 0) closeSync(this.spool);
    this.spool = -1;
  }
}

/** A StreamedCorpus handed over (to the finish of a folder build in a process of its own). */
export interface SpooledEvents {
  spool: string;
  actors: Actor[];
}

/**
 * Merges the reports spooled in `spool` in `sql` and hands each event on, checked against the schema, with the place
 * of its first report in the corpus (DatasetAssembler's order of events, which the folder's sort keeps for events of
 * one day and one id).
 */
export async function mergeSpooledEvents(spool: string, sql: DuckDBConnection, actors: Actor[], onEvent: (event: DatasetEvent, ord: number) => void): Promise<void> {
  const pipeline = loadPipeline();
  const byId = new Map(actors.map((a) => [a.id, a]));
  await sql.run(`CREATE TABLE event_reports AS SELECT * FROM ${readTsv(spool, `"key": 'VARCHAR', seq: 'BIGINT', report: 'VARCHAR'`)}`);
  let key: string | null = null;
  let merger = new pipeline.CrossDocumentMerger();
  /** The place of each merged event's first report (a merger only ever appends the events it keeps). */
  let firstReports: number[] = [];
  const flush = () => {
    const events = merger.merged.map((c) => pipeline.toDatasetEvent(c, byId));
    validate(eventSchema, events, (e) => `event ${e.id}`);
    events.forEach((e, i) => onEvent(e, firstReports[i]));
  };
  for await (const rows of wholeStream(sql, 'SELECT key, seq, report FROM event_reports ORDER BY key, seq', (result) => result.yieldRowsJs())) {
    for (const [rowKey, seq, report] of rows as [string, bigint, string][]) {
      if (rowKey !== key) {
        flush();
        merger = new pipeline.CrossDocumentMerger();
        firstReports = [];
        key = rowKey;
      }
      const kept = merger.merged.length;
      merger.add(JSON.parse(report) as EventCandidate);
      if (merger.merged.length > kept) firstReports.push(Number(seq));
    }
  }
  flush();
  await sql.run('DROP TABLE event_reports');
}
