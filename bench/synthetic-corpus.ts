// Synthetic corpora for the benchmarks and the parallel runner's test: paragraphs of the bundled articles
// recombined into articles of 4 to 11 paragraphs, each with a manifest entry and its own date. One generator
// (syntheticArticles) feeds both the in-memory corpus and the folder written to disk as it goes (for a million
// articles, which would not fit in memory as one list), so both hold the same articles.
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME, type CorpusFile } from '../src/pipeline/corpus/prepare-articles';

export const CORPUS = 'public/data/corpus';

/** A deterministic pseudo-random generator, so every run builds the same corpus. */
export function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

export interface SyntheticArticle {
  name: string;
  text: string;
  /** The article's manifest entry. */
  entry: { file: string; title: null; source: string; url: null; published: string; language: 'ar' };
}

/** The bundled articles' paragraphs long enough to read as one. */
function bundledParagraphs(): string[] {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split('\n').filter((p) => p.trim().length > 40));
}

/** `size` articles, one at a time; another `seed` recombines other paragraphs. */
export function* syntheticArticles(size: number, seed = 42): Generator<SyntheticArticle> {
  const paragraphs = bundledParagraphs();
  const rand = random(seed);
  // Five digits as always; more only when the corpus needs them, so that names sort in generation order.
  const digits = Math.max(5, String(size - 1).length);
  for (let i = 0; i < size; i++) {
    const count = 4 + Math.floor(rand() * 8);
    const text = Array.from({ length: count }, () => paragraphs[Math.floor(rand() * paragraphs.length)]).join('\n');
    const name = `synthetic-${String(i).padStart(digits, '0')}.txt`;
    const published = new Date(Date.UTC(2021, 0, 1) + Math.floor(rand() * 5 * 365) * 86400000).toISOString().slice(0, 10);
    yield { name, text, entry: { file: name, title: null, source: `Outlet ${i % 7}`, url: null, published, language: 'ar' } };
  }
}

/** `size` articles in memory, with their manifest's text. */
export function syntheticCorpus(size: number, seed = 42): { files: CorpusFile[]; manifest: string } {
  const encoder = new TextEncoder();
  const files: CorpusFile[] = [];
  const manifest = [];
  for (const article of syntheticArticles(size, seed)) {
    files.push({ name: article.name, bytes: encoder.encode(article.text) });
    manifest.push(article.entry);
  }
  return { files, manifest: JSON.stringify(manifest) };
}

/**
 * Writes the corpus of `size` articles into the folder `dir` (made if missing) as it is generated: each article's
 * file, and the manifest one entry at a time (the same text as syntheticCorpus's manifest). Memory stays flat.
 */
export function writeSyntheticCorpus(dir: string, size: number, seed = 42): void {
  mkdirSync(dir, { recursive: true });
  const manifest = openSync(join(dir, MANIFEST_NAME), 'w');
  try {
    writeSync(manifest, '[');
    let first = true;
    for (const article of syntheticArticles(size, seed)) {
      writeFileSync(join(dir, article.name), article.text);
      writeSync(manifest, (first ? '' : ',') + JSON.stringify(article.entry));
      first = false;
    }
    writeSync(manifest, ']');
  } finally {
    closeSync(manifest);
  }
}

/** Written last into a cached corpus folder: a folder without it was interrupted and is generated again. */
const COMPLETE_MARK = '.complete';

/**
 * The folder of the corpus of `size` articles and `seed` under `root` (.bench by default), generated the first time
 * and reused after: generating a million articles takes minutes, and the corpus is the same every time.
 */
export function cachedSyntheticCorpus(size: number, seed = 42, root = '.bench'): { dir: string; generated: boolean } {
  const dir = join(root, `corpus-${size}-seed${seed}`);
  if (existsSync(join(dir, COMPLETE_MARK))) return { dir, generated: false };
  rmSync(dir, { recursive: true, force: true });
  writeSyntheticCorpus(dir, size, seed);
  writeFileSync(join(dir, COMPLETE_MARK), `${size} articles, seed ${seed}\n`);
  return { dir, generated: true };
}

/** `syntheticCorpus(size)` written as a corpus folder (articles and manifest.json) at `dir`, replacing what was there. */
export function writeSyntheticFolder(dir: string, size: number): void {
  rmSync(dir, { recursive: true, force: true });
  writeSyntheticCorpus(dir, size);
}
