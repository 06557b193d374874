// @vitest-environment node
// A streamed query's rows, all of them, or an error when DuckDB ends the stream early without one.
import { DuckDBInstance, type DuckDBConnection, type DuckDBResult } from '@duckdb/node-api';
import { wholeStream } from './whole-stream';

const collect = async <T>(chunks: AsyncIterable<T[]>) => {
  const rows: T[] = [];
  for await (const chunk of chunks) rows.push(...chunk);
  return rows;
};

describe('wholeStream', () => {
  it('streams every row of the query, in its order', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const sql = await db.connect();
    try {
      const rows = await collect(wholeStream(sql, 'SELECT i FROM range(5000) t(i) ORDER BY i DESC', (r) => r.yieldRowsJs()));
      expect(rows.length).toBe(5000);
      expect(rows.slice(0, 2)).toEqual([[4999n], [4998n]]);
    } finally {
      sql.closeSync();
      db.closeSync();
    }
  });

  it('throws when the stream ends before its last row, as DuckDB ends one that fails part-way', async () => {
    // A connection whose query has 3 rows and whose stream gives 2, then ends as a finished one does.
    const sql = {
      runAndReadAll: async () => ({ getRowsJS: () => [[3n]] }),
      stream: async () => ({}) as DuckDBResult,
    } as unknown as DuckDBConnection;
    async function* twoRows() {
      yield [[1], [2]];
    }
    await expect(collect(wholeStream(sql, 'SELECT i FROM t ORDER BY i', twoRows))).rejects.toThrow('DuckDB ended the stream after 2 of 3 rows');
  });
});
