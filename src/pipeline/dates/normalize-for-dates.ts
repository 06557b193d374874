// Normalises a passage for date matching and remembers where each character came from, so that
// offsets found in the normalised text map back into the original (arabic-news-notes §1).
// Removed: diacritics, tatweel, bidi and zero-width marks. Replaced one for one: alef forms, Persian letters,
// Arabic-Indic and Persian digits, unusual spaces. Arabic word rewrites (same length) are in rewrite-arabic-words.ts.

export interface NormalizedText {
  text: string;
  /** Original index of each normalised character (plus one entry for the end); null when nothing was removed. */
  map: Int32Array | null;
}

const REMOVED = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/;
const REMOVED_ALL = new RegExp(REMOVED.source, 'g');
const REPLACED = /[\u0622\u0623\u0625\u0671\u0660-\u0669\u06F0-\u06F9\u06CC\u06A9\u066B\u00A0\u2000-\u200A\u202F]/g;

function isRemoved(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    code === 0x0640 ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x061c ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function replaceChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (code === 0x06cc) return 'ي';
  if (code === 0x06a9) return 'ك';
  if (code === 0x066b) return '.'; // Arabic decimal separator
  if (code >= 0x0622 && code <= 0x0671) return 'ا'; // آ أ إ ٱ
  return ' ';
}

export function normalizeForDates(text: string): NormalizedText {
  let map: Int32Array | null = null;
  let stripped = text;
  if (REMOVED.test(text)) {
    map = new Int32Array(text.length + 1);
    let n = 0;
    for (let i = 0; i < text.length; i++) if (!isRemoved(text.charCodeAt(i))) map[n++] = i;
    map[n] = text.length;
    map = map.subarray(0, n + 1);
    stripped = text.replace(REMOVED_ALL, '');
  }
  return { text: stripped.replace(REPLACED, replaceChar), map };
}

/** The original span [start, end) of the normalised span [start, end). */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { map } = normalized;
  if (!map) return [start, end];
  return [map[start], end > start ? map[end - 1] + 1 : map[start]];
}
