// A DuckDB query's rows streamed a chunk at a time, every one of them or an error: DuckDB's C API ends a streamed
// result that fails part-way (out of memory, say) as it ends one that is done, and @duckdb/node-api cannot tell them
// apart (measured: a sort of 3.6M wide rows under a 250 MB limit streamed 229,376 rows, and no error).
import type { DuckDBConnection, DuckDBResult } from '@duckdb/node-api';

export async function* wholeStream<T>(sql: DuckDBConnection, query: string, chunks: (result: DuckDBResult) => AsyncIterable<T[]>): AsyncGenerator<T[]> {
  const [[expected]] = (await sql.runAndReadAll(`SELECT count(*) FROM (${query})`)).getRowsJS();
  let rows = 0;
  for await (const chunk of chunks(await sql.stream(query))) {
    rows += chunk.length;
    yield chunk;
  }
  if (rows !== Number(expected)) {
    throw new Error(`DuckDB ended the stream after ${rows} of ${expected} rows (an error part-way, such as running out of memory, ends it silently): ${query.replace(/\s+/g, ' ').slice(0, 100)}`);
  }
}
