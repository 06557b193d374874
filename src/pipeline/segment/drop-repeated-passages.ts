// Articles repeat themselves (a lead restating the first paragraph, a block pasted twice). A passage whose
// words an earlier passage of the same article already said is dropped; one that adds news is kept.
import { normalizeArabic, tokenize } from '../normalize/normalize-arabic';
import type { SegmentedPassage } from './segment-passages';

const N = 4;
/** A passage adding no more than this share of new word 4-grams repeats what came before. */
const MAX_NEW_SHARE = 0.15;

export function dropRepeatedPassages(passages: SegmentedPassage[]): SegmentedPassage[] {
  const seenGrams = new Set<string>();
  const seenShort = new Set<string>();
  const kept: SegmentedPassage[] = [];
  for (const p of passages) {
    const words = tokenize(normalizeArabic(p.text)).map((t) => t.token);
    if (words.length < N) {
      const key = words.join(' ');
      if (seenShort.has(key)) continue;
      seenShort.add(key);
      kept.push(p);
      continue;
    }
    const grams: string[] = [];
    for (let i = 0; i + N <= words.length; i++) grams.push(words.slice(i, i + N).join(' '));
    const fresh = grams.filter((g) => !seenGrams.has(g)).length;
    for (const g of grams) seenGrams.add(g);
    if (fresh / grams.length <= MAX_NEW_SHARE) continue;
    kept.push(p);
  }
  return kept;
}
