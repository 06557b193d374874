// One Parquet file of the dataset folder, read by row ranges through hyparquet: the footer once, then only the
// column chunks of the row groups a range touches. A sorted key column is found by its row groups' min/max
// statistics (the footer is its index), then by binary search in the one or two chunks that may hold the key.
import { parquetMetadataAsync, parquetReadObjects, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import { firstWhere } from './binary-search';
import type { RowRange } from './folder-format';

export type Row = Record<string, unknown>;

/** Rows closer than this are read as one range (one request per column chunk instead of several). */
const JOIN_GAP = 64;

export class ParquetTable {
  private metadata: Promise<FileMetaData> | null = null;
  /** Each column decoded whole, for a file held whole (holdWhole). */
  private readonly columns = new Map<string, Promise<unknown[]>>();

  constructor(
    private readonly file: AsyncBuffer,
    /** The file's name, for error messages. */
    readonly name: string,
    /** A small file whose columns are decoded whole once, then sliced: a window's rows of the weights by day were
     *  decoded again for each question (a whole row group per column, ~30 ms a window at 100k articles). */
    private readonly holdWhole = false,
  ) {}

  meta(): Promise<FileMetaData> {
    this.metadata ??= parquetMetadataAsync(this.file).catch((e: unknown) => {
      this.metadata = null;
      throw new Error(`${this.name}: not a readable Parquet file (${(e as Error).message})`);
    });
    return this.metadata;
  }

  async rowCount(): Promise<number> {
    return Number((await this.meta()).num_rows);
  }

  /** The rows [start, end) with these columns. */
  async rows(columns: readonly string[], start: number, end: number): Promise<Row[]> {
    if (end <= start) return [];
    if (this.holdWhole) {
      const values = await Promise.all(columns.map((c) => this.wholeColumn(c)));
      return Array.from({ length: end - start }, (_, i) => Object.fromEntries(columns.map((c, k) => [c, values[k][start + i]])));
    }
    // The offset index, where the file has one, limits the read to the pages holding the rows.
    return parquetReadObjects({ file: this.file, metadata: await this.meta(), columns: [...columns], rowStart: start, rowEnd: end, useOffsetIndex: true });
  }

  private wholeColumn(column: string): Promise<unknown[]> {
    let values = this.columns.get(column);
    if (!values) {
      values = (async () => {
        const meta = await this.meta();
        const rows = await parquetReadObjects({ file: this.file, metadata: meta, columns: [column], rowStart: 0, rowEnd: Number(meta.num_rows) });
        return rows.map((r) => r[column]);
      })();
      values.catch(() => this.columns.delete(column));
      this.columns.set(column, values);
    }
    return values;
  }

  /** One column's values over [start, end). */
  async column(column: string, start: number, end: number): Promise<unknown[]> {
    return (await this.rows([column], start, end)).map((r) => r[column]);
  }

  /** The rows at these (ascending or not) row numbers, in the order given; nearby rows are read together. */
  async rowsAt(columns: readonly string[], rowNumbers: readonly number[]): Promise<Row[]> {
    const sorted = [...new Set(rowNumbers)].sort((a, b) => a - b);
    const spans: RowRange[] = [];
    for (const r of sorted) {
      const last = spans[spans.length - 1];
      if (last && r - last[1] < JOIN_GAP) last[1] = r + 1;
      else spans.push([r, r + 1]);
    }
    const byRow = new Map<number, Row>();
    await Promise.all(
      spans.map(async ([start, end]) => {
        const rows = await this.rows(columns, start, end);
        rows.forEach((row, i) => byRow.set(start + i, row));
      }),
    );
    return rowNumbers.map((r) => byRow.get(r)!);
  }

  /** The rows whose `column` (by which the file is sorted, ascending) equals `key`; [n, n] when there are none. */
  async keyRange(column: string, key: string): Promise<RowRange> {
    return (await this.keyRanges(column, [key])).get(key)!;
  }

  /** The rows of each key, as keyRange, reading each row group's keys once however many keys it holds. */
  async keyRanges(column: string, keys: readonly string[]): Promise<Map<string, RowRange>> {
    const groups = await this.keyGroups(column);
    const reads = new Map<string, Promise<string[]>>();
    const valuesIn = ([from, to]: RowRange) => {
      const key = `${from},${to}`;
      let values = reads.get(key);
      if (!values) reads.set(key, (values = this.column(column, from, to) as Promise<string[]>));
      return values;
    };
    const out = new Map<string, RowRange>();
    await Promise.all(
      [...new Set(keys)].map(async (key) => {
        const [head, tail] = keySpans(groups, key);
        const [lo, headEnd] = rangeIn(await valuesIn(head), head[0], key, `${key}\0`);
        out.set(key, [lo, tail ? rangeIn(await valuesIn(tail), tail[0], key, `${key}\0`)[1] : headEnd]);
      }),
    );
    return out;
  }


  /** The rows whose `column` (sorted ascending) begins with `prefix`. */
  async prefixRange(column: string, prefix: string): Promise<RowRange> {
    const [from, to] = candidateRows(await this.keyGroups(column), prefix, `${prefix}\uffff`);
    return rangeIn((await this.column(column, from, to)) as string[], from, prefix, `${prefix}\uffff`);
  }

  /**
   * The rows of [start, end) whose `column` (sorted newest day first, nulls last, over that range) lies in [from, to].
   * A row group wholly inside the range is judged by its footer statistics; only the one or two groups where each
   * end of the run lies are read (and of them only the range's rows), so the cost does not grow with the range.
   */
  async descendingRun(column: string, start: number, end: number, from: string, to: string): Promise<RowRange> {
    // A value not after `from` is not after `to` either: both searches may start at `start`, together.
    const [lo, hi] = await Promise.all([
      this.firstAtMost(column, start, end, (v) => v <= to),
      this.firstAtMost(column, start, end, (v) => v < from),
    ]);
    return [lo, hi];
  }

  /** The first row of [start, end) whose value is null or `below` (which holds of every value under one it holds of). */
  private async firstAtMost(column: string, start: number, end: number, below: (value: string) => boolean): Promise<number> {
    const holds = (v: unknown) => v === null || v === undefined || below(String(v));
    for (const g of await this.keyGroups(column)) {
      const [a, b] = [Math.max(start, g.rows[0]), Math.min(end, g.rows[1])];
      if (a >= b) continue;
      // The footer's statistics describe the group's rows, exactly these only when the group lies wholly inside.
      if (a === g.rows[0] && b === g.rows[1]) {
        if (g.nulls === 0 && g.min !== null && !holds(g.min)) continue;
        if (g.nulls === b - a || (g.max !== null && holds(g.max))) return a;
      }
      const values = await this.column(column, a, b);
      const i = firstWhere(0, values.length, (k) => holds(values[k]));
      if (i < values.length) return a + i;
    }
    return end;
  }

  /** Each row group's rows and the min/max of a key column (null where the footer does not say). */
  private async keyGroups(column: string): Promise<KeyGroup[]> {
    const meta = await this.meta();
    const index = meta.schema.slice(1).findIndex((s) => s.name === column);
    if (index < 0) throw new Error(`${this.name}: no column ${column}`);
    let start = 0;
    return meta.row_groups.map((group) => {
      const stats = group.columns[index].meta_data?.statistics;
      const min = stats?.min_value ?? stats?.min;
      // A truncated maximum may be below the true one: it then rules nothing out.
      const max = stats?.is_max_value_exact === false ? undefined : (stats?.max_value ?? stats?.max);
      const rows: RowRange = [start, (start += Number(group.num_rows))];
      // An unknown count of nulls is taken as some: the statistics then decide nothing about nulls.
      const nulls = stats?.null_count === undefined ? -1 : Number(stats.null_count);
      return { rows, min: typeof min === 'string' ? min : null, max: typeof max === 'string' ? max : null, nulls };
    });
  }
}

interface KeyGroup {
  rows: RowRange;
  min: string | null;
  max: string | null;
  /** Null values in the group, -1 when the footer does not say. */
  nulls: number;
}

/**
 * The rows to read to find `key`'s run: the row groups that may hold it, or, when those between the first and the
 * last hold the key alone (their exact min and max), only the first and the last, where its run begins and ends —
 * a key of a million rows is then found by reading two row groups, not a hundred.
 */
function keySpans(groups: KeyGroup[], key: string): [RowRange, RowRange | null] {
  const may = candidateGroups(groups, key, `${key}\0`);
  if (may.length === 0) return [[0, 0], null];
  const [first, last] = [may[0], may[may.length - 1]];
  if (may.length > 1 && may.slice(1, -1).every((g) => g.min === key && g.max === key)) return [first.rows, last.rows];
  return [[first.rows[0], last.rows[1]], null];
}

/** The row groups that may hold keys in [lowest, below) (by their statistics). */
function candidateGroups(groups: KeyGroup[], lowest: string, below: string): KeyGroup[] {
  return groups.filter((g) => (g.min === null || g.min < below) && (g.max === null || g.max >= lowest));
}

/** The rows of the row groups that may hold keys in [lowest, below): one run, the column being sorted. */
function candidateRows(groups: KeyGroup[], lowest: string, below: string): RowRange {
  const may = candidateGroups(groups, lowest, below);
  if (may.length === 0) return [0, 0];
  return [may[0].rows[0], may[may.length - 1].rows[1]];
}

/** The rows in [lowest, below) of sorted `values` that start at row `from`. */
function rangeIn(values: readonly string[], from: number, lowest: string, below: string): RowRange {
  const lo = firstWhere(0, values.length, (i) => values[i] >= lowest);
  return [from + lo, from + firstWhere(lo, values.length, (i) => values[i] >= below)];
}
