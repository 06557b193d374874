// What build:data knows of a corpus folder without reading its articles: which files are articles, how many there
// are, and the corrections to apply. Apart from the build's modules, so that the process that only starts a
// two-process build (build-data.ts) loads little (~90 MB of RSS with these, ~160 MB with the build's).
import { opendirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME } from '../pipeline/corpus/manifest';
import { CorrectionsError, parseCorrectionsText, type Correction } from '../schema/corrections';

/** The analyst's corrections in a corpus folder: applied by the build, never read as an article. */
export const CORRECTIONS_NAME = 'corrections.json';

/** A corpus folder's files that are articles: not its manifest, its corrections or a hidden file. */
export const isCorpusArticle = (name: string) => name !== MANIFEST_NAME && name !== CORRECTIONS_NAME && !name.startsWith('.');

export const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

/** How many articles the corpus folder holds (its files, as corpusFolder takes them), counted without holding their names. */
export function countArticleFiles(dir: string): number {
  const entries = opendirSync(dir);
  let count = 0;
  try {
    for (let e = entries.readSync(); e !== null; e = entries.readSync()) if (isCorpusArticle(e.name) && (e.isFile() || isFile(join(dir, e.name)))) count++;
  } finally {
    entries.closeSync();
  }
  return count;
}

/**
 * The corrections a build of the corpus folder applies: those of `correctionsFile` when given, else the folder's
 * corrections.json if any. A file that cannot be read or is not a valid one throws a CorrectionsError naming it.
 */
export function folderCorrections(dir: string, correctionsFile?: string): Correction[] | undefined {
  const path = correctionsFile ?? (isFile(join(dir, CORRECTIONS_NAME)) ? join(dir, CORRECTIONS_NAME) : null);
  return path === null ? undefined : readCorrectionsFile(path);
}

function readCorrectionsFile(path: string): Correction[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CorrectionsError(`${path}: cannot be read (${(e as Error).message})`);
  }
  return parseCorrectionsText(text, path).corrections;
}
