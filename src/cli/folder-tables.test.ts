import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildFolderTables, inKeyRanges } from './folder-tables';

describe('buildFolderTables', () => {
  it('says in which phase the engine failed, with its own words', async () => {
    const work = mkdtempSync(join(tmpdir(), 'folder-tables-'));
    try {
      const phases: string[] = [];
      const corpus = {
        actors: [],
        stageEvents: () => {
          throw new Error('Out of Memory Error: failed to allocate data of size 1.0 MiB');
        },
      };
      await expect(buildFolderTables(work, work, corpus, (p) => phases.push(p))).rejects.toThrow(
        `the dataset folder's tables, at "events merged and staged": Out of Memory Error: failed to allocate data of size 1.0 MiB`,
      );
      expect(phases).toEqual(['events merged and staged']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('inKeyRanges', () => {
  it('splits a sort by key into ranges of about the bytes given, whose rows follow one another', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const sql = await db.connect();
    try {
      // Ten documents of 10 bytes each, inserted out of order; ranges of 30 bytes hold three.
      await sql.run(`CREATE TABLE docs AS SELECT 'doc-' || lpad(CAST(i AS VARCHAR), 2, '0') AS id, repeat('x', 10) AS text FROM (SELECT unnest([7, 2, 9, 0, 5, 1, 8, 3, 6, 4]) AS i)`);
      const queries = await inKeyRanges(sql, 'docs', 'id', 'strlen(text)', 'SELECT id FROM docs', 30);
      expect(queries).toHaveLength(4);
      const ids: string[] = [];
      for (const q of queries) ids.push(...(await sql.runAndReadAll(q)).getRowsJS().map(([id]) => String(id)));
      expect(ids).toEqual(['doc-00', 'doc-01', 'doc-02', 'doc-03', 'doc-04', 'doc-05', 'doc-06', 'doc-07', 'doc-08', 'doc-09']);
      expect(await inKeyRanges(sql, 'docs', 'id', 'strlen(text)', 'SELECT id FROM docs')).toEqual(['SELECT id FROM docs ORDER BY id']);
    } finally {
      sql.closeSync();
      db.closeSync();
    }
  });
});
