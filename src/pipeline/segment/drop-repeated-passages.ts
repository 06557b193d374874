// Articles repeat themselves (a lead restating the first paragraph, a block pasted twice). A passage whose
// words an earlier passage of the same article already said is dropped; one that adds news is kept.
import { normalizeArabic, tokenize } from '../normalize/normalize-arabic';
import type { SegmentedPassage } from './segment-passages';

const N = 4;
/** A passage adding no more than this share of new word 4-grams repeats what came before. */
const MAX_NEW_SHARE = 0.15;

const wordsOfText = (p: SegmentedPassage) => tokenize(normalizeArabic(p.text)).map((t) => t.token);

/** `wordsOf` gives a passage's normalised words (the pipeline passes the ones it already has). */
export function dropRepeatedPassages<T extends SegmentedPassage>(passages: T[], wordsOf: (p: T) => string[] = wordsOfText): T[] {
  const seenGrams = new Set<number>();
  const seenShort = new Set<string>();
  const wordIds = new Map<string, number>();
  const idOf = (w: string) => wordIds.get(w) ?? (wordIds.set(w, wordIds.size + 1), wordIds.size);
  const kept: T[] = [];
  for (const p of passages) {
    const words = wordsOf(p);
    if (words.length < N) {
      const key = words.join(' ');
      if (seenShort.has(key)) continue;
      seenShort.add(key);
      kept.push(p);
      continue;
    }
    // Pushed, not mapped (see prepareText in normalize-arabic.ts): an array of one elements kind whatever V8's tier.
    const ids: number[] = [];
    for (const w of words) ids.push(idOf(w));
    let fresh = 0;
    const grams: number[] = [];
    for (let i = 0; i + N <= ids.length; i++) grams.push(gramKey(ids[i], ids[i + 1], ids[i + 2], ids[i + 3]));
    for (const g of grams) if (!seenGrams.has(g)) fresh++;
    for (const g of grams) seenGrams.add(g);
    if (fresh / grams.length <= MAX_NEW_SHARE) continue;
    kept.push(p);
  }
  return kept;
}

/** A 4-gram of word ids as one number: 13 bits a word is exact for articles of up to 8,191 distinct words. */
function gramKey(a: number, b: number, c: number, d: number): number {
  const m = 8192;
  return ((a % m) * m * m * m + (b % m) * m * m + (c % m) * m + (d % m));
}
