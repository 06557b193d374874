// The CLI writes dataset.json slice by slice (src/cli/slice-text.ts, dataset-file-writer.ts): the file must be the
// very bytes of JSON.stringify(dataset, null, 1), a bad record must be named, and a failed build must leave no trace.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatasetFile, corpusFolder } from '../../src/cli/build-dataset-file';
import { DatasetFileWriter } from '../../src/cli/dataset-file-writer';
import { recordsOf, sliceText } from '../../src/cli/slice-text';
import { parseDataset, type Dataset } from '../../src/schema/dataset';
import { tempDir } from '../../src/test/temp-dir';

const bundled = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
const records = (d: Dataset, documentIds: string[]) => ({
  documents: d.documents.filter((x) => documentIds.includes(x.id)),
  passages: d.passages.filter((p) => documentIds.includes(p.documentId)),
  mentions: d.mentions.filter((m) => documentIds.includes(d.passages.find((p) => p.id === m.passageId)!.documentId)),
});
const slice = (d: Dataset, documentIds: string[]) => sliceText(records(d, documentIds));

describe('DatasetFileWriter', () => {
  it('writes the bundled dataset, fed in three slices, byte for byte as JSON.stringify(dataset, null, 1)', () => {
    const dir = tempDir('writer-');
    const out = join(dir, 'dataset.json');
    const writer = new DatasetFileWriter(out);
    const ids = bundled.documents.map((d) => d.id);
    for (const part of [ids.slice(0, 2), [], ids.slice(2)]) writer.add(slice(bundled, part));
    const written = writer.finish({ actors: bundled.actors, events: bundled.events, edges: bundled.edges }, bundled.layout);
    expect(bundled.layout?.positions.lavrov).toBeDefined();
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(bundled, null, 1)}\n`);
    expect([written.documents, written.passages, written.mentions]).toEqual([5, 94, bundled.mentions.length]);
    expect(readdirSync(dir)).toEqual(['dataset.json']);
  });

  it('writes no layout member when given none', () => {
    const out = join(tempDir('writer-'), 'dataset.json');
    const writer = new DatasetFileWriter(out);
    writer.add(slice(bundled, bundled.documents.map((d) => d.id)));
    writer.finish({ actors: bundled.actors, events: bundled.events, edges: bundled.edges });
    const { layout: _, ...withoutLayout } = bundled;
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(withoutLayout, null, 1)}\n`);
  });

  it('names a bad record and leaves the existing file and no temporary file behind', () => {
    const dir = tempDir('writer-');
    const out = join(dir, 'dataset.json');
    writeFileSync(out, 'the previous dataset');
    const writer = new DatasetFileWriter(out);
    const documents = bundled.documents.slice(0, 1);
    expect(() => writer.add(sliceText({ documents, passages: [{ ...bundled.passages[0], documentId: 'nowhere' }], mentions: [] }))).toThrow(
      'built dataset: passage 000_31ef86482aa971b7:p1 points to unknown document nowhere',
    );
    writer.abort();
    expect(readFileSync(out, 'utf8')).toBe('the previous dataset');
    expect(readdirSync(dir)).toEqual(['dataset.json']);

    expect(() => sliceText({ documents: [{ ...documents[0], language: 'fr' as 'ar' }], passages: [], mentions: [] })).toThrow(
      /^built dataset: document 000_31ef86482aa971b7: .*language/,
    );
  });

  it('checks mentions written before the actors against them at the end', () => {
    const dir = tempDir('writer-');
    const writer = new DatasetFileWriter(join(dir, 'dataset.json'));
    writer.add(slice(bundled, bundled.documents.map((d) => d.id)));
    const actors = bundled.actors.filter((a) => a.id !== 'lavrov');
    expect(() => writer.finish({ actors, events: [], edges: [] })).toThrow('built dataset: a mention points to unknown actor lavrov');
    writer.abort();
    expect(existsSync(join(dir, 'dataset.json'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('sliceText', () => {
  it('gives back the very records it laid out', () => {
    const part = records(bundled, ['000_31ef86482aa971b7']);
    expect(recordsOf(sliceText(part))).toEqual(part);
    expect(sliceText(part).count).toEqual({ documents: 1, passages: part.passages.length, mentions: part.mentions.length });
  });
});

describe('buildDatasetFile', () => {
  it('builds the bundled corpus folder into the committed dataset', async () => {
    const out = join(tempDir('build-'), 'dataset.json');
    const outcome = await buildDatasetFile(corpusFolder('public/data/corpus'), out, { threads: 1 });
    expect(outcome.written?.edges).toBe(12);
    expect(parseDataset(JSON.parse(readFileSync(out, 'utf8')))).toEqual(bundled);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync('public/data/dataset.json', 'utf8'));
  });
});
