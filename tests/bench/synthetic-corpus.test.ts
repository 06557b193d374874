import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedSyntheticCorpus, syntheticArticles, syntheticCorpus, writeSyntheticCorpus } from '../../bench/synthetic-corpus';

describe('synthetic corpus written to disk as it is generated', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'synthetic-corpus-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const folderFiles = (folder: string) =>
    Object.fromEntries(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name), 'utf8')]));

  it('holds the same articles and the same manifest text as the corpus built in memory', () => {
    writeSyntheticCorpus(dir, 40);
    const inMemory = syntheticCorpus(40);
    const decoder = new TextDecoder();
    expect(folderFiles(dir)).toEqual({
      'manifest.json': inMemory.manifest,
      ...Object.fromEntries(inMemory.files.map((f) => [f.name, decoder.decode(f.bytes)])),
    });
  });

  it('writes the same bytes on every run, and other articles for another seed', () => {
    writeSyntheticCorpus(join(dir, 'a'), 25);
    writeSyntheticCorpus(join(dir, 'b'), 25);
    writeSyntheticCorpus(join(dir, 'c'), 25, 7);
    expect(folderFiles(join(dir, 'b'))).toEqual(folderFiles(join(dir, 'a')));
    expect(readFileSync(join(dir, 'c', 'synthetic-00000.txt'), 'utf8')).not.toBe(readFileSync(join(dir, 'a', 'synthetic-00000.txt'), 'utf8'));
  });

  it('names, dates and sizes its articles as it always has (seed 42)', () => {
    const [first, second] = syntheticArticles(2);
    expect(first.entry).toEqual({ file: 'synthetic-00000.txt', title: null, source: 'Outlet 0', url: null, published: '2021-08-05', language: 'ar' });
    expect(first.name).toBe('synthetic-00000.txt');
    expect(first.text.split('\n')).toHaveLength(6);
    expect(second.entry).toMatchObject({ file: 'synthetic-00001.txt', source: 'Outlet 1', published: '2025-06-12' });
    expect(second.text.split('\n')).toHaveLength(10);
  });

  it('gives a million articles six-digit names (000000 to 999999), which sort in generation order', () => {
    expect(syntheticArticles(1_000_000).next().value!.name).toBe('synthetic-000000.txt');
    expect(syntheticArticles(100_000).next().value!.name).toBe('synthetic-00000.txt');
    expect(syntheticArticles(1_000_001).next().value!.name).toBe('synthetic-0000000.txt');
  });

  it('is generated once under its size and seed, then reused; an interrupted one is generated again', () => {
    const first = cachedSyntheticCorpus(12, 42, dir);
    expect(first).toEqual({ dir: join(dir, 'corpus-12-seed42'), generated: true });
    expect(readdirSync(first.dir).filter((n) => n.endsWith('.txt'))).toHaveLength(12);
    expect(cachedSyntheticCorpus(12, 42, dir).generated).toBe(false);
    expect(cachedSyntheticCorpus(12, 43, dir).dir).toBe(join(dir, 'corpus-12-seed43'));

    rmSync(join(first.dir, '.complete'));
    writeFileSync(join(first.dir, 'synthetic-99999.txt'), 'left over');
    expect(cachedSyntheticCorpus(12, 42, dir).generated).toBe(true);
    expect(existsSync(join(first.dir, 'synthetic-99999.txt'))).toBe(false);
  });
});
