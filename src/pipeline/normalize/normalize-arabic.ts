// Matching works on a normalised form of the text; display and offsets keep the original.
// Every original UTF-16 unit maps to zero or one normalised unit, so offsets map back exactly.

/** Units matching drops: Arabic diacritics, tatweel, zero-width and direction marks, the BOM (inclusive ranges). */
const REMOVED: [number, number][] = [
  [0x064b, 0x065f], [0x0670, 0x0670], [0x0640, 0x0640], [0x200b, 0x200f], [0x061c, 0x061c], [0x202a, 0x202e], [0x2066, 0x2069], [0xfeff, 0xfeff],
];

const REPLACED: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'گ': 'ك', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '″': '"',
  '،': ',', '؛': ';', '؟': '?',
};

// Lookup tables over the BMP make normalisation one pass with no regex per character: every unit maps
// to one unit (its code) or to nothing (-1). Built on first use, not when the module loads: the app's first
// render does not need them (the search box does, later).
interface Tables {
  normalized: Int32Array;
  /** 1 for letters, marks and digits (word characters), after normalisation. */
  word: Uint8Array;
}
let built: Tables | null = null;

function tables(): Tables {
  if (built) return built;
  // Filled by ranges and one regex scan, not a test per unit: this runs on the page the first time text is matched.
  const normalized = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) normalized[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) normalized[c] = c + 0x20; // Latin case
  for (const [from, to] of REMOVED) normalized.fill(-1, from, to + 1);
  for (let d = 0; d < 10; d++) normalized[0x0660 + d] = normalized[0x06f0 + d] = 0x30 + d; // Arabic-Indic and Persian digits
  for (const [from, to] of Object.entries(REPLACED)) normalized[from.charCodeAt(0)] = to.charCodeAt(0);
  const word = new Uint8Array(0x10000);
  for (const [run] of everyUnit().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) for (let i = 0; i < run.length; i++) word[run.charCodeAt(i)] = 1;
  return (built = { normalized, word });
}

/** Whether the tables are built yet: what the app's first screen loads must not build them (start-up.test.ts). */
export const tablesBuilt = (): boolean => built !== null;

/** Every BMP unit but the surrogates (never word characters, and two side by side would read as one character). */
function everyUnit(): string {
  const units = new Uint16Array(0x10000 - 0x800);
  for (let c = 0, i = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) units[i++] = c;
  return unitsToString(units, units.length);
}

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** origin[i] = offset in the original text of normalised unit i; origin[text.length] = original length. */
  origin: Int32Array;
}

function unitsToString(units: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return out;
}

// The normalised units before they become a string: one buffer, grown as needed (to the longest text seen). A typed
// array of its own per text is an allocation outside the JS heap, which V8 makes and frees much more slowly.
let scratch = new Uint16Array(1024);
function scratchUnits(length: number): Uint16Array {
  if (scratch.length < length) scratch = new Uint16Array(Math.max(length, scratch.length * 2));
  return scratch;
}

/** Normalises Arabic (and Latin case) for matching, keeping a map back to original offsets. */
export function normalizeWithOrigin(original: string): NormalizedText {
  const table = tables().normalized;
  const origin = new Int32Array(original.length + 1);
  const units = scratchUnits(original.length);
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const code = table[original.charCodeAt(i)];
    if (code < 0) continue;
    units[n] = code;
    origin[n++] = i;
  }
  origin[n] = original.length;
  return { text: unitsToString(units, n), origin: origin.subarray(0, n + 1) };
}

/** Normalises a string for matching (diacritics, tatweel, alef/hamza forms, ى/ي, ة/ه, Persian letters, digits, case). */
/**
 * Where the original text of a normalised span that ends before unit `end` ends: where the next unit the normalisation
 * keeps starts, so that the marks after a word's last letter («اتصالاً», «شريفٍ»: REMOVED) are the word's and what is
 * read after the span starts at the next word or sign. (`origin` holds the original's length after its last unit.)
 */
export function originalEnd(norm: NormalizedText, end: number): number {
  return norm.origin[end];
}

export function normalizeArabic(text: string): string {
  const table = tables().normalized;
  const units = scratchUnits(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = table[text.charCodeAt(i)];
    if (code >= 0) units[n++] = code;
  }
  return unitsToString(units, n);
}

export interface Token {
  token: string;
  start: number;
  end: number;
}

/** Word tokens of a (normalised) text with their offsets: runs of letters, marks and digits. */
export function tokenize(text: string): Token[] {
  const wordUnit = tables().word;
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const word = i < text.length && wordUnit[text.charCodeAt(i)] === 1;
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      tokens.push({ token: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return tokens;
}

/** A passage normalised and tokenised once, shared by the stages that match words in it. */
export interface PreparedText {
  original: string;
  norm: NormalizedText;
  tokens: Token[];
  /** The tokens' words (what the tries and the repeat check look up). */
  words: string[];
}

export function prepareText(original: string): PreparedText {
  const norm = normalizeWithOrigin(original);
  const tokens = tokenize(norm.text);
  // Pushed, not mapped: map's result array is packed or holey depending on whether V8 has optimised the caller, and
  // the matchers that index the words (the tries, the honorifics) are deoptimised whenever the other kind comes.
  const words: string[] = [];
  for (const t of tokens) words.push(t.token);
  return { original, norm, tokens, words };
}

