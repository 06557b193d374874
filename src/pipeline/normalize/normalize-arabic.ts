// Matching works on a normalised form of the text; display and offsets keep the original.
// Every original UTF-16 unit maps to zero or one normalised unit, so offsets map back exactly.

const REMOVED = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/;

const REPLACED: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'گ': 'ك', 'پ': 'ب', 'چ': 'ج', 'ژ': 'ز',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '″': '"',
  '،': ',', '؛': ';', '؟': '?',
};

function normalizeUnit(ch: string): string {
  if (REMOVED.test(ch)) return '';
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0); // Persian digits
  const mapped = REPLACED[ch];
  if (mapped !== undefined) return mapped;
  return code < 0x80 ? ch.toLowerCase() : ch;
}

// A lookup table over the BMP makes normalisation a single pass with no regex per character.
const TABLE: string[] = [];
for (let c = 0; c < 0x10000; c++) {
  const ch = String.fromCharCode(c);
  const n = normalizeUnit(ch);
  if (n !== ch) TABLE[c] = n;
}

export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** origin[i] = offset in the original text of normalised unit i; origin[text.length] = original length. */
  origin: Int32Array;
}

/** Normalises Arabic (and Latin case) for matching, keeping a map back to original offsets. */
export function normalizeWithOrigin(original: string): NormalizedText {
  const origin = new Int32Array(original.length + 1);
  let out = '';
  let n = 0;
  for (let i = 0; i < original.length; i++) {
    const mapped = TABLE[original.charCodeAt(i)];
    const unit = mapped === undefined ? original[i] : mapped;
    if (unit.length === 0) continue;
    out += unit;
    origin[n++] = i;
  }
  origin[n] = original.length;
  return { text: out, origin: origin.subarray(0, n + 1) };
}

/** Normalises a string for matching (diacritics, tatweel, alef/hamza forms, ى/ي, ة/ه, Persian letters, digits, case). */
export function normalizeArabic(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const mapped = TABLE[text.charCodeAt(i)];
    out += mapped === undefined ? text[i] : mapped;
  }
  return out;
}

/** Word tokens of a (normalised) text with their offsets: letters, marks and digits. */
export function tokenize(text: string): { token: string; start: number; end: number }[] {
  const tokens: { token: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    tokens.push({ token: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
