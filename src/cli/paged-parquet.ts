// A DuckDB query's rows written as Parquet by hyparquet-writer, a row group at a time (the rows stream from DuckDB:
// memory holds one group): for the tables a reader pages through, which want what DuckDB's COPY cannot give —
// row groups under 2,048 rows, small pages, and offset indexes, so that a read of 50 rows fetches the pages that
// hold them rather than whole column chunks (scale-notes.md: 142 ms vs several hundred at 1M articles).
import type { DuckDBConnection } from '@duckdb/node-api';
import { fileWriter, parquetWriteFile, parquetWriteRows, schemaFromColumnData } from 'hyparquet-writer';
import { wholeStream } from './whole-stream';

export interface PagedColumn {
  name: string;
  type: 'STRING' | 'INT32' | 'BOOLEAN';
  nullable?: boolean;
  /** PLAIN for a column whose values nearly all differ (hyparquet-writer would otherwise weigh a dictionary). */
  encoding?: 'PLAIN';
}

export interface PagedLayout {
  rowGroupSize: number;
  /** Uncompressed bytes per page. */
  pageSize: number;
}

/** Min/max kept whole up to this many bytes: the key columns (ids, pairs, words) are shorter. */
const STATISTICS_BYTES = 64;

/** `query`: one query, or several whose rows follow one another in the file (a sort in key ranges). */
export async function writePagedParquet(sql: DuckDBConnection, query: string | string[], path: string, columns: PagedColumn[], layout: PagedLayout): Promise<void> {
  const specs = columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable ?? false, ...(c.encoding ? { encoding: c.encoding } : {}) }));
  const schema = schemaFromColumnData({ columnData: specs.map((c) => ({ ...c, data: [] })) });
  let count = 0;
  async function* rows(): AsyncGenerator<Record<string, unknown>> {
    for (const part of typeof query === 'string' ? [query] : query) {
      for await (const chunk of wholeStream(sql, part, (result) => result.yieldRowObjectJs())) {
        count += chunk.length;
        yield* chunk;
      }
    }
  }
  await parquetWriteRows({ writer: fileWriter(path), rows: rows(), columns: specs, schema, statisticsTruncateLength: STATISTICS_BYTES, ...layout });
  // No row, no row group: the writer then wrote nothing, and an empty table is written whole.
  // (The schema says each column's type: the columns then carry their names only.)
  if (count === 0) parquetWriteFile({ filename: path, columnData: specs.map((c) => ({ name: c.name, data: [] })), schema });
}
