// One Parquet file of the dataset folder, read by row ranges through hyparquet: the footer once, then only the
// column chunks of the row groups a range touches. A sorted key column is found by its row groups' min/max
// statistics (the footer is its index), then by binary search in the one or two chunks that may hold the key.
import { parquetMetadataAsync, parquetReadObjects, type AsyncBuffer, type FileMetaData } from 'hyparquet';
import type { RowRange } from './folder-format';

export type Row = Record<string, unknown>;

/** Rows closer than this are read as one range (one request per column chunk instead of several). */
const JOIN_GAP = 64;

export class ParquetTable {
  private metadata: Promise<FileMetaData> | null = null;

  constructor(
    private readonly file: AsyncBuffer,
    /** The file's name, for error messages. */
    readonly name: string,
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
    return parquetReadObjects({ file: this.file, metadata: await this.meta(), columns: [...columns], rowStart: start, rowEnd: end });
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
  keyRange(column: string, key: string): Promise<RowRange> {
    return this.keysBetween(column, key, `${key}\0`);
  }

  /** The rows whose `column` begins with `prefix`. */
  prefixRange(column: string, prefix: string): Promise<RowRange> {
    return this.keysBetween(column, prefix, `${prefix}\uffff`);
  }

  /** The rows whose `column` (sorted ascending) is at least `lowest` and below `below`. */
  private async keysBetween(column: string, lowest: string, below: string): Promise<RowRange> {
    const meta = await this.meta();
    const index = meta.schema.slice(1).findIndex((s) => s.name === column);
    if (index < 0) throw new Error(`${this.name}: no column ${column}`);
    let first = -1;
    let last = -1;
    let start = 0;
    const groupStarts: number[] = [];
    meta.row_groups.forEach((group, g) => {
      groupStarts.push(start);
      const stats = group.columns[index].meta_data?.statistics;
      const min = stats?.min_value ?? stats?.min;
      // A truncated maximum may be below the true one: it then rules nothing out.
      const max = stats?.is_max_value_exact === false ? undefined : (stats?.max_value ?? stats?.max);
      const mayHold = (typeof min !== 'string' || min < below) && (typeof max !== 'string' || max >= lowest);
      if (mayHold) {
        if (first < 0) first = g;
        last = g;
      }
      start += Number(group.num_rows);
    });
    if (first < 0) return [start, start];
    const from = groupStarts[first];
    const to = last + 1 < groupStarts.length ? groupStarts[last + 1] : start;
    const keys = (await this.column(column, from, to)) as string[];
    const lo = lowerBound(keys, (k) => k < lowest);
    return [from + lo, from + lowerBound(keys, (k) => k < below, lo)];
  }
}

/** The first index in `values` (partitioned: every `before` first) for which `before` is false. */
export function lowerBound<T>(values: readonly T[], before: (value: T) => boolean, from = 0, to = values.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(values[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
