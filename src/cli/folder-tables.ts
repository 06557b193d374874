// The dataset folder's tables, built by DuckDB from the writer's staging files (docs/dataset-folder.md): it checks
// the references into passages and actors, counts the edges (co-mentions and shared events, as countComentions),
// ranks the passages newest first, sorts and aggregates every table on disk (a
// memory limit and a spill folder keep its memory flat) and writes the Parquet files; the small index, overview
// and summary come back as JSON-ready values.
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { SourceSummary } from '../dataset-source/dataset-source';
import { EventCounter, eventCountries } from '../dataset-source/country-sets';
import { encodeDays, HIT_COLUMN, PARQUET_FILES, type FolderIndex, type FolderOverview, type KeyedRows, type ParquetName } from '../dataset-source/folder-format';
import { compareEdges } from '../pipeline/comentions/count-comentions';
import { DatasetError, type Actor, type DatasetEvent, type Edge } from '../schema/dataset';
import { writePagedParquet, type PagedColumn, type PagedLayout } from './paged-parquet';
import { BUILT_DATASET } from './slice-text';

/** The files the writer fills slice by slice. */
export const STAGED = ['documents.ndjson', 'passages.ndjson', 'mentions.ndjson', 'words.tsv'] as const;
export type Staged = (typeof STAGED)[number];

/**
 * DuckDB's memory for the build: past it, sorts and joins spill to the work folder. At 1M articles the stage passes
 * under 768 MB (peak RSS 1.6 GB, the process's) and fails under 512 MB (actor-passages' sort); 1 GB cost 2.6 GB.
 */
const MEMORY_LIMIT = '768MB';
/** The largest JSON line DuckDB reads (an article's text is one line of documents.ndjson). */
const MAX_LINE_BYTES = 64 << 20;

/**
 * The tables a reader pages through (50 hits, one article, an actor's events), written by hyparquet-writer with offset
 * indexes so that a read fetches the pages holding its rows (paged-parquet.ts). docs/dataset-folder.md has the figures.
 */
type PagedName = 'passages' | 'actorPassages' | 'pairPassages' | 'documents' | 'actorEvents';
const PAGED: Record<PagedName, PagedLayout> = {
  passages: { rowGroupSize: 8192, pageSize: 32 << 10 },
  actorPassages: { rowGroupSize: 8192, pageSize: 32 << 10 },
  pairPassages: { rowGroupSize: 8192, pageSize: 32 << 10 },
  documents: { rowGroupSize: 1024, pageSize: 32 << 10 },
  actorEvents: { rowGroupSize: 2048, pageSize: 32 << 10 },
};

/**
 * Rows per row group of the tables DuckDB writes, read by key range or whole (DuckDB writes at least 2,048 rows
 * a group, and no page index).
 */
const ROW_GROUP_ROWS: Record<Exclude<ParquetName, PagedName>, number> = {
  passageIds: 8192,
  postings: 16384,
  events: 2048,
  eventIds: 8192,
  edges: 16384,
  edgeMonths: 16384,
  edgeDays: 16384,
  edgeEventMonths: 16384,
  edgeEventDays: 16384,
  actorEventSpans: 8192,
  pairEventSpans: 8192,
};

const KEY = (name: string): PagedColumn => ({ name, type: 'STRING' });
/** The hit as JSON, without a dictionary: nearly every value differs, and a page read then needs no dictionary page. */
const HIT: PagedColumn = { name: HIT_COLUMN, type: 'STRING', encoding: 'PLAIN' };
/** The window's run of rows is found by binary search on it. */
const PUBLISHED: PagedColumn = { name: 'published', type: 'STRING', nullable: true };

/** The columns of the paged tables, in their order (the queries below select them so). */
const PAGED_COLUMNS: Record<PagedName, PagedColumn[]> = {
  passages: [HIT],
  actorPassages: [KEY('actor_id'), PUBLISHED, HIT],
  pairPassages: [KEY('pair'), PUBLISHED, HIT],
  documents: [KEY('id'), KEY('head'), KEY('text')],
  // What a reader of an actor's events asks of a row (folder-source.ts matchingEvents): its window, type and record;
  // not the lists (participants, passage ids), which the record holds.
  actorEvents: [
    KEY('actor_id'),
    { name: 'row', type: 'INT32' },
    KEY('id'),
    KEY('type'),
    { name: 'start', type: 'STRING', nullable: true },
    { name: 'end', type: 'STRING', nullable: true },
    { name: 'planned', type: 'BOOLEAN' },
    { name: 'country_set', type: 'INT32' },
    { name: 'record', type: 'STRING', encoding: 'PLAIN' },
  ],
};

export interface BuiltTables {
  summary: SourceSummary;
  index: FolderIndex;
  overview: FolderOverview;
  undatedEvents: number;
  /** The edges in the dataset's order, without their passages and events (what the graph's layout reads). */
  edges: Edge[];
}

/**
 * The corpus-wide records the tables are built from: the actors, and the events, which `stageEvents` hands on, each
 * with its place in the merge (`ord`: events of one day and one id, which do occur, keep the dataset's order).
 */
export interface FolderCorpus {
  actors: Actor[];
  stageEvents: (sql: DuckDBConnection, onEvent: (event: DatasetEvent, ord: number) => void) => void | Promise<void>;
}

/** Told as each phase of the build starts (bench/build-memory.ts times them and their peak memory). */
export type OnPhase = (phase: string) => void;

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A tab-separated file without quoting, for DuckDB to read with the given columns. */
export const readTsv = (path: string, columns: string) =>
  `read_csv(${quoted(path)}, delim = '\t', quote = '', escape = '', header = false, auto_detect = false, columns = {${columns}})`;

export async function buildFolderTables(work: string, out: string, corpus: FolderCorpus, tellPhase: OnPhase = () => {}): Promise<BuiltTables> {
  // An engine's failure («Out of Memory») names no statement: the phase it failed in is said with it.
  let phase = '';
  const onPhase = (name: string) => {
    phase = name;
    tellPhase(name);
  };
  onPhase('events merged and staged');
  writeLines(join(work, 'actors.tsv'), corpus.actors, (a) => `${a.id}\n`);
  const db = await DuckDBInstance.create(join(work, 'build.duckdb'), { memory_limit: MEMORY_LIMIT, temp_directory: join(work, 'spill') });
  const sql = await db.connect();
  try {
    await stageEvents(sql, join(work, 'events.ndjson'), corpus);
    onPhase('staging files loaded');
    await loadStaged(sql, work);
    onPhase('references checked');
    await checkReferences(sql);
    onPhase('edges counted');
    await countEdges(sql);
    onPhase('passages ranked');
    await rankPassages(sql);
    onPhase('passages dated');
    await datePassages(sql);
    const path = (name: ParquetName) => join(out, PARQUET_FILES[name]);
    // A hit goes to hyparquet-writer as its UTF-8 bytes (encode), not decoded into a string and encoded again.
    const paged = async (name: PagedName, query: string | string[]) => {
      onPhase(PARQUET_FILES[name]);
      await writePagedParquet(sql, query, path(name), PAGED_COLUMNS[name], PAGED[name]);
    };
    const copy = async (name: Exclude<ParquetName, PagedName>, query: string) => {
      onPhase(PARQUET_FILES[name]);
      await sql.run(`COPY (${query}) TO ${quoted(path(name))} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE ${ROW_GROUP_ROWS[name]})`);
    };
    await paged('passages', `SELECT encode(${HIT_COLUMN}) AS ${HIT_COLUMN} FROM hits ORDER BY row`);
    await copy('passageIds', 'SELECT id, row FROM hits ORDER BY id');
    await paged('actorPassages', `SELECT a.actor_id, h.published, encode(h.${HIT_COLUMN}) AS ${HIT_COLUMN} FROM actor_hits a JOIN hits h ON h.id = a.passage_id ORDER BY a.at`);
    await paged('pairPassages', `SELECT p.pair, h.published, encode(h.${HIT_COLUMN}) AS ${HIT_COLUMN} FROM pair_hits p JOIN hits h ON h.id = p.passage_id ORDER BY p.at`);
    // A span of the publication day alone puts the passage in no window its article's day does not.
    const eventSpans = (hits: string, key: string) =>
      `SELECT k.${key}, s.start, s."end", k.at AS row FROM ${hits} k JOIN passage_event_spans s USING (passage_id) JOIN hits h ON h.id = k.passage_id
       WHERE h.published IS NULL OR s.start <> h.published OR s."end" <> h.published ORDER BY k.${key}, s.start DESC, row`;
    await copy('actorEventSpans', eventSpans('actor_hits', 'actor_id'));
    await copy('pairEventSpans', eventSpans('pair_hits', 'pair'));
    // A passage's words are distinct (words.tsv), and its place in the corpus is its own: no (word, row) repeats.
    await copy('postings', `SELECT unnest(string_split(w.words, ' ')) AS word, h.row FROM words w JOIN hits h ON h.ord = w.passage_ord ORDER BY word, h.row`);
    await copy('events', 'SELECT * FROM ranked_events ORDER BY row');
    await copy('eventIds', 'SELECT id, row FROM ranked_events ORDER BY id');
    // Streamed, not COPY'd: DuckDB's COPY of this sort held its strings in memory (it failed at 1M articles under 1 GB,
    // and at 100k under 95 MB, where the streamed sort passes).
    await paged(
      'actorEvents',
      'SELECT a.actor_id, e.row, e.id, e.type, e.start, e."end", e.planned, e.country_set, e.record FROM event_actors a JOIN ranked_events e USING (row) ORDER BY a.actor_id, e.row',
    );
    await copy('edges', 'SELECT source, target, weight, contact FROM edges ORDER BY weight DESC, source, target');
    await copy('edgeDays', 'SELECT day, source, target, previous_day, weight FROM edge_days ORDER BY day, source, target, previous_day NULLS FIRST');
    await copy('edgeMonths', 'SELECT month, source, target, previous_day, weight FROM edge_months ORDER BY month, source, target, previous_day NULLS FIRST');
    await copy('edgeEventDays', 'SELECT day, source, target, contact FROM edge_event_days ORDER BY day, source, target');
    await copy('edgeEventMonths', 'SELECT DISTINCT substr(day, 1, 7) AS month, source, target, contact FROM edge_event_days ORDER BY month, source, target');
    await paged('documents', await inKeyRanges(sql, 'docs', 'id', 'strlen(head) + strlen(text)', 'SELECT id, head, text FROM docs'));
    onPhase('index, overview, summary');
    return { summary: await summaryOf(sql), index: await indexOf(sql), overview: await overviewOf(sql), undatedEvents: await undatedEventsOf(sql), edges: await edgesOf(sql) };
  } catch (e) {
    if (e instanceof DatasetError || !(e instanceof Error)) throw e;
    throw new Error(`the dataset folder's tables, at "${phase}": ${e.message}`, { cause: e });
  } finally {
    sql.closeSync();
    db.closeSync();
  }
}

/** Records per write when staging: the text of all of a large corpus's events would pass a string's limit. */
const LINES_PER_WRITE = 1000;

/** Writes one line per record, a thousand records at a time. */
function writeLines<T>(path: string, records: readonly T[], line: (record: T) => string): void {
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < records.length; i += LINES_PER_WRITE) writeSync(fd, records.slice(i, i + LINES_PER_WRITE).map(line).join(''));
  } finally {
    closeSync(fd);
  }
}

/** The events as a file beside the staged slices, a thousand lines at a time, each with its countries (eventCountries). */
async function stageEvents(sql: DuckDBConnection, path: string, corpus: FolderCorpus): Promise<void> {
  const countryOf = new Map(corpus.actors.map((a) => [a.id, a.country]));
  const fd = openSync(path, 'w');
  try {
    let lines: string[] = [];
    await corpus.stageEvents(sql, (e, ord) => {
      lines.push(eventLine(e, ord, eventCountries(e.participants, (a) => countryOf.get(a))));
      if (lines.length < LINES_PER_WRITE) return;
      writeSync(fd, lines.join(''));
      lines = [];
    });
    writeSync(fd, lines.join(''));
  } finally {
    closeSync(fd);
  }
}

const eventLine = (e: DatasetEvent, ord: number, countries: string[]) =>
  `${JSON.stringify({
      id: e.id,
      type: e.type,
      start: e.date?.start ?? null,
      end: e.date?.end ?? null,
      planned: e.planned,
      participants: JSON.stringify(e.participants),
      passage_ids: e.passageIds,
      record: JSON.stringify(e),
      countries,
      ord,
    })}\n`;

async function loadStaged(sql: DuckDBConnection, work: string): Promise<void> {
  const json = (file: string, columns: string) =>
    `read_json(${quoted(join(work, file))}, format = 'newline_delimited', maximum_object_size = ${MAX_LINE_BYTES}, columns = {${columns}})`;
  const tsv = (file: string, columns: string) => readTsv(join(work, file), columns);
  const text = (...names: string[]) => names.map((n) => `"${n}": 'VARCHAR'`).join(', ');
  const int = (...names: string[]) => names.map((n) => `"${n}": 'INTEGER'`).join(', ');
  // Straight from the file: a staged copy of the texts, then the table, wrote every text twice.
  await sql.run(
    `CREATE TABLE docs AS SELECT id, published, text, CAST(to_json({'id': id, 'file': file, 'title': title, 'source': source, 'url': url, 'published': published, 'publishedBasis': publishedBasis, 'language': language}) AS VARCHAR) AS head
     FROM ${json('documents.ndjson', `${text('id', 'file', 'title', 'source', 'url', 'published', 'publishedBasis', 'language', 'text')}, ord: 'BIGINT'`)}`,
  );
  await sql.run(`CREATE TABLE passages AS SELECT * FROM ${json('passages.ndjson', `${text('id', 'documentId', 'text')}, ${int('start', 'end', 'paragraph')}, ${text('mentions')}, ord: 'BIGINT'`)}`);
  await sql.run(`CREATE TABLE mentions AS SELECT * FROM ${json('mentions.ndjson', `${text('actorId', 'passageId', 'via')}, ${int('start', 'end')}, ord: 'BIGINT'`)}`);
  await sql.run(`CREATE TABLE words AS SELECT * FROM ${tsv('words.tsv', `passage_ord: 'BIGINT', words: 'VARCHAR'`)}`);
  await sql.run(`CREATE TABLE actors AS SELECT * FROM ${tsv('actors.tsv', text('id'))}`);
  await sql.run(
    `CREATE TABLE events AS SELECT * FROM ${json('events.ndjson', `${text('id', 'type', 'start', 'end')}, planned: 'BOOLEAN', ${text('participants')}, passage_ids: 'VARCHAR[]', ${text('record')}, countries: 'VARCHAR[]', ord: 'BIGINT'`)}`,
  );
}

/**
 * The cross-record checks of ReferenceCheck (those of the edges follow: they are counted from the mentions and the
 * events checked here).
 */
async function checkReferences(sql: DuckDBConnection): Promise<void> {
  const checks: [string, (row: string[]) => string][] = [
    [
      `SELECT e.id, e.actor_id FROM (SELECT id, unnest(from_json(participants, '["VARCHAR"]')) AS actor_id FROM events) e ANTI JOIN actors a ON a.id = e.actor_id`,
      ([e, a]) => `event ${e} has unknown participant ${a}`,
    ],
    ['SELECT p.id, p.documentId FROM passages p ANTI JOIN docs d ON d.id = p.documentId', ([p, d]) => `passage ${p} points to unknown document ${d}`],
    ['SELECT m.actorId FROM mentions m ANTI JOIN actors a ON a.id = m.actorId', ([a]) => `a mention points to unknown actor ${a}`],
    ['SELECT m.passageId FROM mentions m ANTI JOIN passages p ON p.id = m.passageId', ([p]) => `a mention points to unknown passage ${p}`],
    [
      'SELECT e.id, e.passage_id FROM (SELECT id, unnest(passage_ids) AS passage_id FROM events) e ANTI JOIN passages p ON p.id = e.passage_id',
      ([e, p]) => `event ${e} points to unknown passage ${p}`,
    ],
  ];
  for (const [query, what] of checks) {
    const rows = (await sql.runAndReadAll(`${query} LIMIT 1`)).getRowsJS() as string[][];
    if (rows.length > 0) {
      const detail = what(rows[0]);
      throw new DatasetError(`${BUILT_DATASET}: ${detail}`, { code: 'reference', values: { origin: BUILT_DATASET, detail } });
    }
  }
}

/**
 * The events in the dataset's order (dated first by day, then by id), each with the number of its set of countries
 * (country_sets: the distinct sets in DuckDB's order of lists, which compareCountrySets follows), and the edges as
 * countComentions counts them:
 * a pair of actors named in one passage, or taking part in one event; its passages are those naming both, or, when
 * no passage does, those of its first event that has some; it is a contact when one of its events is a direct
 * contact (isDirectContact). Actor ids are ASCII, so DuckDB's order of them is JavaScript's.
 */
async function countEdges(sql: DuckDBConnection): Promise<void> {
  await sql.run('CREATE TABLE country_sets AS SELECT countries, CAST(row_number() OVER (ORDER BY countries) - 1 AS INTEGER) AS id FROM (SELECT DISTINCT countries FROM events)');
  await sql.run(`CREATE TABLE ranked_events AS
    SELECT CAST(row_number() OVER (ORDER BY e.start NULLS LAST, e.id, e.ord) - 1 AS INTEGER) AS row, e.* EXCLUDE (ord, countries), s.id AS country_set
    FROM events e JOIN country_sets s ON s.countries = e.countries`);
  await sql.run(`CREATE TABLE event_actors AS SELECT DISTINCT unnest(from_json(participants, '["VARCHAR"]')) AS actor_id, row FROM ranked_events`);
  await sql.run(`CREATE TABLE event_pairs AS
    SELECT a.actor_id AS source, b.actor_id AS target, e.row, e.passage_ids,
      e.type IN ('phone_call', 'meeting', 'visit', 'message', 'agreement') AND NOT e.planned AS contact
    FROM event_actors a JOIN event_actors b ON a.row = b.row AND a.actor_id < b.actor_id JOIN ranked_events e ON e.row = a.row`);
  await sql.run(`CREATE TABLE edge_passages AS
    WITH named AS (SELECT DISTINCT passageId AS passage_id, actorId AS actor_id FROM mentions),
    comentions AS (SELECT a.actor_id AS source, b.actor_id AS target, a.passage_id FROM named a JOIN named b ON a.passage_id = b.passage_id AND a.actor_id < b.actor_id),
    through_events AS (
      SELECT source, target, arg_min(passage_ids, row) AS passage_ids FROM event_pairs WHERE len(passage_ids) > 0 GROUP BY source, target
    )
    SELECT * FROM comentions
    UNION ALL
    SELECT source, target, unnest(passage_ids) AS passage_id FROM through_events t
      WHERE NOT EXISTS (SELECT 1 FROM comentions c WHERE c.source = t.source AND c.target = t.target)`);
  await sql.run(`CREATE TABLE edges AS
    SELECT source, target, CAST(count(DISTINCT passage_id) AS INTEGER) AS weight, coalesce(bool_or(contact), false) AS contact
    FROM (SELECT source, target, passage_id, NULL AS contact FROM edge_passages UNION ALL SELECT source, target, NULL, contact FROM event_pairs)
    GROUP BY source, target`);
  // The pairs taking part together in an event on each day it spans (a month's or a year's event on each of its
  // days), with their edge's contact: a window's pairs through events, and their contact flag, are then read as its
  // weights are (by month and by day), not from its events, whose number grows with the corpus.
  await sql.run(`CREATE TABLE edge_event_days AS
    SELECT d.day, d.source, d.target, g.contact FROM (
      SELECT DISTINCT strftime(day, '%Y-%m-%d') AS day, source, target FROM (
        SELECT unnest(generate_series(CAST(e.start AS TIMESTAMP), CAST(coalesce(e."end", e.start) AS TIMESTAMP), INTERVAL 1 DAY)) AS day, p.source, p.target
        FROM event_pairs p JOIN ranked_events e ON e.row = p.row WHERE e.start IS NOT NULL)
    ) d JOIN edges g USING (source, target)`);
  await sql.run('DROP TABLE event_pairs');
  const [[weightless]] = await rowsOf(sql, `SELECT count(*) FROM edges WHERE weight = 0`);
  if (Number(weightless) > 0) throw new DatasetError(`${BUILT_DATASET}: ${weightless} edge(s) with no passage`);
}

const undatedEventsOf = async (sql: DuckDBConnection) => Number((await rowsOf(sql, 'SELECT count(*) FROM events WHERE start IS NULL'))[0][0]);

/** The edges for the graph's layout, which reads their actors, weights and contacts. */
async function edgesOf(sql: DuckDBConnection): Promise<Edge[]> {
  const rows = (await rowsOf(sql, 'SELECT source, target, weight, contact FROM edges')) as [string, string, number, boolean][];
  return rows.map(([source, target, weight, contact]) => ({ source, target, weight, passageIds: [], eventIds: [], contact })).sort(compareEdges);
}

/**
 * Every passage as a hit (a PassageHit as JSON, without joins at read time; its mentions' JSON comes staged with the
 * passage), numbered in the order every passage list uses: newest article first (undated last), then by article id,
 * then by position in the article.
 */
async function rankPassages(sql: DuckDBConnection): Promise<void> {
  // The rank is numbered on the sort keys alone, and the texts joined to it after: a window over the texts ran out of
  // memory where the sort keys and the joins spill (143 MB at 100k articles).
  await sql.run(`CREATE TABLE hits AS
    WITH ranks AS (
      SELECT CAST(row_number() OVER (ORDER BY d.published DESC NULLS LAST, p.documentId, p.start, p.ord) - 1 AS INTEGER) AS row, p.ord
      FROM passages p JOIN docs d ON d.id = p.documentId
    )
    SELECT r.row, p.id, p.ord, d.published,
      '{"passage":' || CAST(to_json({'id': p.id, 'documentId': p.documentId, 'text': p.text, 'start': p.start, 'end': p."end", 'paragraph': p.paragraph}) AS VARCHAR)
        || ',"document":' || d.head || ',"mentions":' || p.mentions || '}' AS ${HIT_COLUMN}
    FROM ranks r JOIN passages p ON p.ord = r.ord JOIN docs d ON d.id = p.documentId`);
}

/**
 * A passage is in a window when one of its days is: its article's publication day, or a day of a dated event it
 * reports (as a dataset file's window scope counts it). Each hit gets its row in actor- and pair-passages.parquet,
 * by which the passages of a window published outside it are read (`passage_event_spans`, the dated spans of the
 * events each passage reports). A link's passages are counted by day and by month, each with the passage's last day
 * before (null when none): a window then counts a passage once, at its first day in the window, by keeping the rows
 * whose day before is outside it (docs/dataset-folder.md, «A window's passages»).
 */
async function datePassages(sql: DuckDBConnection): Promise<void> {
  await sql.run(`CREATE TABLE actor_hits AS
    SELECT a.actor_id, a.passage_id, CAST(row_number() OVER (ORDER BY a.actor_id, h.row) - 1 AS INTEGER) AS at
    FROM (SELECT DISTINCT actorId AS actor_id, passageId AS passage_id FROM mentions) a JOIN hits h ON h.id = a.passage_id`);
  await sql.run(`CREATE TABLE pair_hits AS
    SELECT e.source, e.target, e.source || chr(9) || e.target AS pair, e.passage_id, CAST(row_number() OVER (ORDER BY e.source || chr(9) || e.target, h.row) - 1 AS INTEGER) AS at
    FROM (SELECT DISTINCT * FROM edge_passages) e JOIN hits h ON h.id = e.passage_id`);
  await sql.run(`CREATE TABLE passage_event_spans AS
    SELECT DISTINCT passage_id, start, "end" FROM (SELECT unnest(passage_ids) AS passage_id, start, coalesce("end", start) AS "end" FROM ranked_events WHERE start IS NOT NULL)`);
  // The days of the links' passages only: the others count towards no weight.
  await sql.run(`CREATE TABLE passage_days AS
    WITH linked AS (SELECT DISTINCT passage_id FROM pair_hits)
    SELECT passage_id, day, lag(day) OVER (PARTITION BY passage_id ORDER BY day) AS previous_day FROM (
      SELECT h.id AS passage_id, h.published AS day FROM hits h JOIN linked l ON l.passage_id = h.id WHERE h.published IS NOT NULL
      UNION
      SELECT passage_id, strftime(day, '%Y-%m-%d') FROM (
        SELECT s.passage_id, unnest(generate_series(CAST(s.start AS TIMESTAMP), CAST(s."end" AS TIMESTAMP), INTERVAL 1 DAY)) AS day
        FROM passage_event_spans s JOIN linked l USING (passage_id)))`);
  await sql.run(`CREATE TABLE edge_days AS
    SELECT d.day, p.source, p.target, d.previous_day, CAST(count(*) AS INTEGER) AS weight FROM pair_hits p JOIN passage_days d USING (passage_id) GROUP BY ALL`);
  await sql.run(`CREATE TABLE edge_months AS
    SELECT m.month, p.source, p.target, m.previous_day, CAST(count(*) AS INTEGER) AS weight FROM pair_hits p JOIN (
      SELECT passage_id, month, lag(last_day) OVER (PARTITION BY passage_id ORDER BY month) AS previous_day
      FROM (SELECT passage_id, substr(day, 1, 7) AS month, max(day) AS last_day FROM passage_days GROUP BY ALL)
    ) m USING (passage_id) GROUP BY ALL`);
}

const rowsOf = async (sql: DuckDBConnection, query: string) => (await sql.runAndReadAll(query)).getRowsJS();

/** Bytes of rows one sort carries at most when a table is sorted in key ranges. */
const RANGE_BYTES = 96 << 20;

/**
 * `select` (rows of `table`) sorted by `key`, as queries of successive key ranges, each carrying about RANGE_BYTES of
 * `bytes`: DuckDB's streamed sort of the documents' texts (3 GB at 1M articles) failed under a 768 MB limit, and a
 * range's rows are found by the key's min/max statistics (the table is loaded in corpus order, near the ids' order).
 */
export async function inKeyRanges(sql: DuckDBConnection, table: string, key: string, bytes: string, select: string, rangeBytes = RANGE_BYTES): Promise<string[]> {
  const [[rows, total]] = await rowsOf(sql, `SELECT count(*), coalesce(sum(${bytes}), 0) FROM ${table}`);
  const step = Math.max(1, Math.ceil((Number(rows) * rangeBytes) / Math.max(1, Number(total))));
  const starts = (await rowsOf(sql, `SELECT ${key} FROM (SELECT ${key}, row_number() OVER (ORDER BY ${key}) - 1 AS n FROM ${table}) WHERE n % ${step} = 0 AND n > 0 ORDER BY ${key}`)).map(([k]) => quoted(String(k)));
  const bounds = [null, ...starts, null];
  return bounds.slice(0, -1).map((from, i) => {
    const to = bounds[i + 1];
    const where = [from === null ? null : `${key} >= ${from}`, to === null ? null : `${key} < ${to}`].filter(Boolean).join(' AND ');
    return `${select}${where ? ` WHERE ${where}` : ''} ORDER BY ${key}`;
  });
}

/** Keys in order with the first row of each, from (key, count) rows in the file's order. */
function startsOf(counts: unknown[][]): KeyedRows {
  const keys: string[] = [];
  const starts: number[] = [];
  let end = 0;
  for (const [key, count] of counts) {
    keys.push(String(key));
    starts.push(end);
    end += Number(count);
  }
  return { keys, starts, end };
}

const rangesOf = (counts: unknown[][]) => {
  const { keys, starts } = startsOf(counts);
  return Object.fromEntries(keys.map((k, i) => [k, [starts[i], starts[i] + Number(counts[i][1])] as [number, number]]));
};

async function indexOf(sql: DuckDBConnection): Promise<FolderIndex> {
  const [[longest]] = await rowsOf(sql, `SELECT coalesce(max(date_diff('day', CAST(start AS DATE), CAST("end" AS DATE))) + 1, 0) FROM events`);
  return {
    actorPassages: rangesOf(await rowsOf(sql, 'SELECT actor_id, count(*) FROM actor_hits GROUP BY actor_id ORDER BY actor_id')),
    actorEvents: rangesOf(await rowsOf(sql, 'SELECT actor_id, count(*) FROM event_actors GROUP BY actor_id ORDER BY actor_id')),
    eventStarts: startsOf(await rowsOf(sql, 'SELECT start, count(*) FROM events WHERE start IS NOT NULL GROUP BY start ORDER BY start')),
    longestEventDays: Number(longest),
    edgeMonths: startsOf(await rowsOf(sql, 'SELECT month, count(*) FROM edge_months GROUP BY month ORDER BY month')),
    edgeDays: startsOf(await rowsOf(sql, 'SELECT day, count(*) FROM edge_days GROUP BY day ORDER BY day')),
    edgeEventMonths: startsOf(await rowsOf(sql, 'SELECT month, count(*) FROM (SELECT DISTINCT substr(day, 1, 7) AS month, source, target FROM edge_event_days) GROUP BY month ORDER BY month')),
    edgeEventDays: startsOf(await rowsOf(sql, 'SELECT day, count(*) FROM edge_event_days GROUP BY day ORDER BY day')),
  };
}

async function overviewOf(sql: DuckDBConnection): Promise<FolderOverview> {
  const counter = new EventCounter();
  for (const [type, countrySet, start, count] of await rowsOf(sql, 'SELECT type, country_set, start, count(*) FROM ranked_events GROUP BY ALL'))
    counter.add(type as DatasetEvent['type'], Number(countrySet), start === null ? null : String(start), Number(count));
  const { series, undated } = counter.counts();
  const documents = await rowsOf(sql, 'SELECT published, count(*) FROM docs WHERE published IS NOT NULL GROUP BY ALL ORDER BY published');
  return {
    countrySets: (await rowsOf(sql, 'SELECT countries FROM country_sets ORDER BY id')).map(([countries]) => (countries as string[]).map(String)),
    eventCounts: { series: series.map((s) => ({ ...s, days: encodeDays(s.days) })), undated },
    documentsPerDay: documents.map(([day, count]) => ({ day: String(day), count: Number(count) })),
  };
}

async function summaryOf(sql: DuckDBConnection): Promise<SourceSummary> {
  const [[documents, passages, mentions, events, edges, first, last]] = await rowsOf(
    sql,
    `SELECT (SELECT count(*) FROM docs), (SELECT count(*) FROM passages), (SELECT count(*) FROM mentions), (SELECT count(*) FROM events), (SELECT count(*) FROM edges),
       least((SELECT min(published) FROM docs), (SELECT min(start) FROM events)),
       greatest((SELECT max(published) FROM docs), (SELECT max("end") FROM events))`,
  );
  return {
    documents: Number(documents),
    passages: Number(passages),
    mentions: Number(mentions),
    events: Number(events),
    edges: Number(edges),
    span: first === null ? null : { from: String(first), to: String(last) },
  };
}
