// How text becomes search terms: the pipeline's Arabic normaliser, then the clitic-stripped forms of a word,
// so «ولافروف» is found by «لافروف» and «بزشكيان» by «بزشكيان» written with any alef or ya.
import { normalizeArabic } from '../../pipeline/normalize/normalize-arabic';

const PREFIXES = ['وبال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
const MIN_STEM = 3;

/** One word as it is matched: normalised Arabic, lower-case Latin. */
export function normalizeTerm(term: string): string {
  return normalizeArabic(term).toLowerCase();
}

/** The forms a word is indexed under: itself and its stems without leading clitics. */
export function indexTerms(term: string): string[] {
  const t = normalizeTerm(term);
  const out = new Set([t]);
  for (const p of PREFIXES) if (t.startsWith(p) && t.length - p.length >= MIN_STEM) out.add(t.slice(p.length));
  return [...out];
}

/** True when every word of the query starts a word of the text (both normalised). */
export function matchesWords(text: string, query: string): boolean {
  const words = normalizeTerm(query).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  if (!words.length) return true;
  const hay = normalizeTerm(text).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).flatMap(indexTerms);
  return words.every((w) => hay.some((h) => h.startsWith(w)));
}
