// How the analysis reads a passage: the article's characters one for one (every offset stays valid), in the
// spellings its patterns are written for. Outlets, pages and keyboards write the same report many ways
// (`npm run eval -- --perturb all` measures each): a line broken for its width, no-break spaces, Eastern Arabic or
// Persian digits, direction marks, Persian ی and ک, bare alefs for hamzas («الى», «اجرى»), ه for a final ة («الخارجيه»), the
// Egyptian ى for a final ي («فى», «السيسى», «الماضى»), a comma typed before its space («قال ،إن»). Matching names
// already folds letters (normalize-arabic.ts); the patterns of contacts, dates and clauses read this text. The
// dataset keeps the article's own characters.
import alefMaqsuraJson from '../lexicon/alef-maqsura-words.json';
import eventLexiconJson from '../lexicon/event-lexicon.json';
import { arabicPhrases } from '../lexicon/arabic-phrases';
import hamzaJson from '../lexicon/hamza-words.json';
import taMarbutaJson from '../lexicon/ta-marbuta-words.json';

/** Spaces other than the space, and the invisible marks pages put between words (direction marks, a zero-width
 *  space), read as the space they stand for. */
const OTHER_SPACE = /[\n\r\t\u00a0\u2000-\u200b\u200e\u200f\u202f\u061c\u202a-\u202e\u2066-\u2069]/;
const OTHER_SPACES = new RegExp(OTHER_SPACE.source, 'g');
const OTHER_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/;
const OTHER_DIGITS = new RegExp(OTHER_DIGIT.source, 'g');
const PERSIAN_LETTER = /[یک]/;
const PERSIAN_LETTERS = new RegExp(PERSIAN_LETTER.source, 'g');
/** «قال ،إن», "said ,adding": a comma after the space that should follow it (moved back: the same two characters). */
const COMMA_BEFORE_ITS_SPACE = / ([،,])(?=\p{L})/u;
const COMMAS_BEFORE_THEIR_SPACE = /(?<=[\p{L}\p{N}]) ([،,])(?=\p{L})/gu;
// (The patterns that tell an article's way of writing look for their words first and for the word's left edge
// after: V8 finds a leading word at once, and tries a leading lookbehind at every position of the article.)
/** «فى», «الذى», «التى»: an article written with the Egyptian ى for every final ي. */
const EGYPTIAN_FINAL = /(?:فى|الذى|التى)(?![\p{L}\p{M}])(?<=(?:^|[^\p{L}\p{M}])[وف]?(?:فى|الذى|التى))/u;
const FINAL_ALEF_MAQSURA = /(?<![\p{L}\p{M}])\p{L}+ى(?![\p{L}\p{M}])/gu;
/** «الى», «ان», «اجرى»: an article written with bare alefs where the patterns have a hamza (a word looked for first). */
const BARE_ALEF_HINT = /الى|ان|اجر|اكد|امس|اعلن/;
const BARE_ALEF_WORDS = 'الى|ان|اجرى|اجرت|اكد|اكدت|امس|اعلن|اعلنت|ايضا';
const BARE_ALEF_WORD = new RegExp(`(?:${BARE_ALEF_WORDS})(?![\\p{L}\\p{M}])(?<=(?:^|[^\\p{L}\\p{M}])[وفبل]?(?:${BARE_ALEF_WORDS}))`, 'u');
const ARABIC_WORD = /(?<![\p{L}\p{M}])[\u0621-\u064a]+(?![\p{L}\p{M}])/gu;
/** Proclitics a word ending in ى may carry before its listed form («والتقى», «بالأعلى», «للمستوى»). */
const PROCLITICS = /^(?:[وف]?(?:بال|كال|لل|ال|[بلك])?)/u;

const foldHamza = (word: string) => word.replace(/[أإآ]/g, 'ا');

/** The words of the event lexicon's Arabic phrases: the spellings its patterns are written in. */
const lexiconWords = () => arabicPhrases(eventLexiconJson).flatMap((phrase) => phrase.split(/\s+/));

let hamzaOf: Map<string, string> | null = null;
/** `word` with the hamzas of its listed or lexicon spelling, when written with bare alefs; else `word`. */
function withHamza(word: string): string {
  if (!hamzaOf) {
    hamzaOf = new Map();
    // The curated list first: its reading of an ambiguous bare form («ان») is the one kept.
    for (const w of [...hamzaJson.ar, ...lexiconWords()]) if (/[أإآ]/.test(w) && !hamzaOf.has(foldHamza(w))) hamzaOf.set(foldHamza(w), w);
  }
  const whole = hamzaOf.get(word);
  if (whole) return whole;
  const clitics = PROCLITICS.exec(word)?.[0] ?? '';
  for (let n = clitics.length; n > 0; n--) {
    const stem = hamzaOf.get(word.slice(n));
    if (stem) return word.slice(0, n) + stem;
  }
  return word;
}

const FINAL_HA_WORD = /(?<![\p{L}\p{M}])[\u0621-\u064a]+ه(?![\p{L}\p{M}])/gu;
let taMarbuta: { words: Set<string>; keep: Set<string>; signs: RegExp } | null = null;
const taMarbutaLists = () =>
  (taMarbuta ??= {
    words: new Set([...taMarbutaJson.ar, ...lexiconWords().filter((w) => w.endsWith('ة'))].map(foldHamza)),
    keep: new Set(taMarbutaJson.keep.map(foldHamza)),
    signs: new RegExp(`(?:${taMarbutaJson.signs.join('|')})(?![\\p{L}\\p{M}])(?<=(?:^|[^\\p{L}\\p{M}])[وفبل]?(?:${taMarbutaJson.signs.join('|')}))`, 'gu'),
  });

/** Whether the article writes its final ة as ه: two of the signs («الخارجيه», «زياره»…), as whole words. */
function writesTaAsHa(articleText: string): boolean {
  if (!articleText.includes('ه ') && !articleText.includes('ه،')) return false;
  return new Set([...articleText.matchAll(taMarbutaLists().signs)].map((m) => m[0])).size >= 2;
}

/** `word` (ending in ه) with its final ة, where it is a listed or lexicon word with ة, or carries «ال». */
function withTaMarbuta(word: string): string {
  const { words, keep } = taMarbutaLists();
  const folded = foldHamza(word);
  const asTa = `${word.slice(0, -1)}ة`;
  const clitics = PROCLITICS.exec(folded)?.[0] ?? '';
  for (let n = clitics.length; n >= 0; n--) if (words.has(`${folded.slice(n, -1)}ة`)) return asTa;
  const definite = /^[وف]?(?:[بلك]?ال|لل)/.exec(folded);
  if (!definite || folded.length - definite[0].length < 3 || folded.endsWith('اه')) return word;
  for (let n = definite[0].length; n >= 0; n--) if (keep.has(folded.slice(n)) || keep.has(`ال${folded.slice(n)}`)) return word;
  return asTa;
}

let alefMaqsuraWords: Set<string> | null = null;
/** Whether `word` is written with a final ى in standard spelling (the list, or a contact word of the lexicon). */
function endsInAlefMaqsura(word: string): boolean {
  alefMaqsuraWords ??= new Set([...alefMaqsuraJson.ar, ...lexiconWords().filter((w) => w.endsWith('ى'))].map(foldHamza));
  const folded = foldHamza(word);
  if (alefMaqsuraWords.has(folded)) return true;
  const clitics = PROCLITICS.exec(folded)?.[0] ?? '';
  // Each shorter proclitic too: «ولدى» is «و» + «لدى», not «ول» + «دى».
  for (let n = clitics.length; n > 0; n--) {
    if (alefMaqsuraWords.has(folded.slice(n))) return true;
  }
  return false;
}

/**
 * How the passages of the article `articleText` are read: the same length, each character in its place. Whether the
 * article writes the Egyptian final ى, drops its hamzas or writes ه for ة is told from the whole article (a passage
 * may hold no «فى» to tell it by).
 */
export function readerOf(articleText: string): (text: string) => string {
  const finalYaAsAlef = EGYPTIAN_FINAL.test(articleText);
  const bareAlefs = BARE_ALEF_HINT.test(articleText) && BARE_ALEF_WORD.test(articleText);
  const taAsHa = writesTaAsHa(articleText);
  return (text) => readingText(text, finalYaAsAlef, bareAlefs, taAsHa);
}

function readingText(text: string, finalYaAsAlef: boolean, bareAlefs: boolean, taAsHa: boolean): string {
  let read = text;
  if (OTHER_SPACE.test(read)) read = read.replace(OTHER_SPACES, ' ');
  if (OTHER_DIGIT.test(read)) read = read.replace(OTHER_DIGITS, (d) => String(d.charCodeAt(0) - (d >= '۰' ? 0x06f0 : 0x0660)));
  if (PERSIAN_LETTER.test(read)) read = read.replace(PERSIAN_LETTERS, (c) => (c === 'ی' ? 'ي' : 'ك'));
  if (COMMA_BEFORE_ITS_SPACE.test(read)) read = read.replace(COMMAS_BEFORE_THEIR_SPACE, '$1 ');
  if (bareAlefs) read = read.replace(ARABIC_WORD, withHamza);
  if (taAsHa) read = read.replace(FINAL_HA_WORD, withTaMarbuta);
  if (finalYaAsAlef && read.includes('ى')) read = read.replace(FINAL_ALEF_MAQSURA, (word) => (endsInAlefMaqsura(word) ? word : `${word.slice(0, -1)}ي`));
  return read;
}
