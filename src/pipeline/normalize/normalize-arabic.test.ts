import fc from 'fast-check';
import { normalizeArabic, normalizeWithOrigin, originalEnd, tokenize } from './normalize-arabic';

describe('normalizeArabic', () => {
  it.each([
    ['بِزِشْكِيَان', 'بزشكيان'], // diacritics
    ['بزشـــكيان', 'بزشكيان'], // tatweel
    ['أمير إيرواني آباد', 'امير ايرواني اباد'], // alef/hamza forms
    ['الإيرانى', 'الايراني'], // final ى (Egyptian spelling)
    ['الخارجية', 'الخارجيه'], // ة
    ['پزشکیان', 'بزشكيان'], // Persian letters
    ['عراقچی', 'عراقجي'],
    ['٢٠٢٤ و ۱۴۰۳', '2024 و 1403'], // Arabic-Indic and Persian digits
    ['مسؤول', 'مسوول'],
    ['Putin SAID', 'putin said'],
    ['«نص»، نعم؛ لا؟', '"نص", نعم; لا?'],
    ['عبد\u200Cاللهيان', 'عبداللهيان'], // zero-width non-joiner
  ])('%s → %s', (input, expected) => {
    expect(normalizeArabic(input)).toBe(expected);
  });

  it('maps every normalised character back to its original offset', () => {
    const original = 'وَقَالَ بِزِشْكِيَان';
    const { text, origin } = normalizeWithOrigin(original);
    expect(text).toBe('وقال بزشكيان');
    const at = text.indexOf('بزشكيان');
    expect(original.slice(origin[at], origin[at + 'بزشكيان'.length - 1] + 1)).toBe('بِزِشْكِيَان');
    expect(origin[text.length]).toBe(original.length);
  });

  it('never throws and keeps the origin map monotonic, on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const { text, origin } = normalizeWithOrigin(s);
        expect(text.length).toBeLessThanOrEqual(s.length);
        for (let i = 1; i <= text.length; i++) expect(origin[i]).toBeGreaterThan(origin[i - 1]);
        expect(normalizeArabic(s)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normalizeArabic(normalizeArabic(s)) === normalizeArabic(s)));
  });
});

describe('tokenize', () => {
  it('splits on punctuation and keeps offsets', () => {
    expect(tokenize('بوتين، وبزشكيان: "نعم"')).toEqual([
      { token: 'بوتين', start: 0, end: 5 },
      { token: 'وبزشكيان', start: 7, end: 15 },
      { token: 'نعم', start: 18, end: 21 },
    ]);
  });
});

describe('word characters', () => {
  it('are the letters, marks and digits of every script, and no punctuation, symbol or character outside the BMP', () => {
    const words = (text: string) => tokenize(normalizeArabic(text)).map((t) => t.token);
    expect(words('Москва—北京: café ١٢/۳ Ωmega_x 😀y «لافروف»!')).toEqual(['Москва', '北京', 'café', '12', '3', 'Ωmega', 'x', 'y', 'لافروف']);
    expect(words('\u0915\u093F\u0924\u093E\u092C')).toEqual(['\u0915\u093F\u0924\u093E\u092C']); // Devanagari with its vowel signs (marks)
  });
});

describe('originalEnd', () => {
  it('takes the marks after a word’s last letter with the word, and stops at the next word', () => {
    const original = 'أجرى اتصالاً بشريفٍ، ثم';
    const norm = normalizeWithOrigin(original);
    const word = (w: string) => tokenize(norm.text).find((t) => t.token === w)!;
    expect(original.slice(0, originalEnd(norm, word('اتصالا').end))).toBe('أجرى اتصالاً');
    expect(original.slice(originalEnd(norm, word('بشريف').end))).toBe('، ثم');
  });
  it('ends a word with no marks right after its last letter', () => {
    const original = 'Met Fidan, then';
    const norm = normalizeWithOrigin(original);
    expect(originalEnd(norm, tokenize(norm.text)[1].end)).toBe('Met Fidan'.length);
  });
});
