// Synthetic corpora for the pipeline benchmark and the parallel runner's test: paragraphs of the bundled
// articles recombined into articles of 4 to 11 paragraphs, each with a manifest entry and its own date.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFile } from '../src/pipeline/corpus/prepare-articles';

export const CORPUS = 'public/data/corpus';

/** A deterministic pseudo-random generator, so every run builds the same corpus. */
export function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** `size` articles; another `seed` recombines other paragraphs. */
export function syntheticCorpus(size: number, seed = 42): { files: CorpusFile[]; manifest: string } {
  const paragraphs = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split('\n').filter((p) => p.trim().length > 40));
  const rand = random(seed);
  const encoder = new TextEncoder();
  const files: CorpusFile[] = [];
  const manifest = [];
  for (let i = 0; i < size; i++) {
    const count = 4 + Math.floor(rand() * 8);
    const text = Array.from({ length: count }, () => paragraphs[Math.floor(rand() * paragraphs.length)]).join('\n');
    const name = `synthetic-${String(i).padStart(5, '0')}.txt`;
    files.push({ name, bytes: encoder.encode(text) });
    const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(rand() * 5 * 365) * 86400000).toISOString().slice(0, 10);
    manifest.push({ file: name, title: null, source: `Outlet ${i % 7}`, url: null, published: day, language: 'ar' });
  }
  return { files, manifest: JSON.stringify(manifest) };
}

/** `syntheticCorpus(size)` written as a corpus folder (articles and manifest.json) at `dir`, replacing what was there. */
export function writeSyntheticFolder(dir: string, size: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { files, manifest } = syntheticCorpus(size);
  for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
  writeFileSync(join(dir, 'manifest.json'), manifest);
}
