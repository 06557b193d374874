// The dataset folder's layout, shared by the writer (build:data --folder) and the reader (FolderSource): the file
// names, the small JSON files' shapes and the Parquet files' columns. docs/dataset-folder.md says why it is so.
import type { EventCounts, SourceSummary } from './dataset-source';

export const FOLDER_FORMAT = 'news-timeline-dataset-folder';
/** 2: a hit is one JSON column (`hit`), read with one offset index and one run of pages instead of ten. 3: a window's
 *  direct contacts come from contact-months and contact-days, read like its weights, not from its events. 4: events
 *  are counted by type and country set (overview.json) and carry their set (`country_set` in events and
 *  actor-events.parquet), so that the timeline's counts, and the events it reads, follow the country filter. 5: a
 *  passage counts in a window on the days of the dated events it reports too, as a dataset file's window scope
 *  counts it (edge-days and edge-months carry each passage's day before; edge-event-days and -months, the pairs with
 *  an event in the window; actor- and pair-passage-event-spans, the passages a window holds beside those published
 *  in it). */
export const FOLDER_VERSION = 5;

/** The small files the app reads at once. */
export const JSON_FILES = {
  manifest: 'manifest.json',
  actors: 'actors.json',
  overview: 'overview.json',
  index: 'index.json',
  layout: 'layout.json',
  corrections: 'corrections.json',
} as const;

/** The columnar files the app reads rows of, by range. */
export const PARQUET_FILES = {
  /** Every passage as a hit (HIT_COLUMN), one row per passage in newest-first order: a row number is a passage's rank. */
  passages: 'passages.parquet',
  /** id → row in passages.parquet, sorted by id. */
  passageIds: 'passage-ids.parquet',
  /** One hit per (actor, passage naming it), sorted by actor then row. */
  actorPassages: 'actor-passages.parquet',
  /** One hit per (pair, passage of the pair's edge), sorted by pair key then row. */
  pairPassages: 'pair-passages.parquet',
  /** The dated span of each event an actor's passage reports (but a span of its publication day alone), with the
   *  passage's row in actor-passages.parquet, sorted by actor, then start day newest first. */
  actorEventSpans: 'actor-passage-event-spans.parquet',
  /** The same for a pair's passages (rows in pair-passages.parquet), sorted by pair key, then start day newest first. */
  pairEventSpans: 'pair-passage-event-spans.parquet',
  /** (word, row): the search index, sorted by word then row. */
  postings: 'postings.parquet',
  /** Every event, sorted by start day (undated last), then id. */
  events: 'events.parquet',
  /** id → row in events.parquet, sorted by id. */
  eventIds: 'event-ids.parquet',
  /** One event per (participant, event), sorted by actor, then as events.parquet. */
  actorEvents: 'actor-events.parquet',
  /** Every edge of the whole corpus (source, target, weight, contact). */
  edges: 'edges.parquet',
  /** Passages of a pair's edge with a day in a month ('YYYY-MM'; a passage's days are its article's publication day
   *  and every day of each dated event it reports), counted by month, pair and the passage's last day before the
   *  month (`previous_day`, null when none); sorted by month then pair. */
  edgeMonths: 'edge-months.parquet',
  /** The same per day (`previous_day`: the passage's day before this one), sorted by day then pair. */
  edgeDays: 'edge-days.parquet',
  /** The pairs taking part together in an event dated on some day of each month, with their edge's `contact`;
   *  sorted by month then pair. */
  edgeEventMonths: 'edge-event-months.parquet',
  /** The same per day (every day the event spans), sorted by day then pair. */
  edgeEventDays: 'edge-event-days.parquet',
  /** Every document (head as JSON, text), sorted by id. */
  documents: 'documents.parquet',
} as const;

export type ParquetName = keyof typeof PARQUET_FILES;

/**
 * The column of actor-, pair- and passages.parquet that holds a PassageHit whole, as JSON: a page of hits is then
 * one column's pages (one offset index, one run of bytes), not ten columns' (twenty requests).
 */
export const HIT_COLUMN = 'hit';

/** The event columns (events.parquet, actor-events.parquet). */
export const EVENT_COLUMNS = ['id', 'type', 'start', 'end', 'planned', 'participants', 'record'] as const;

export interface FolderManifest {
  format: typeof FOLDER_FORMAT;
  version: typeof FOLDER_VERSION;
  summary: SourceSummary;
  /** Every file's size in bytes (range requests need no HEAD request first). */
  files: Record<string, number>;
}

/** A half-open row range [start, end). */
export type RowRange = [number, number];

export interface FolderIndex {
  /** Rows of actor-passages.parquet per actor. */
  actorPassages: Record<string, RowRange>;
  /** Rows of actor-events.parquet per actor. */
  actorEvents: Record<string, RowRange>;
  /** events.parquet's dated rows by start day (the undated ones follow from `end` on). */
  eventStarts: KeyedRows;
  /** The longest dated event, in days (start to end inclusive): a window's events start at most this long before it. */
  longestEventDays: number;
  /** Rows of edge-months.parquet per month and of edge-days.parquet per day, in ascending order. */
  edgeMonths: KeyedRows;
  edgeDays: KeyedRows;
  /** Rows of edge-event-months.parquet per month and of edge-event-days.parquet per day, in ascending order. */
  edgeEventMonths: KeyedRows;
  edgeEventDays: KeyedRows;
}

/** Rows of a file sorted by a key: each key (ascending) with its first row; the last key's rows end at `end`. */
export interface KeyedRows {
  keys: string[];
  starts: number[];
  end: number;
}

export interface FolderOverview {
  /** The distinct countries of the events, numbered (OpenedSource.countrySets). */
  countrySets: string[][];
  /** The events counted, each series' days written as differences (encodeDays). */
  eventCounts: EventCounts;
  documentsPerDay: { day: string; count: number }[];
}

/** Ascending day numbers as the differences from the one before (the first from 0): the synthetic million articles'
 *  counts (50 series, 44,594 days) take 186 KB of JSON so, 364 KB with whole day numbers. */
export function encodeDays(days: readonly number[]): number[] {
  return days.map((d, i) => d - (i ? days[i - 1] : 0));
}

export function decodeDays(differences: readonly number[]): number[] {
  let day = 0;
  return differences.map((d) => (day += d));
}

/** The key of a pair in pair-passages.parquet: the two ids in order (as an edge's source and target). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\t${b}` : `${b}\t${a}`;
}
