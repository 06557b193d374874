// @vitest-environment node
// ParquetTable over a file of many row groups (DuckDB's, as build:data writes them): a key is found through the
// row groups' statistics, across row-group boundaries, and rows are read by range and by number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { cachedAsyncBuffer } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { ParquetTable } from '../parquet-table';
import { tempDir } from '../../test/temp-dir';

/** 'k000'…'k999', each key on (n % 5) + 1 rows, in row groups of 100 rows. */
async function keyedFile(): Promise<ParquetTable> {
  const path = join(tempDir('parquet-table-'), 'keys.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const sql = await db.connect();
  await sql.run(`COPY (SELECT 'k' || lpad(CAST(n AS VARCHAR), 3, '0') AS key, CAST(n * 10 + i AS INTEGER) AS value
    FROM range(1000) t(n), range(5) u(i) WHERE i <= n % 5 ORDER BY key, value) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 100)`);
  sql.closeSync();
  db.closeSync();
  // A Blob of the test's realm (jsdom's): hyparquet checks `instanceof ArrayBuffer`.
  const blob = new Blob([readFileSync(path)]);
  return new ParquetTable(cachedAsyncBuffer({ byteLength: blob.size, slice: (s, e) => blob.slice(s, e).arrayBuffer() }), 'keys.parquet');
}

/**
 * 'a' then 'b', 1,500 rows each, in row groups of 100 with statistics (hyparquet-writer's, as the paged tables are
 * written): each key's days run from 2024-12-31 back (one day per three rows), the last 60 undated — as a passage
 * table holds its keys' passages, newest first. The reads are counted.
 */
function daysFile(holdWhole = false): { table: ParquetTable; reads: () => number; bytes: () => number } {
  const keys = ['a', 'b'].flatMap((k) => Array<string>(1500).fill(k));
  const days = keys.map((_, i) => (i % 1500 < 1440 ? new Date(Date.UTC(2024, 11, 31 - Math.floor((i % 1500) / 3))).toISOString().slice(0, 10) : null));
  const buffer = parquetWriteBuffer({
    columnData: [
      { name: 'key', data: keys, type: 'STRING' },
      { name: 'day', data: days, type: 'STRING', nullable: true },
    ],
    rowGroupSize: 100,
  });
  let [reads, bytes] = [0, 0];
  const file = {
    byteLength: buffer.byteLength,
    slice: async (s: number, e?: number) => {
      const part = buffer.slice(s, e);
      [reads, bytes] = [reads + 1, bytes + part.byteLength];
      return part;
    },
  };
  return { table: new ParquetTable(file, 'days.parquet', holdWhole), reads: () => reads, bytes: () => bytes };
}

describe('ParquetTable', () => {
  let table: ParquetTable;
  beforeAll(async () => {
    table = await keyedFile();
  });

  it('is read in many row groups', async () => {
    expect(await table.rowCount()).toBe(3000);
    expect((await table.meta()).row_groups.length).toBeGreaterThan(1);
  });

  it('finds a key’s rows, wherever the row groups cut them', async () => {
    for (const n of [0, 4, 333, 499, 998, 999]) {
      const [start, end] = await table.keyRange('key', `k${String(n).padStart(3, '0')}`);
      expect(end - start).toBe((n % 5) + 1);
      expect((await table.column('value', start, end)).map(Number)).toEqual(Array.from({ length: (n % 5) + 1 }, (_, i) => n * 10 + i));
    }
    for (const absent of ['k5000', 'zzz', 'a']) {
      const [start, end] = await table.keyRange('key', absent);
      expect(end - start).toBe(0);
    }
  });

  it('finds many keys at once, each row group read once', async () => {
    const keys = ['k999', 'k000', 'k333', 'nope', 'k334'];
    const ranges = await table.keyRanges('key', keys);
    expect(keys.map((k) => ranges.get(k)![1] - ranges.get(k)![0])).toEqual([5, 1, 4, 0, 5]);
    expect(ranges.get('k000')).toEqual([0, 1]);
    expect(ranges.get('k999')).toEqual([2995, 3000]);
  });

  it('finds the rows of every key with a prefix', async () => {
    const [start, end] = await table.prefixRange('key', 'k12');
    const keys = await table.column('key', start, end);
    expect(new Set(keys).size).toBe(10);
    expect(keys.every((k) => String(k).startsWith('k12'))).toBe(true);
    expect(end - start).toBe(30); // n = 120…129: one to five rows each, twice over
  });

  it('finds the run of days in a window within a key’s rows, reading only the row groups where it begins and ends', async () => {
    const { table: days, reads } = daysFile();
    const [start, end] = await days.keyRange('key', 'b');
    const all = (await days.column('day', start, end)) as (string | null)[];
    const expected = (from: string, to: string) => {
      const inWindow = all.flatMap((d, i) => (d !== null && from <= d && d <= to ? [start + i] : []));
      return inWindow.length ? [inWindow[0], inWindow[inWindow.length - 1] + 1] : null;
    };
    for (const [from, to] of [['2024-12-01', '2024-12-31'], ['2024-06-15', '2024-07-02'], ['2023-01-01', '2025-01-01'], ['2024-12-31', '2024-12-31']]) {
      expect(await days.descendingRun('day', start, end, from, to)).toEqual(expected(from, to));
    }
    // Outside every day: an empty run where the window would be (after the later days, before the undated ones).
    expect(await days.descendingRun('day', start, end, '2025-01-01', '2025-12-31')).toEqual([start, start]);
    expect(await days.descendingRun('day', start, end, '2020-01-01', '2020-12-31')).toEqual([start + 1440, start + 1440]);
    const before = reads();
    await days.descendingRun('day', start, end, '2024-03-01', '2024-03-31');
    // 15 row groups hold the key's rows: two are read (one per end of the run), the rest judged by the footer.
    expect(reads() - before).toBe(2);
  });

  it('finds a key that fills many row groups by reading the first and the last only', async () => {
    const { table: days, bytes } = daysFile();
    await days.rowCount();
    const before = bytes();
    await days.column('key', 1500, 1600);
    const oneGroup = bytes() - before;
    // 'b' fills row groups 15–29; those between the first and the last are the key's alone by their statistics.
    expect(await days.keyRange('key', 'b')).toEqual([1500, 3000]);
    expect(await days.keyRange('key', 'a')).toEqual([0, 1500]);
    // Two row groups' keys each, where reading each key's run would be fifteen.
    expect(bytes() - before - oneGroup).toBe(4 * oneGroup);
  });

  it('reads rows by number in the order asked, near ones together', async () => {
    const rows = await table.rowsAt(['value'], [2999, 0, 1, 1500]);
    const [middle] = await table.rows(['value'], 1500, 1501);
    expect(rows.map((r) => r.value)).toEqual([9994, 0, 10, middle.value]);
    expect(middle.value).toBe(5000); // n = 500 has one row, the 1500th (1 + 2 + … over n < 500)
  });

  it('held whole, decodes each column once and answers every range from it, as read by range', async () => {
    const { table: byRange } = daysFile();
    const { table: whole, reads } = daysFile(true);
    for (const [start, end] of [[0, 1], [95, 205], [1490, 1510], [2990, 3000]])
      expect(await whole.rows(['key', 'day'], start, end)).toEqual(await byRange.rows(['key', 'day'], start, end));
    const after = reads();
    expect(await whole.rows(['day'], 1400, 1403)).toEqual([{ day: '2023-09-22' }, { day: '2023-09-21' }, { day: '2023-09-21' }]);
    expect(reads()).toBe(after);
  });
});
