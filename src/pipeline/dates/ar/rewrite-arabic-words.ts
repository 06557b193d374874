// Word-level rewrites of the normalised Arabic text, each of EQUAL length so offsets stay valid:
//   «الـ3 من مارس» → «   3 من مارس», «و15 مارس» → « 15 مارس» (article/proclitic glued to a number);
//   «واليوم», «بالأمس», «والخميس», «وفي» → « اليوم», «  الامس», « الخميس», « في» (proclitic glued to a date word);
//   يونيه/يوليه → يونيو/يوليو; Egyptian final ى: الماضى → الماضي; «الحادي والعشرين» → «…والعشرون»
//   (the form in chrono's ordinals); الجمعه → الجمعة; الى → إلى (chrono's ranges only know «إلى»).
import { anyOf } from '../boundaries';

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const GLUED_WORDS = anyOf([
  'في', 'اليوم', 'امس', 'الامس', 'البارحة', 'غدا', 'اول امس', 'الشهر', 'الاسبوع', 'العام', 'السنة',
  'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'الجمعه', 'السبت',
]);
// No lookbehinds here (they make every position expensive): word starts are checked in `rewrite`.
const REWRITES = new RegExp(
  `(?:ال|[وفبل])(?=\\s?[0-9])|[وفبل]{1,2}(?=${GLUED_WORDS}(?![\\p{L}\\p{N}_]))|` +
    '(?:يوني|يولي)ه|(?:الماض|الحال|الجار|الثان|الحاد)ى|(?:والعشر|والثلاث)ين|الجمعه|الى',
  'gu',
);

/** A word start, allowing one or two glued proclitics before it («فالجمعه»). */
function startsWord(text: string, index: number): boolean {
  for (let i = index, glued = 0; ; i--, glued++) {
    if (i === 0 || !WORD_CHAR.test(text[i - 1])) return true;
    if (glued === 2 || !'وفبل'.includes(text[i - 1])) return false;
  }
}

function rewrite(word: string, offset: number, text: string): string {
  if (/^(?:ال|[وفبل]{1,2})$/.test(word)) {
    return offset === 0 || !WORD_CHAR.test(text[offset - 1]) ? ' '.repeat(word.length) : word;
  }
  const after = text[offset + word.length];
  if ((after !== undefined && WORD_CHAR.test(after)) || !startsWord(text, offset)) return word;
  if (word === 'الى') return 'إلى';
  if (word === 'الجمعه') return 'الجمعة';
  if (word.endsWith('ين')) return `${word.slice(0, -2)}ون`;
  if (word.endsWith('ى')) return `${word.slice(0, -1)}ي`;
  return `${word.slice(0, -1)}و`; // يونيه/يوليه
}

export function rewriteArabicWords(text: string): string {
  return text.replace(REWRITES, (word: string, offset: number) => rewrite(word, offset, text));
}
