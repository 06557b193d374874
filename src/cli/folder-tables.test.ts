import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFolderTables } from './folder-tables';

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
