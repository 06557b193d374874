// The dataset folder as a DatasetSource: the small JSON files at open, then rows of the Parquet files by range
// (docs/dataset-folder.md says which file answers which question, and how its rows are found).
import * as z from 'zod/mini';
import { fromError } from 'zod-validation-error';
import { appliedCorrectionsSchema } from '../schema/corrections';
import { actorSchema, DatasetError, eventTypeSchema, graphLayoutSchema, type DatasetDocument, type DatasetEvent, type EventType } from '../schema/dataset';
import { EventCounter, hiddenSetNumbers } from './country-sets';
import type {
  DatasetSource,
  DaySpan,
  DocumentHead,
  EventCounts,
  EventQuery,
  OpenedSource,
  Page,
  PageRequest,
  PassageHit,
  WindowEdge,
} from './dataset-source';
import { WHOLE_BELOW, type FolderFiles } from './folder-files';
import {
  decodeDays,
  FOLDER_FORMAT,
  FOLDER_VERSION,
  HIT_COLUMN,
  JSON_FILES,
  PARQUET_FILES,
  pairKey,
  type FolderIndex,
  type FolderManifest,
  type FolderOverview,
  type KeyedRows,
  type ParquetName,
  type RowRange,
} from './folder-format';
import { firstWhere } from './binary-search';
import { ParquetTable, type Row } from './parquet-table';
import { searchWords } from './passage-search';
import { checkPage, checkWindow, compareWindowEdges } from './requests';
import { addDays, monthsOf } from './day-math';

interface Opened {
  manifest: FolderManifest;
  index: FolderIndex;
  /** As the file has it, but each series' days decoded. */
  overview: FolderOverview;
}

const count = z.int().check(z.nonnegative());
const rowRange = z.tuple([count, count]);
const keyedRows = z.object({ keys: z.array(z.string()), starts: z.array(count), end: count });
const daySpan = z.object({ from: z.string(), to: z.string() });
const manifestSchema = z.object({
  format: z.literal(FOLDER_FORMAT),
  version: z.literal(FOLDER_VERSION),
  summary: z.object({ documents: count, passages: count, mentions: count, events: count, edges: count, span: z.nullable(daySpan) }),
  files: z.record(z.string(), count),
});
const indexSchema: z.ZodMiniType<FolderIndex> = z.object({
  actorPassages: z.record(z.string(), rowRange),
  actorEvents: z.record(z.string(), rowRange),
  eventStarts: keyedRows,
  longestEventDays: count,
  edgeMonths: keyedRows,
  edgeDays: keyedRows,
  edgeEventMonths: keyedRows,
  edgeEventDays: keyedRows,
});
const overviewSchema: z.ZodMiniType<FolderOverview> = z.object({
  countrySets: z.array(z.array(z.string())),
  eventCounts: z.object({
    series: z.array(z.object({ type: eventTypeSchema, countrySet: count, days: z.array(z.int()), counts: z.array(count) })),
    undated: z.array(z.object({ type: eventTypeSchema, countrySet: count, count })),
  }),
  documentsPerDay: z.array(z.object({ day: z.string(), count })),
});

/** The tables every window change reads runs of (edges(window), and the selection's passages in the window): decoded
 *  whole once when small (ParquetTable). */
const WINDOW_TABLES: ReadonlySet<ParquetName> = new Set(['edgeMonths', 'edgeDays', 'edgeEventMonths', 'edgeEventDays', 'actorEventSpans', 'pairEventSpans']);

/** A JSON column's value: DuckDB's JSON columns come parsed, plain text columns as text. */
const parsed = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export class FolderSource implements DatasetSource {
  readonly kind = 'folder' as const;
  private opened: Promise<Opened> | null = null;
  private readonly tables = new Map<ParquetName, ParquetTable>();
  /** Small files asked for ahead of their reading (open), each taken once. */
  private readonly prefetched = new Map<string, Promise<string | null>>();

  constructor(private readonly files: FolderFiles) {}

  async open(): Promise<OpenedSource> {
    // The small files the opening reads are asked for now, with the manifest, rather than one round trip after it
    // (measured on a 1M folder: three round trips in a row before the first Parquet read); each is read only once
    // the manifest is valid, and an optional one only when the manifest lists it.
    for (const name of [JSON_FILES.index, JSON_FILES.actors, JSON_FILES.overview, JSON_FILES.layout, JSON_FILES.corrections]) this.prefetch(name);
    const { manifest, overview } = await this.state();
    const [actors, layout, corrections] = await Promise.all([
      this.json(JSON_FILES.actors, z.array(actorSchema)),
      this.optionalJson(JSON_FILES.layout, graphLayoutSchema),
      this.optionalJson(JSON_FILES.corrections, appliedCorrectionsSchema),
    ]);
    return {
      summary: manifest.summary,
      actors,
      ...(layout ? { layout } : {}),
      ...(corrections ? { corrections } : {}),
      countrySets: overview.countrySets,
      eventCounts: overview.eventCounts,
      documentsPerDay: overview.documentsPerDay,
    };
  }

  async events(query: EventQuery, page: PageRequest): Promise<Page<DatasetEvent>> {
    checkWindow(query.window);
    checkPage(page);
    const matching = await this.matchingEvents(query);
    const { table } = matching;
    const [total, chosen] =
      'run' in matching
        ? [matching.run[1] - matching.run[0], range(matching.run[0] + page.offset, Math.min(matching.run[1], matching.run[0] + page.offset + page.limit))]
        : [matching.rows.length, matching.rows.slice(page.offset, page.offset + page.limit)];
    const records = await table.rowsAt(['record'], chosen);
    return { items: records.map((r) => parsed<DatasetEvent>(r.record)), total };
  }

  async event(id: string): Promise<DatasetEvent | null> {
    const [start, end] = await (await this.table('eventIds')).keyRange('id', id);
    if (start === end) return null;
    const [{ row }] = await (await this.table('eventIds')).rows(['row'], start, start + 1);
    const [{ record }] = await (await this.table('events')).rows(['record'], Number(row), Number(row) + 1);
    return parsed<DatasetEvent>(record);
  }

  async eventCounts(actorIds: string[]): Promise<EventCounts> {
    const matching = await this.matchingEvents({ window: null, actorIds });
    const columns = ['type', 'start', 'country_set'];
    const rows = 'run' in matching ? await matching.table.rows(columns, ...matching.run) : await matching.table.rowsAt(columns, matching.rows);
    const counter = new EventCounter();
    for (const r of rows) counter.add(r.type as EventType, Number(r.country_set), r.start === null ? null : String(r.start));
    return counter.counts();
  }

  async edges(window: DaySpan | null): Promise<WindowEdge[]> {
    checkWindow(window);
    if (!window) {
      const edges = await this.table('edges');
      const rows = await edges.rows(['source', 'target', 'weight', 'contact'], 0, await edges.rowCount());
      return rows.map((r) => ({ source: String(r.source), target: String(r.target), weight: Number(r.weight), contact: Boolean(r.contact) }));
    }
    const [weights, withEvents] = await Promise.all([this.pairWeights(window), this.pairsWithEvents(window)]);
    const edges = new Map<string, WindowEdge>();
    for (const [key, w] of weights) if (w.weight > 0) edges.set(key, { ...w, contact: false });
    // A pair with an event in the window is in it, weighing 1 when none of its passages is.
    for (const [key, e] of withEvents) {
      const edge = edges.get(key);
      if (edge) edge.contact = e.contact;
      else edges.set(key, { ...e, weight: 1 });
    }
    return [...edges.values()].sort(compareWindowEdges);
  }

  async passagesOfActor(actorId: string, window: DaySpan | null, page: PageRequest): Promise<Page<PassageHit>> {
    const { index } = await this.state();
    return this.pageOfHits(await this.table('actorPassages'), index.actorPassages[actorId] ?? [0, 0], window, page, { spans: 'actorEventSpans', column: 'actor_id', key: actorId });
  }

  async passagesOfPair(a: string, b: string, window: DaySpan | null, page: PageRequest): Promise<Page<PassageHit>> {
    const table = await this.table('pairPassages');
    const key = pairKey(a, b);
    return this.pageOfHits(table, await table.keyRange('pair', key), window, page, { spans: 'pairEventSpans', column: 'pair', key });
  }

  async passages(ids: string[]): Promise<PassageHit[]> {
    const passageIds = await this.table('passageIds');
    const ranges = await passageIds.keyRanges('id', ids);
    const known = [...ranges.values()].filter(([start, end]) => start < end).map(([start]) => start);
    const rowOf = new Map((await passageIds.rowsAt(['row'], known)).map((r, i) => [known[i], Number(r.row)]));
    // In the order asked, each id once.
    const rows = [...new Set(ids)].flatMap((id) => {
      const [start, end] = ranges.get(id)!;
      return start < end ? [rowOf.get(start)!] : [];
    });
    return (await (await this.table('passages')).rowsAt([HIT_COLUMN], rows)).map(hitOf);
  }

  async document(id: string): Promise<DatasetDocument | null> {
    const documents = await this.table('documents');
    const [start, end] = await documents.keyRange('id', id);
    if (start === end) return null;
    const [{ head, text }] = await documents.rows(['head', 'text'], start, start + 1);
    return { ...parsed<DocumentHead>(head), text: String(text) };
  }

  /** A query word matches a passage when it begins one of the passage's indexed words (see passage-search.ts). */
  async searchPassages(text: string, page: PageRequest): Promise<Page<PassageHit>> {
    checkPage(page);
    const words = [...new Set(searchWords(text))];
    if (words.length === 0) return { items: [], total: 0 };
    const postings = await this.table('postings');
    const lists = await Promise.all(
      words.map(async (word) => {
        const [start, end] = await postings.prefixRange('word', word);
        const rows = (await postings.column('row', start, end)).map(Number);
        // Rows come by word, then row: a prefix spanning several words needs them merged.
        return [...new Set(rows)].sort((a, b) => a - b);
      }),
    );
    const rows = intersectSorted(lists);
    const chosen = rows.slice(page.offset, page.offset + page.limit);
    const hits = await (await this.table('passages')).rowsAt([HIT_COLUMN], chosen);
    return { items: hits.map(hitOf), total: rows.length };
  }

  /** The manifest and the index, read once; a folder of another format or version is refused by name. */
  private state(): Promise<Opened> {
    this.opened ??= (async () => {
      const json = await this.json(JSON_FILES.manifest, z.looseObject({}));
      const { format, version } = json as Record<string, unknown>;
      if (format !== FOLDER_FORMAT) this.fail(JSON_FILES.manifest, `not a dataset folder manifest (format ${String(format)})`);
      if (version !== FOLDER_VERSION) this.fail(JSON_FILES.manifest, `version ${String(version)} is not supported (this app reads version ${FOLDER_VERSION})`);
      const manifest = this.validated(JSON_FILES.manifest, json, manifestSchema) as FolderManifest;
      const [index, overview] = await Promise.all([this.json(JSON_FILES.index, indexSchema), this.json(JSON_FILES.overview, overviewSchema)]);
      const series = overview.eventCounts.series.map((s) => ({ ...s, days: decodeDays(s.days) }));
      return { manifest, index, overview: { ...overview, eventCounts: { ...overview.eventCounts, series } } };
    })().catch((e: unknown) => {
      this.opened = null;
      this.prefetched.clear();
      throw e;
    });
    return this.opened;
  }

  private async table(name: ParquetName): Promise<ParquetTable> {
    const { manifest } = await this.state();
    let table = this.tables.get(name);
    if (!table) {
      const file = PARQUET_FILES[name];
      const size = manifest.files[file];
      if (size === undefined) this.fail(JSON_FILES.manifest, `lists no ${file}`);
      table = new ParquetTable(this.files.buffer(file, size), `${this.files.origin}/${file}`, size < WHOLE_BELOW && WINDOW_TABLES.has(name));
      this.tables.set(name, table);
    }
    return table;
  }

  private fail(file: string, what: string): never {
    throw new DatasetError(`${this.files.origin}/${file}: ${what}`, { code: 'invalid', values: { origin: `${this.files.origin}/${file}`, detail: what } });
  }

  private prefetch(name: string): void {
    if (this.prefetched.has(name)) return;
    const text = this.files.text(name);
    text.catch(() => {}); // a failure is reported when the file is read, if it is
    this.prefetched.set(name, text);
  }

  /** A small file's text: the one asked for ahead, or asked for now. */
  private text(name: string): Promise<string | null> {
    const ahead = this.prefetched.get(name);
    this.prefetched.delete(name);
    return ahead ?? this.files.text(name);
  }

  /** A file the manifest may leave out: not read then (a static server may answer a missing file with its index page). */
  private async optionalJson<T>(name: string, schema: z.ZodMiniType<T>): Promise<T | null> {
    const { manifest } = await this.state();
    if (!(name in manifest.files)) {
      this.prefetched.delete(name);
      return null;
    }
    const text = await this.text(name);
    return text === null ? null : this.parse(name, text, schema);
  }

  private async json<T>(name: string, schema: z.ZodMiniType<T>): Promise<T> {
    const text = await this.text(name);
    if (text === null) this.fail(name, 'missing');
    return this.parse(name, text, schema);
  }

  private parse<T>(name: string, text: string, schema: z.ZodMiniType<T>): T {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      this.fail(name, `not JSON (${(e as Error).message})`);
    }
    return this.validated(name, json, schema);
  }

  private validated<T>(name: string, json: unknown, schema: z.ZodMiniType<T>): T {
    const result = schema.safeParse(json);
    if (!result.success) this.fail(name, fromError(result.error).message);
    return result.data;
  }

  /**
   * A page of the hits in `keyRows` (newest first) in `window`: those whose article is published in it, and those that
   * report an event dated in it (`spans`: the event spans of the key's hits).
   */
  private async pageOfHits(table: ParquetTable, keyRows: RowRange, window: DaySpan | null, page: PageRequest, spans: EventSpansOf): Promise<Page<PassageHit>> {
    checkWindow(window);
    checkPage(page);
    if (!window) {
      const [first, last] = keyRows;
      const from = Math.min(last, first + page.offset);
      const rows = await table.rows([HIT_COLUMN], from, Math.min(last, from + page.limit));
      return { items: rows.map(hitOf), total: last - first };
    }
    // Newest first, undated last: the rows published in the window are one run; the others it holds lie around it.
    const [[start, end], reporting] = await Promise.all([table.descendingRun('published', keyRows[0], keyRows[1], window.from, window.to), this.rowsReportingIn(spans, window)]);
    const before = reporting.filter((row) => row < start);
    const after = reporting.filter((row) => row >= end);
    const total = before.length + (end - start) + after.length;
    const rowAt = (i: number) => (i < before.length ? before[i] : i < before.length + end - start ? start + i - before.length : after[i - before.length - (end - start)]);
    const chosen = range(page.offset, Math.min(total, page.offset + page.limit)).map(rowAt);
    return { items: (await table.rowsAt([HIT_COLUMN], chosen)).map(hitOf), total };
  }

  /** The rows (ascending, in actor- or pair-passages.parquet) of the key's hits that report an event dated in `window`. */
  private async rowsReportingIn({ spans, column, key }: EventSpansOf, window: DaySpan): Promise<number[]> {
    const { index } = await this.state();
    const table = await this.table(spans);
    const [first, last] = await table.keyRange(column, key);
    // Newest start first: the spans reaching into the window start at most the longest event's length before it.
    const [start, end] = await table.descendingRun('start', first, last, addDays(window.from, 1 - Math.max(1, index.longestEventDays)), window.to);
    const rows = (await table.rows(['end', 'row'], start, end)).filter((r) => String(r.end) >= window.from).map((r) => Number(r.row));
    return [...new Set(rows)].sort((a, b) => a - b);
  }

  /**
   * The rows (in events order) of the events `query` asks for, and the table they are rows of: events.parquet, or an
   * actor's range of actor-events.parquet (of the actor with the fewest events, when several are asked for, kept
   * where the others take part too). A window's events start at most the longest event's length before it, so only
   * the rows from that day to its end are read.
   */
  private async matchingEvents({ window, types, actorIds, hiddenCountries }: EventQuery): Promise<MatchingRows> {
    const { index, overview } = await this.state();
    const table = await this.table(actorIds === undefined ? 'events' : 'actorEvents');
    const earliest = window ? addDays(window.from, 1 - Math.max(1, index.longestEventDays)) : '';
    let [start, end]: RowRange = [0, 0];
    let others: string[] = [];
    if (actorIds === undefined) [start, end] = window ? keysRange(index.eventStarts, earliest, window.to) : [0, await table.rowCount()];
    else if (actorIds.length > 0) {
      const ranges = actorIds.map((a) => index.actorEvents[a] ?? [0, 0]);
      const fewest = ranges.reduce((k, r, i) => (r[1] - r[0] < ranges[k][1] - ranges[k][0] ? i : k), 0);
      [start, end] = ranges[fewest];
      others = actorIds.filter((_, i) => i !== fewest);
      if (window) {
        const starts = (await table.column('start', start, end)) as (string | null)[];
        const lo = firstWhere(0, starts.length, (i) => starts[i] === null || starts[i]! >= earliest);
        [start, end] = [start + lo, start + firstWhere(lo, starts.length, (i) => starts[i] === null || starts[i]! > window.to)];
      }
    }
    const shared = others.length ? await this.alsoOfActors(table, [start, end], others) : null;
    const wanted = types ? new Set<string>(types) : null;
    const hiddenSets = hiddenSetNumbers(overview.countrySets, hiddenCountries ?? []);
    // Every row of a run: not listed one by one (a million events' numbers took 50 ms to list at open).
    if (!window && !wanted && !hiddenSets.size) return shared ? { table, rows: shared } : { table, run: [start, end] };
    const columns = [...(window ? ['end'] : []), ...(wanted ? ['type'] : []), ...(hiddenSets.size ? ['country_set'] : [])];
    const rows = shared ? await table.rowsAt(columns, shared) : await table.rows(columns, start, end);
    const matching: number[] = [];
    rows.forEach((r, i) => {
      if (window && !(String(r.end) >= window.from)) return;
      if (wanted && !wanted.has(String(r.type))) return;
      if (hiddenSets.has(Number(r.country_set))) return;
      matching.push(shared ? shared[i] : start + i);
    });
    return { table, rows: matching };
  }

  /** The rows of `run` (in actor-events.parquet) of events every one of `actorIds` takes part in too. */
  private async alsoOfActors(table: ParquetTable, [start, end]: RowRange, actorIds: string[]): Promise<number[]> {
    const { index } = await this.state();
    // An actor's rows hold its events' rows in events.parquet, ascending.
    const eventRows = async ([from, to]: RowRange) => (await table.column('row', from, to)).map(Number);
    const [own, ...others] = await Promise.all([eventRows([start, end]), ...actorIds.map((a) => eventRows(index.actorEvents[a] ?? [0, 0]))]);
    const shared = new Set(intersectSorted(others));
    return own.flatMap((row, i) => (shared.has(row) ? [start + i] : []));
  }

  /**
   * The passages of each pair's link in the window. A passage has rows on each of its days in the window (or of its
   * months wholly in it); only the row of its first day there has its day before outside the window.
   */
  private async pairWeights(window: DaySpan): Promise<Map<string, Omit<WindowEdge, 'contact'>>> {
    const { index } = await this.state();
    const weights = new Map<string, Omit<WindowEdge, 'contact'>>();
    const columns = ['source', 'target', 'previous_day', 'weight'];
    for (const rows of await this.byMonthsAndDays(window, ['edgeMonths', index.edgeMonths], ['edgeDays', index.edgeDays], columns)) {
      for (const r of rows) {
        const counted = r.previous_day === null || String(r.previous_day) < window.from;
        const key = pairKey(String(r.source), String(r.target));
        const edge = weights.get(key) ?? weights.set(key, { source: String(r.source), target: String(r.target), weight: 0 }).get(key)!;
        if (counted) edge.weight += Number(r.weight);
      }
    }
    return weights;
  }

  /** The pairs that take part together in an event dated in the window, with their link's contact. */
  private async pairsWithEvents(window: DaySpan): Promise<Map<string, Omit<WindowEdge, 'weight'>>> {
    const { index } = await this.state();
    const pairs = new Map<string, Omit<WindowEdge, 'weight'>>();
    for (const rows of await this.byMonthsAndDays(window, ['edgeEventMonths', index.edgeEventMonths], ['edgeEventDays', index.edgeEventDays], ['source', 'target', 'contact']))
      for (const r of rows) pairs.set(pairKey(String(r.source), String(r.target)), { source: String(r.source), target: String(r.target), contact: Boolean(r.contact) });
    return pairs;
  }

  /**
   * The rows of the window's whole months in a table by month and of its other days in a table by day: one run of
   * rows, and one for each partial month, of a row per pair and period (not per event or passage, which grow with
   * the corpus).
   */
  private async byMonthsAndDays(window: DaySpan, [monthly, months]: [ParquetName, KeyedRows], [daily, days]: [ParquetName, KeyedRows], columns: string[]): Promise<Row[][]> {
    const spans = monthsOf(window);
    const full = spans.filter((s) => s.whole).map((s) => s.month);
    const reads: [ParquetTable, RowRange][] = [];
    if (full.length > 0) reads.push([await this.table(monthly), keysRange(months, full[0], full[full.length - 1])]);
    for (const s of spans.filter((x) => !x.whole)) reads.push([await this.table(daily), keysRange(days, s.from, s.to)]);
    return Promise.all(reads.map(([table, [start, end]]) => table.rows(columns, start, end)));
  }
}

const hitOf = (r: Row): PassageHit => parsed<PassageHit>(r[HIT_COLUMN]);

/** The rows of the keys from `first` to `last` (inclusive) in a keyed index of ascending keys. */
function keysRange(keyed: KeyedRows, first: string, last: string): RowRange {
  const at = (i: number) => (i < keyed.starts.length ? keyed.starts[i] : keyed.end);
  const { keys } = keyed;
  return [at(firstWhere(0, keys.length, (i) => keys[i] >= first)), at(firstWhere(0, keys.length, (i) => keys[i] > last))];
}

/** Where the event spans of an actor's or a pair's hits are: the file, its key column and the key. */
interface EventSpansOf {
  spans: ParquetName;
  column: string;
  key: string;
}

/** The rows of a table a question matches: a run of rows, or rows one by one. */
type MatchingRows = { table: ParquetTable; run: RowRange } | { table: ParquetTable; rows: number[] };

const range = (start: number, end: number) => Array.from({ length: Math.max(0, end - start) }, (_, i) => start + i);

/** The values in every list (each ascending), ascending. */
function intersectSorted(lists: number[][]): number[] {
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  return shortest.filter((value) => others.every((list) => list[firstWhere(0, list.length, (i) => list[i] >= value)] === value));
}
