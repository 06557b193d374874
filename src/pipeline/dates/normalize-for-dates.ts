// Normalises a passage for date matching and remembers where each character came from, so that
// offsets found in the normalised text map back into the original (arabic-news-notes §1).
// Removed: diacritics, tatweel, bidi and zero-width marks. Replaced one for one: alef forms, Persian letters,
// Arabic-Indic and Persian digits, unusual spaces. Then a few word-level rewrites of equal length.
import { anyOf, LEFT, RIGHT } from './boundaries';

export interface NormalizedText {
  text: string;
  /** Original index of each normalised character (plus one entry for the end); null when nothing was removed. */
  map: Int32Array | null;
}

const REMOVED = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/;
const REMOVED_ALL = new RegExp(REMOVED.source, 'g');
const REPLACED = /[\u0622\u0623\u0625\u0671\u0660-\u0669\u06F0-\u06F9\u06CC\u06A9\u066B\u00A0\u2000-\u200A\u202F]/g;

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

// Proclitics glued to a date word («واليوم», «بالأمس», «والخميس») become spaces, so chrono sees the word.
const GLUED_WORDS = anyOf([
  'اليوم', 'امس', 'الامس', 'البارحة', 'غدا', 'اول امس', 'الشهر', 'الاسبوع', 'العام', 'السنة',
  'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'الجمعه', 'السبت',
]);
const WORD_REWRITES = new RegExp(
  [
    `(${LEFT}(?:ال|[وفبل]))(?=\\s?[0-9])`, // «الـ3 من مارس» → «   3 من مارس», «و15 مارس» → « 15 مارس»
    `(${LEFT}[وفبل]{1,2})(?=${GLUED_WORDS}${RIGHT})`,
    `${LEFT}(يوني|يولي)ه${RIGHT}`, // يونيه/يوليه → يونيو/يوليو
    `${LEFT}(الماض|الحال|الجار|الثان|الحاد)ى${RIGHT}`, // Egyptian final ى
    `${LEFT}(والعشر|والثلاث)ين${RIGHT}`, // «الحادي والعشرين» → the form in chrono's ordinals
    `${LEFT}(الجمع)ه${RIGHT}`,
    `${LEFT}(ا)(?=لى${RIGHT})`, // «الى» → «إلى»: chrono's ranges («من 10 إلى 12 مارس») only know this spelling
  ].join('|'),
  'gu',
);

function rewriteWord(all: string, ...groups: (string | number | undefined)[]): string {
  const [spaced1, spaced2, month, egyptian, tens, friday, alef] = groups;
  if (spaced1 || spaced2) return ' '.repeat(all.length);
  if (month) return `${month}و`;
  if (egyptian) return `${egyptian}ي`;
  if (tens) return `${tens}ون`;
  if (friday) return `${friday}ة`;
  if (alef) return 'إ';
  return all;
}

function stripRemoved(text: string): NormalizedText {
  if (!REMOVED.test(text)) return { text, map: null };
  const map = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!REMOVED.test(text[i])) map[n++] = i;
  map[n] = text.length;
  return { text: text.replace(REMOVED_ALL, ''), map: map.subarray(0, n + 1) };
}

export function normalizeForDates(text: string, arabic: boolean): NormalizedText {
  const stripped = stripRemoved(text);
  let normalized = stripped.text.replace(REPLACED, replaceChar);
  if (arabic) normalized = normalized.replace(WORD_REWRITES, rewriteWord);
  return { text: normalized, map: stripped.map };
}

/** The original span [start, end) of the normalised span [start, end). */
export function toOriginalSpan(normalized: NormalizedText, start: number, end: number): [number, number] {
  const { map } = normalized;
  if (!map) return [start, end];
  return [map[start], end > start ? map[end - 1] + 1 : map[start]];
}
