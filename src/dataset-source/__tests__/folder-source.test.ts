// @vitest-environment node
// The bundled corpus built into a dataset folder by build:data's code, read back by FolderSource from local files
// (Blobs, as a folder picked from disk) and over HTTP range requests: both must meet the contract the in-memory
// source meets, and a folder that is not one is refused by name.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type RangeServer } from '../../test/range-server';
import { blobFolder, httpFolder } from '../folder-files';
import { FolderSource } from '../folder-source';
import { MemorySource } from '../memory-source';
import { loadRealDataset } from '../../test/fixtures';
import { DAY_MS, dayStart, toIsoDay } from '../../store/time';
import { sourceContract } from './source-contract';
import { blobsOf, bundledFolder } from '../../test/bundled-folder';

sourceContract('FolderSource over local files (Blobs)', async () => {
  const dir = await bundledFolder();
  return new FolderSource(blobFolder(blobsOf(dir), dir));
});

let server: RangeServer;
sourceContract('FolderSource over HTTP range requests', async () => {
  server = await serveFolder(await bundledFolder());
  return new FolderSource(httpFolder(server.url));
});
afterAll(() => server?.close());

describe('FolderSource', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await bundledFolder();
  }, 60_000);

  it('reads only the rows asked for: a page of an actor’s passages is a few range requests', async () => {
    const http = await serveFolder(dir);
    try {
      const source = new FolderSource(httpFolder(http.url));
      await source.open();
      const before = { ...http.stats };
      const page = await source.passagesOfActor('lavrov', null, { offset: 0, limit: 2 });
      expect(page.total).toBe(7);
      // The bundled corpus's actor-passages.parquet is under 512 KB: read whole with its footer, in one request.
      expect(http.stats.requests - before.requests).toBe(1);
      expect(http.stats.bytes - before.bytes).toBeLessThan(readFileSync(join(dir, 'actor-passages.parquet')).length * 1.5);
    } finally {
      await http.close();
    }
  });

  it('gives every window the links, weights and contacts the in-memory source gives, over whole months and days', async () => {
    const dataset = loadRealDataset();
    const memory = new MemorySource(dataset);
    const folder = new FolderSource(blobFolder(blobsOf(dir), dir));
    // Days where an event or an article starts or ends, the day before and after, and the months' first and last days.
    const days = [...dataset.events.flatMap((e) => (e.date ? [e.date.start, e.date.end] : [])), ...dataset.documents.flatMap((d) => (d.published ? [d.published] : []))]
      .flatMap((d) => [-1, 0, 1].map((shift) => toIsoDay(dayStart(d) + shift * DAY_MS)))
      .flatMap((d) => [d, `${d.slice(0, 8)}01`]);
    const day = fc.constantFrom(...new Set(days));
    let contacts = 0;
    await fc.assert(
      fc.asyncProperty(day, day, async (a, b) => {
        const window = a <= b ? { from: a, to: b } : { from: b, to: a };
        const edges = await folder.edges(window);
        expect(edges).toEqual(await memory.edges(window));
        contacts += edges.filter((e) => e.contact).length;
      }),
      { numRuns: 300 },
    );
    // Contacts were compared, not only their absence.
    expect(contacts).toBeGreaterThan(0);
  });

  it('refuses a folder of another format or version, and a missing file, naming the file', async () => {
    const files = blobsOf(dir);
    const manifest = JSON.parse(await files.get('manifest.json')!.text()) as Record<string, unknown>;
    const withManifest = (m: unknown) => new Map([...files, ['manifest.json', new Blob([JSON.stringify(m)])]]);
    // A folder of version 4 counted a passage in a window on its article's day only.
    await expect(new FolderSource(blobFolder(withManifest({ ...manifest, version: 4 }), 'picked')).open()).rejects.toThrow(
      'picked/manifest.json: version 4 is not supported (this app reads version 5)',
    );
    await expect(new FolderSource(blobFolder(withManifest({ format: 'zip' }), 'picked')).open()).rejects.toThrow('picked/manifest.json: not a dataset folder manifest');
    const noActors = new Map(files);
    noActors.delete('actors.json');
    await expect(new FolderSource(blobFolder(noActors, 'picked')).open()).rejects.toThrow('picked/actors.json: missing');
    const badActors = new Map([...files, ['actors.json', new Blob(['[{"id": 3}]'])]]);
    await expect(new FolderSource(blobFolder(badActors, 'picked')).open()).rejects.toThrow(/^picked\/actors\.json: /);
    const badIndex = new Map([...files, ['index.json', new Blob(['{"actorPassages": {"putin": [3]}}'])]]);
    await expect(new FolderSource(blobFolder(badIndex, 'picked')).open()).rejects.toThrow(/^picked\/index\.json: .*actorPassages/);
    const badParquet = new Map([...files, ['events.parquet', new Blob([new Uint8Array(files.get('events.parquet')!.size)])]]);
    await expect(new FolderSource(blobFolder(badParquet, 'picked')).events({ window: null }, { offset: 0, limit: 1 })).rejects.toThrow(
      /^picked\/events\.parquet: not a readable Parquet file/,
    );
  });

  it('asks for the opening’s small files with the manifest, and reads an optional one only when the manifest lists it', async () => {
    const files = blobsOf(dir);
    const manifest = JSON.parse(await files.get('manifest.json')!.text()) as { files: Record<string, number> };
    delete manifest.files['layout.json'];
    // A server that answers a file the folder lacks with its index page, as static servers do.
    files.set('layout.json', new Blob(['<!doctype html><title>index</title>']));
    let answerManifest = () => {};
    const asked: string[] = [];
    const picked = blobFolder(files, 'picked');
    const source = new FolderSource({
      ...picked,
      text: (name) => {
        asked.push(name);
        if (name !== 'manifest.json') return picked.text(name);
        return new Promise((resolve) => (answerManifest = () => resolve(JSON.stringify(manifest))));
      },
    });
    const opening = source.open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(asked.sort()).toEqual(['actors.json', 'corrections.json', 'index.json', 'layout.json', 'manifest.json', 'overview.json']);
    answerManifest();
    const opened = await opening;
    expect(opened.layout).toBeUndefined();
    expect(opened.actors.map((a) => a.id)).toContain('lavrov');
    expect(asked).toHaveLength(6); // each once
  });

  it('writes what a folder is made of, with each file’s size in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { format: string; version: number; files: Record<string, number> };
    expect([manifest.format, manifest.version]).toEqual(['news-timeline-dataset-folder', 5]);
    expect(Object.keys(manifest.files).sort()).toEqual(readdirSync(dir).filter((n) => n !== 'manifest.json').sort());
  });
});
