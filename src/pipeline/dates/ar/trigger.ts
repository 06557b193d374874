// Every expression the Arabic engine can find (in text whose words are separated) contains a digit or
// one of these words: passages without any skip chrono altogether (most passages hold no date).
// Checked on the normalised text BEFORE rewrite-arabic-words.ts, so glued proclitics and the
// unrewritten spellings (يونيه, الماضى, الجمعه) are allowed for. A property test checks it is a superset.
import { anyOf } from '../boundaries';
import { PERIOD_CUES } from './constants';

const END = '(?![\\p{L}\\p{N}_])';
const WORD_START = '(?<![\\p{L}\\p{N}_])[وفبل]{0,2}';
const MONTHS = anyOf([
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه', 'اغسطس', 'سبتمبر', 'اكتوبر',
  'نوفمبر', 'ديسمبر', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'ايلول',
]);
const UNITS = '(?:الشهر|الاسبوع|العام|السنة|السنه)';
const MODIFIER_STEMS = '(?:الماض|الحال|الجار|السابق|المنصرم|الفائت|المنقض|المقبل|القادم)';

// Tested one by one (cheapest and commonest first): V8 scans a single pattern that starts with a literal
// quickly, but an alternation of them position by position, several times slower.
const TRIGGERS = [
  '[0-9]',
  `(?:يوم|ايام|يومين|غد|غدا|بكرة|بكرا)${END}`,
  // The word first, its glued letters and left edge looked behind (as the «آب» one below): a pattern that opens
  // with a lookbehind is tried at every position of the passage.
  `(?:امس|البارحة)${END}(?<=${WORD_START}(?:ال)?(?:امس|البارحة))`,
  `(?:اول|قبل)\\s*(?:من\\s*)?(?:امس|البارحة)`,
  `ال(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعة|جمعه|سبت)${END}`,
  `${MONTHS}${END}`,
  'كانون|تشرين',
  // «آب» (August) after a word boundary and an optional «في/خلال/شهر/من»: the literal first, the rest looked behind.
  `اب${END}(?<=(?:^|[^\\p{L}\\p{N}_])(?:في|خلال|شهر|من)?\\s*اب)`,
  `(?:هذا|هذه|${PERIOD_CUES})\\s+(?:من\\s+)?[وفبل]{0,2}${UNITS}`,
  `${UNITS}\\s+${MODIFIER_STEMS}`,
  'الليلة\\s+الماض',
].map((source) => new RegExp(source, 'u'));

export function mightHoldArabicDate(normalized: string): boolean {
  return TRIGGERS.some((trigger) => trigger.test(normalized));
}
