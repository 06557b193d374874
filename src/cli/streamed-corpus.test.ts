// @vitest-environment node
// A dataset folder built alone takes the streamed corpus-wide stages (StreamedCorpus: event reports merged in DuckDB
// key by key, edges counted in SQL); one built beside dataset.json takes them in memory (DatasetAssembler). Both
// must write the same folder, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { syntheticCorpus } from '../../bench/synthetic-corpus';
import type { EventCandidate } from '../pipeline/events/extract-events';
import { loadRealDataset } from '../test/fixtures';
import { buildDatasetFile, corpusFolder, mapForHandOver } from './build-dataset-file';
import { buildShard } from './build-shard';
import { DatasetFolderWriter } from './dataset-folder-writer';
import { mergeShards, openShards } from './merge-shards';
import type { LazyCorpus } from './parallel-pipeline';
import { sliceText } from './slice-text';
import { StreamedCorpus } from './streamed-corpus';
import { tempDir } from '../test/temp-dir';

let root: string;
beforeEach(() => {
  root = tempDir('streamed-corpus-');
});
afterEach(() => {
  vi.restoreAllMocks();
});

const filesOf = (dir: string) => new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));

/** Builds `corpus` into a folder alone and into a folder beside dataset.json; the two folders' files. */
async function bothWays(corpus: () => LazyCorpus): Promise<{ alone: Map<string, Buffer>; beside: Map<string, Buffer>; streamed: number }> {
  const streamed = vi.spyOn(DatasetFolderWriter.prototype, 'finishStreamed');
  await buildDatasetFile(corpus(), { folder: join(root, 'alone') }, { threads: 1 });
  await buildDatasetFile(corpus(), { folder: join(root, 'beside'), file: join(root, 'dataset.json') }, { threads: 1 });
  return { alone: filesOf(join(root, 'alone')), beside: filesOf(join(root, 'beside')), streamed: streamed.mock.calls.length };
}

describe('StreamedCorpus', () => {
  it('writes the bundled corpus’s folder as the in-memory stages do', async () => {
    const { alone, beside, streamed } = await bothWays(() => corpusFolder('public/data/corpus'));
    expect(streamed).toBe(1);
    expect([...alone.keys()].sort()).toEqual([...beside.keys()].sort());
    for (const [name, bytes] of alone) expect(bytes.equals(beside.get(name)!), name).toBe(true);
    expect(JSON.parse(alone.get('manifest.json')!.toString()).summary).toMatchObject({ events: 21, edges: 12 });
  });

  it('writes the folder of 300 synthetic articles as the in-memory stages do', async () => {
    const { files, manifest } = syntheticCorpus(300);
    const corpus = (): LazyCorpus => ({ files: files.map((f) => ({ name: f.name, size: f.bytes.length, read: () => f.bytes })), manifest });
    const { alone, beside, streamed } = await bothWays(corpus);
    expect(streamed).toBe(1);
    for (const [name, bytes] of alone) expect(bytes.equals(beside.get(name)!), name).toBe(true);
    const dataset = JSON.parse(readFileSync(join(root, 'dataset.json'), 'utf8')) as { events: { id: string }[] };
    expect(JSON.parse(alone.get('manifest.json')!.toString()).summary.events).toBe(dataset.events.length);
  }, 60_000);

  it('merges 3 shards of the bundled corpus into the folder the whole build writes, streamed too', async () => {
    const streamed = vi.spyOn(DatasetFolderWriter.prototype, 'finishStreamed');
    const shards = [1, 2, 3].map((index) => join(root, `shard-${index}`));
    for (const [i, dir] of shards.entries()) await buildShard(corpusFolder('public/data/corpus'), { index: i + 1, count: 3 }, dir, { threads: 1 });
    await mergeShards(openShards(shards), new DatasetFolderWriter(join(root, 'merged')));
    await buildDatasetFile(corpusFolder('public/data/corpus'), { folder: join(root, 'whole') }, { threads: 1 });
    expect(streamed).toHaveBeenCalledTimes(2);
    const [merged, whole] = [filesOf(join(root, 'merged')), filesOf(join(root, 'whole'))];
    expect([...merged.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [name, bytes] of merged) expect(bytes.equals(whole.get(name)!), name).toBe(true);
  });

  it('handed over after the map and finished from the hand-over (two processes’ parts): the folder the whole build writes', async () => {
    const handOver = join(root, 'hand-over.json');
    const mapped = await mapForHandOver(corpusFolder('public/data/corpus'), join(root, 'handed'), handOver, { threads: 1 });
    expect(mapped.written).toBe(handOver);
    // Nothing is in place yet: the staging files wait beside the folder for the finish.
    expect(readdirSync(root).filter((name) => !name.startsWith('.')).sort()).toEqual(['hand-over.json']);
    const { folder, issues, finish } = DatasetFolderWriter.resume(handOver);
    expect([folder, issues]).toEqual([join(root, 'handed'), []]);
    expect(await finish()).toMatchObject({ documents: 5, passages: 94, events: 21, edges: 12 });
    await buildDatasetFile(corpusFolder('public/data/corpus'), { folder: join(root, 'whole') }, { threads: 1 });
    const [handed, whole] = [filesOf(join(root, 'handed')), filesOf(join(root, 'whole'))];
    expect([...handed.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [name, bytes] of handed) expect(bytes.equals(whole.get(name)!), name).toBe(true);
    expect(readdirSync(root).sort()).toEqual(['hand-over.json', 'handed', 'whole']);
  });

  it('keeps the corpus order of events of one day and one id, whichever merge key sorts first', async () => {
    const bundled = loadRealDataset();
    const met = bundled.events.find((e) => e.date?.precision === 'day' && e.participants.length === 2)!;
    // One passage's planned meeting and the meeting held: two events, one id (the id does not say planned).
    const report = (planned: boolean): EventCandidate => ({
      type: 'meeting', participants: [...met.participants], date: met.date, location: null, planned, earlier: false,
      passageIds: [met.passageIds[0]], documentIds: [met.documentIds[0]],
    });
    const dir = join(root, 'folder');
    const writer = new DatasetFolderWriter(dir);
    const corpus = new StreamedCorpus(writer.work);
    const slice = sliceText({ documents: bundled.documents, passages: bundled.passages, mentions: bundled.mentions });
    // The planned one first: its key (meeting|true|…) sorts after the other's (meeting|false|…).
    corpus.add({ slice, index: { discoveries: [], candidates: [report(true), report(false)] } });
    writer.add(slice);
    await writer.finishStreamed(corpus);
    const db = await DuckDBInstance.create(':memory:');
    const sql = await db.connect();
    const rows = await sql.runAndReadAll(`SELECT id, planned FROM '${join(dir, 'events.parquet')}' ORDER BY row`);
    sql.closeSync();
    db.closeSync();
    const [[id]] = rows.getRowsJS().filter(([, planned]) => planned) as [string][];
    expect(rows.getRowsJS().filter(([rowId]) => rowId === id).map(([, planned]) => planned)).toEqual([true, false]);
  });
});
