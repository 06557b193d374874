// Word edges that know Arabic: JavaScript's \b only knows ASCII letters (arabic-news-notes §1).
export const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Lookbehind: no letter, digit or underscore just before. */
export const LEFT = '(?<![\\p{L}\\p{N}_])';
/** Lookahead: no letter, digit or underscore just after. */
export const RIGHT = '(?![\\p{L}\\p{N}_])';

function escapeRegex(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A non-capturing alternation of words, longest first so that «كانون الثاني» wins over «كانون». */
export function anyOf(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => escapeRegex(w).replace(/ /g, '\\s+')).join('|')})`;
}

/** `source` wrapped in Arabic-aware word edges, compiled once. */
export function withBoundaries(source: string, flags = 'iu'): RegExp {
  return new RegExp(`${LEFT}(?:${source})${RIGHT}`, flags);
}

/** True when `index` starts a word in `text` (chrono runs rules on substrings, so lookbehinds can be fooled). */
export function isLeftEdge(text: string, index: number): boolean {
  return index === 0 || !WORD_CHAR.test(text[index - 1]);
}
