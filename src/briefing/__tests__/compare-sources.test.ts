// @vitest-environment node
// Two periods of the bundled corpus compared through each way the app reads it: a dataset file held whole (its
// index), the in-memory source, and the corpus built into a dataset folder read over HTTP range requests. The
// periods are whole months, where the three agree (compare-periods.test.ts shows where a file's index counts more).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FolderSource } from '../../dataset-source/folder-source';
import { httpFolder } from '../../dataset-source/folder-files';
import { MemorySource } from '../../dataset-source/memory-source';
import { buildDatasetIndex } from '../../store/dataset-index';
import { dayStart, type Interval } from '../../store/time';
import { bundledFolder } from '../../test/bundled-folder';
import { loadRealDataset } from '../../test/fixtures';
import { serveFolder, type RangeServer } from '../../test/range-server';
import { comparePeriods, type TiesFrom } from '../compare-periods';

const period = (from: string, to: string): Interval => ({ start: dayStart(from), end: dayStart(to) });
const OCT_2024 = period('2024-10-01', '2024-11-01');
const JAN_2024 = period('2024-01-01', '2024-02-01');
const MAR_2026 = period('2026-03-01', '2026-04-01');

describe('comparing periods of the bundled corpus, held whole or read from a folder', () => {
  let server: RangeServer;
  const ways: [string, TiesFrom][] = [];
  beforeAll(async () => {
    server = await serveFolder(await bundledFolder());
    const dataset = loadRealDataset();
    ways.push(
      ['dataset file', { index: buildDatasetIndex(dataset) }],
      ['memory source', { source: new MemorySource(dataset) }],
      ['folder source', { source: new FolderSource(httpFolder(server.url)) }],
    );
  }, 60_000);
  afterAll(() => server?.close());

  it('October 2024 against March 2026: 4 new, 1 weaker, 5 gone, Lavrov–Araghchi new with its call, the same each way', async () => {
    for (const [way, from] of ways) {
      const { counts, changes } = await comparePeriods(from, OCT_2024, MAR_2026);
      expect(counts, way).toEqual({ new: 4, stronger: 0, weaker: 1, same: 0, gone: 5 });
      expect(changes.find((c) => c.key === 'araghchi|lavrov'), way).toEqual({
        key: 'araghchi|lavrov',
        source: 'araghchi',
        target: 'lavrov',
        kind: 'new',
        weightA: 0,
        weightB: 2,
        contactA: false,
        contactB: true,
      });
      expect(changes.find((c) => c.key === 'pezeshkian|putin'), way).toMatchObject({ kind: 'weaker', weightA: 8, weightB: 5 });
    }
    const [file, ...sources] = await Promise.all(ways.map(([, from]) => comparePeriods(from, OCT_2024, MAR_2026)));
    for (const answer of sources) expect(answer).toEqual(file);
  });

  it('January 2024 against March 2026: 5 new, the two January calls gone, the same each way', async () => {
    for (const [way, from] of ways) {
      const { counts, changes } = await comparePeriods(from, JAN_2024, MAR_2026);
      expect(counts, way).toEqual({ new: 5, stronger: 0, weaker: 0, same: 0, gone: 2 });
      expect(changes.filter((c) => c.kind === 'gone').map((c) => c.key), way).toEqual(['ashtiani|shoigu', 'amir-abdollahian|lavrov']);
      expect(changes[0], way).toMatchObject({ kind: 'new', key: 'pezeshkian|putin', weightB: 5, contactB: true });
    }
    const [file, ...sources] = await Promise.all(ways.map(([, from]) => comparePeriods(from, JAN_2024, MAR_2026)));
    for (const answer of sources) expect(answer).toEqual(file);
  });
});
