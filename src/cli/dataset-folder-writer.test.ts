// @vitest-environment node
// The dataset folder writer (build:data --folder): fed slices as the pipeline hands them, it puts a whole folder in
// place, or, when anything is wrong, names the culprit and leaves the folder that was there untouched.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRealDataset } from '../test/fixtures';
import { DatasetFolderWriter } from './dataset-folder-writer';
import { sliceText } from './slice-text';
import { tempDir } from '../test/temp-dir';

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
    expect([written.documents, written.passages, written.mentions, written.events, written.undatedEvents, written.edges]).toEqual([5, 94, 75, 22, 2, 12]);
    expect(readdirSync(parent)).toEqual(['dataset']);
    expect(readdirSync(dir).sort()).toEqual([
      'actor-events.parquet', 'actor-passages.parquet', 'actors.json', 'contact-days.parquet', 'contact-months.parquet', 'documents.parquet', 'edge-days.parquet', 'edge-months.parquet',
      'edges.parquet', 'event-ids.parquet', 'events.parquet', 'index.json', 'layout.json', 'manifest.json', 'overview.json',
      'pair-passages.parquet', 'passage-ids.parquet', 'passages.parquet', 'postings.parquet',
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { summary: unknown };
    expect(manifest.summary).toEqual({ documents: 5, passages: 94, mentions: 75, events: 22, edges: 12, span: { from: '2024-01-15', to: '2026-03-10' } });
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { actorPassages: Record<string, number[]>; longestEventDays: number };
    // Lavrov's seven passages, after those of amir-abdollahian … khamenei in actor order.
    expect(index.actorPassages.lavrov).toEqual([17, 24]);
    expect(index.longestEventDays).toBe(31);
    // Laid out from the edges DuckDB counted: the same picture as from the dataset's own edges.
    expect(JSON.parse(readFileSync(join(dir, 'layout.json'), 'utf8'))).toEqual(bundled.layout);
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
