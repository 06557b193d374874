// How passage search splits text into words, the same when the build writes the index and when a query reads it:
// the pipeline's normalisation (diacritics, alef and ya forms, digits, case) and its word tokens.
import { normalizeArabic, tokenize } from '../pipeline/normalize/normalize-arabic';

/** The distinct normalised words of a text, in the order they first occur. */
export function searchWords(text: string): string[] {
  return [...new Set(tokenize(normalizeArabic(text)).map((t) => t.token))];
}
