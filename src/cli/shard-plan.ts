// Which files a shard of the corpus holds, and what identifies the corpus it was cut from: the shards of one build
// must all be cut from the same files, in the same order, with the same corrections.
import { createHash } from 'node:crypto';
import { byFileName } from '../pipeline/corpus/prepare-articles';
import type { Correction } from '../schema/corrections';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** «K/N» as given to `--shard`, or an Error saying what is wrong with it. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!match || count < 1 || index < 1 || index > count) throw new Error(`--shard ${text}: expected K/N with 1 ≤ K ≤ N (e.g. 2/8)`);
  return { index, count };
}

/** The shard's files, as indices into the corpus's files in build order: contiguous blocks as even as can be. */
export function shardRange(fileCount: number, { index, count }: Shard): { start: number; end: number } {
  return { start: Math.floor(((index - 1) * fileCount) / count), end: Math.floor((index * fileCount) / count) };
}

/**
 * What identifies a corpus folder without reading its articles: its files' names (in build order) and sizes, and
 * its manifest. The build order is the locale's (String#localeCompare): shards cut under another locale may order
 * files otherwise, and then do not match.
 */
export function corpusFingerprint(files: { name: string; size: number }[], manifest: string | null): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => byFileName(a.name, b.name))) hash.update(`${f.name}\u0000${f.size}\n`);
  hash.update(manifest === null ? 'no manifest' : `manifest\u0000${manifest}`);
  return hash.digest('hex');
}

/** The corrections as the build applies them ('none' when there are none: no such stage). */
export function correctionsFingerprint(corrections: Correction[] | undefined): string {
  return corrections && corrections.length > 0 ? createHash('sha256').update(JSON.stringify(corrections)).digest('hex') : 'none';
}
