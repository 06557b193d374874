// @vitest-environment node
// The dataset folder writer (build:data --folder): fed slices as the pipeline hands them, it puts a whole folder in
// place, or, when anything is wrong, names the culprit and leaves the folder that was there untouched.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { FolderOverview } from '../dataset-source/folder-format';
import { loadRealDataset } from '../test/fixtures';
import { DatasetFolderWriter } from './dataset-folder-writer';
import { sliceText } from './slice-text';
import { tempDir } from '../test/temp-dir';
import { blobsOf } from '../test/bundled-folder';
import { blobFolder } from '../dataset-source/folder-files';
import { FolderSource } from '../dataset-source/folder-source';

const bundled = loadRealDataset();
const corpusRecords = { actors: bundled.actors, events: bundled.events, edges: bundled.edges };

/** The bundled dataset's documents, passages and mentions, in two slices. */
function addBundled(writer: DatasetFolderWriter): void {
  const ids = bundled.documents.map((d) => d.id);
  for (const part of [ids.slice(0, 2), ids.slice(2)]) {
    const passages = bundled.passages.filter((p) => part.includes(p.documentId));
    const passageIds = new Set(passages.map((p) => p.id));
    writer.add(sliceText({ documents: bundled.documents.filter((d) => part.includes(d.id)), passages, mentions: bundled.mentions.filter((m) => passageIds.has(m.passageId)) }));
  }
}

/** A parent folder holding a dataset folder with one file in it. */
function existingFolder(): { parent: string; dir: string } {
  const parent = tempDir('folder-writer-');
  const dir = join(parent, 'dataset');
  mkdirSync(dir);
  writeFileSync(join(dir, 'manifest.json'), 'the folder before');
  return { parent, dir };
}

describe('DatasetFolderWriter', () => {
  it('replaces an existing folder only once the new one is whole, and leaves nothing beside it', async () => {
    const { parent, dir } = existingFolder();
    const writer = new DatasetFolderWriter(dir);
    addBundled(writer);
    const written = await writer.finish(corpusRecords);
    expect([written.documents, written.passages, written.mentions, written.events, written.undatedEvents, written.edges]).toEqual([5, 94, 77, 21, 2, 12]);
    expect(readdirSync(parent)).toEqual(['dataset']);
    expect(readdirSync(dir).sort()).toEqual([
      'actor-events.parquet', 'actor-passage-event-spans.parquet', 'actor-passages.parquet', 'actors.json', 'documents.parquet', 'edge-days.parquet',
      'edge-event-days.parquet', 'edge-event-months.parquet', 'edge-months.parquet', 'edges.parquet', 'event-ids.parquet', 'events.parquet', 'index.json',
      'layout.json', 'manifest.json', 'overview.json', 'pair-passage-event-spans.parquet', 'pair-passages.parquet', 'passage-ids.parquet', 'passages.parquet',
      'postings.parquet',
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { summary: unknown };
    expect(manifest.summary).toEqual({ documents: 5, passages: 94, mentions: 77, events: 21, edges: 12, span: { from: '2024-01-15', to: '2026-03-10' } });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { actorPassages: Record<string, number[]>; longestEventDays: number };
    // Lavrov's seven passages, after those of amir-abdollahian … khamenei in actor order.
    expect(index.actorPassages.lavrov).toEqual([18, 25]);
    expect(index.longestEventDays).toBe(31);
    // Laid out from the edges DuckDB counted: the same picture as from the dataset's own edges.
    expect(JSON.parse(readFileSync(join(dir, 'layout.json'), 'utf8'))).toEqual(bundled.layout);
  });

  it('counts the events by type, start day and country set, and gives each event its set, for the country filter', async () => {
    const dir = join(tempDir('folder-writer-'), 'dataset');
    const writer = new DatasetFolderWriter(dir);
    addBundled(writer);
    await writer.finish(corpusRecords);
    const overview = JSON.parse(readFileSync(join(dir, 'overview.json'), 'utf8')) as FolderOverview;
    // The military action of 2024-10-01 has no participant: never hidden, its set is empty.
    expect(overview.countrySets).toEqual([[], ['IR'], ['IR', 'RU'], ['LB'], ['PS'], ['RU']]);
    // Days since 1970-01-01, each after the first as the difference from the one before: 19737 is 2024-01-15.
    expect(overview.eventCounts).toEqual({
      series: [
        { type: 'killing', countrySet: 3, days: [19993], counts: [1] },
        { type: 'killing', countrySet: 4, days: [19905], counts: [1] },
        { type: 'meeting', countrySet: 2, days: [19997, 10], counts: [1, 1] },
        { type: 'meeting', countrySet: 5, days: [20522], counts: [1] },
        { type: 'military_action', countrySet: 0, days: [19997], counts: [1] },
        { type: 'phone_call', countrySet: 2, days: [19737, 782, 3], counts: [2, 1, 2] },
        { type: 'statement', countrySet: 1, days: [19737, 269, 1, 512], counts: [1, 1, 2, 1] },
        { type: 'statement', countrySet: 5, days: [20007, 512, 3], counts: [1, 1, 1] },
      ],
      undated: [
        { type: 'killing', countrySet: 1, count: 1 },
        { type: 'visit', countrySet: 2, count: 1 },
      ],
    });
    const db = await DuckDBInstance.create(':memory:');
    const sql = await db.connect();
    try {
      const setOf = async (file: string, where: string) => (await sql.runAndReadAll(`SELECT id, country_set FROM '${join(dir, file)}' WHERE ${where} ORDER BY row`)).getRowsJS();
      // Putin's statement (RU), his meeting with Pezeshkian (IR, RU), Khamenei's undated killing (IR), the military action.
      expect(await setOf('events.parquet', `id IN ('ev-00v4ws4', 'ev-1io8kxt', 'ev-0f11zlk', 'ev-1e4u4dd')`)).toEqual([
        ['ev-1e4u4dd', 0],
        ['ev-00v4ws4', 5],
        ['ev-1io8kxt', 2],
        ['ev-0f11zlk', 1],
      ]);
      expect(await setOf('actor-events.parquet', `actor_id = 'putin'`)).toEqual([
        ['ev-0s3f61w', 2], ['ev-00v4ws4', 5], ['ev-1io8kxt', 2], ['ev-0vvc4xv', 5], ['ev-16hfmf7', 2], ['ev-0j97z1t', 2], ['ev-1r1oig7', 2],
      ]);
    } finally {
      sql.closeSync();
      db.closeSync();
    }
  });

  it('counts a link’s passage on each of its days, with its day before; lists the event spans of an actor’s and a pair’s passages', async () => {
    const dir = join(tempDir('folder-writer-'), 'dataset');
    const writer = new DatasetFolderWriter(dir);
    addBundled(writer);
    await writer.finish(corpusRecords);
    const db = await DuckDBInstance.create(':memory:');
    const sql = await db.connect();
    try {
      const rows = async (query: string) => (await sql.runAndReadAll(query.replaceAll(/'([a-z-]+\.parquet)'/g, (_, file: string) => `'${join(dir, file)}'`))).getRowsJS();
      // Published on 11 October 2024, the passage naming Haniyeh and Nasrallah reports Haniyeh's killing (July), Nasrallah's
      // (27 September) and the military action of 1 October: it has 34 days, and its months are July, September, October.
      const haniyeh = `source = 'haniyeh' AND target = 'nasrallah'`;
      expect(await rows(`SELECT month, previous_day, weight FROM 'edge-months.parquet' WHERE ${haniyeh}`)).toEqual([
        ['2024-07', null, 1],
        ['2024-09', '2024-07-31', 1],
        ['2024-10', '2024-09-27', 1],
      ]);
      expect(await rows(`SELECT day, previous_day, weight FROM 'edge-days.parquet' WHERE ${haniyeh} AND day NOT LIKE '2024-07-%'`)).toEqual([
        ['2024-09-27', '2024-07-31', 1],
        ['2024-10-01', '2024-09-27', 1],
        ['2024-10-11', '2024-10-01', 1],
      ]);
      expect(await rows(`SELECT count(*), count(previous_day) FROM 'edge-days.parquet' WHERE ${haniyeh} AND day LIKE '2024-07-%'`)).toEqual([[31n, 30n]]);
      // Newest start first, each with the passage's row in pair-passages.parquet (its only one).
      expect(await rows(`SELECT start, "end", row FROM 'pair-passage-event-spans.parquet' WHERE pair = 'haniyeh	nasrallah'`)).toEqual([
        ['2024-10-01', '2024-10-01', 9],
        ['2024-09-27', '2024-09-27', 9],
        ['2024-07-01', '2024-07-31', 9],
      ]);
      expect(await rows(`SELECT pair FROM 'pair-passages.parquet' LIMIT 1 OFFSET 9`)).toEqual([['haniyeh	nasrallah']]);
      // The pairs of the planned meeting spanning October 2024, a contact pair (their meeting of 11 October).
      expect(await rows(`SELECT count(*), bool_and(contact) FROM 'edge-event-days.parquet' WHERE source = 'pezeshkian' AND target = 'putin' AND day LIKE '2024-10-%'`)).toEqual([[31n, true]]);
    } finally {
      sql.closeSync();
      db.closeSync();
    }
  });

  it('writes a folder for a corpus that names no two actors together: its pair tables empty, and it opens', async () => {
    const dir = join(tempDir('folder-writer-'), 'dataset');
    const writer = new DatasetFolderWriter(dir);
    // The first article's passages that name Putin and nobody else.
    const document = bundled.documents[0];
    const named = (p: { id: string }) => new Set(bundled.mentions.filter((m) => m.passageId === p.id).map((m) => m.actorId));
    const passages = bundled.passages.filter((p) => p.documentId === document.id && named(p).size === 1 && named(p).has('putin'));
    const passageIds = new Set(passages.map((p) => p.id));
    writer.add(sliceText({ documents: [document], passages, mentions: bundled.mentions.filter((m) => passageIds.has(m.passageId)) }));
    const written = await writer.finish({ actors: bundled.actors, events: [], edges: [] });
    expect([written.documents, written.passages, written.edges, written.events]).toEqual([1, passages.length, 0, 0]);
    expect(passages.length).toBeGreaterThan(0);
    const source = new FolderSource(blobFolder(blobsOf(dir), dir));
    expect((await source.open()).summary.edges).toBe(0);
    expect(await source.edges(null)).toEqual([]);
    expect((await source.passagesOfPair('putin', 'lavrov', null, { offset: 0, limit: 10 })).total).toBe(0);
    expect((await source.passagesOfActor('putin', null, { offset: 0, limit: 50 })).total).toBe(passages.length);
  });

  it('refuses a mention of an actor the dataset does not have, naming it; the folder before is untouched', async () => {
    const { parent, dir } = existingFolder();
    const writer = new DatasetFolderWriter(dir);
    addBundled(writer);
    const withoutLavrov = { ...corpusRecords, actors: bundled.actors.filter((a) => a.id !== 'lavrov'), events: [], edges: [] };
    await expect(writer.finish(withoutLavrov)).rejects.toThrow('built dataset: a mention points to unknown actor lavrov');
    expect(readdirSync(parent)).toEqual(['dataset']);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe('the folder before');
  });

  it('refuses an event pointing to a passage the dataset does not have, naming both', async () => {
    const { dir } = existingFolder();
    const writer = new DatasetFolderWriter(dir);
    addBundled(writer);
    const [first, ...rest] = bundled.events;
    const events = [{ ...first, passageIds: ['nowhere:p1'] }, ...rest];
    await expect(writer.finish({ ...corpusRecords, events })).rejects.toThrow(`built dataset: event ${first.id} points to unknown passage nowhere:p1`);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe('the folder before');
  });

  it('aborted, leaves no trace', () => {
    const { parent, dir } = existingFolder();
    const writer = new DatasetFolderWriter(dir);
    addBundled(writer);
    writer.abort();
    expect(readdirSync(parent)).toEqual(['dataset']);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });
});
