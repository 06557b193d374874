// Arabic ordinal day words 1–31 (normalised spelling, masculine and feminine, both case endings of the
// tens), for rules that chrono.ar does not cover («في العشرين من الشهر الماضي»).
import { anyOf } from '../boundaries';

const UNITS: [string, string][] = [
  ['الاول', 'الاولى'], ['الثاني', 'الثانية'], ['الثالث', 'الثالثة'], ['الرابع', 'الرابعة'], ['الخامس', 'الخامسة'],
  ['السادس', 'السادسة'], ['السابع', 'السابعة'], ['الثامن', 'الثامنة'], ['التاسع', 'التاسعة'], ['العاشر', 'العاشرة'],
];
const COMPOUND_FIRST = ['الحادي', 'الحادية', 'الواحد'];
const TENS: [number, string[]][] = [[20, ['العشرون', 'العشرين']], [30, ['الثلاثون', 'الثلاثين']]];

function buildOrdinals(): Map<string, number> {
  const words = new Map<string, number>();
  UNITS.forEach(([masculine, feminine], i) => {
    words.set(masculine, i + 1).set(feminine, i + 1);
    if (i > 0 && i < 9) words.set(`${masculine} عشر`, i + 11).set(`${feminine} عشرة`, i + 11);
  });
  for (const first of COMPOUND_FIRST) words.set(`${first} عشر`, 11).set(`${first} عشرة`, 11);
  for (const [tens, forms] of TENS) {
    for (const form of forms) {
      words.set(form, tens);
      for (const first of COMPOUND_FIRST) words.set(`${first} و${form}`, tens + 1);
      UNITS.slice(1, tens === 20 ? 9 : 0).forEach(([masculine, feminine], i) => {
        words.set(`${masculine} و${form}`, tens + i + 2).set(`${feminine} و${form}`, tens + i + 2);
      });
    }
  }
  return words;
}

export const AR_ORDINALS = buildOrdinals();
export const AR_ORDINAL_PATTERN = anyOf([...AR_ORDINALS.keys()]);

/** The day number of an ordinal word or a one/two-digit number, or null. */
export function dayNumber(word: string): number | null {
  const day = /^[0-9]{1,2}$/.test(word) ? Number(word) : (AR_ORDINALS.get(word.replace(/\s+/g, ' ')) ?? null);
  return day !== null && day >= 1 && day <= 31 ? day : null;
}
