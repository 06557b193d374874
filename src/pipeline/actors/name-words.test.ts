// What a word can be in a name: common words and verb shapes refused, given names kept, spellings folded.
import { endsName, isCommonArabic, isCommonEnglish, looksLikeVerbOrPhrase, nameSkeleton, transliterateName } from './name-words';
import { normalizeArabic } from '../normalize/normalize-arabic';

const n = (s: string) => normalizeArabic(s);

describe('name words', () => {
  it('refuses verbs and glued prepositions as a first name, but not given names that look like them', () => {
    for (const w of ['يناقش', 'تبحث', 'نرحب', 'بقرار', 'لتعزيز', 'ويستقبل', 'باستقبال']) expect(looksLikeVerbOrPhrase(n(w)), w).toBe(true);
    for (const w of ['يوسف', 'تميم', 'يحيى', 'فيصل', 'بدر', 'وليد']) expect(looksLikeVerbOrPhrase(n(w)), w).toBe(false);
  });

  it('knows the prose words that follow a title', () => {
    for (const w of ['سبل', 'الأوضاع', 'جولة']) expect(isCommonArabic(n(w)), w).toBe(true);
    for (const w of ['Says', 'Urges', 'between']) expect(isCommonEnglish(w), w).toBe(true);
    for (const w of ['Tokayev', 'Khalifa', 'Mohammed']) expect(isCommonEnglish(w), w).toBe(false);
  });

  it('ends a name at a conjunction or an أفعل verb', () => {
    expect(endsName(n('ومستشار'), 'ومستشار')).toBe(true);
    expect(endsName(n('أطلع'), 'أطلع')).toBe(true);
    expect(endsName(n('وليد'), 'وليد')).toBe(false);
  });

  it('folds the spellings of one surname to one skeleton', () => {
    expect(nameSkeleton('عراقتشي')).toBe(nameSkeleton('عراقجي'));
    expect(nameSkeleton('توكايف')).toBe(nameSkeleton('توكاييف'));
    expect(nameSkeleton('Arakchi')).toBe(nameSkeleton('Araghchi'));
    expect(nameSkeleton('Erdoğan')).toBe(nameSkeleton('Erdogan'));
    expect(nameSkeleton('لافروف')).not.toBe(nameSkeleton('ليبرمان'));
  });

  it('spells a discovered Arabic name in Latin letters, known given names as news spells them', () => {
    expect(transliterateName('وليد بن عبدالكريم الخريجي')).toBe('Walid bin Abdul-Krim Al-Khriji');
    expect(transliterateName('ألبير شينغيرو')).toBe('Albir Shinghirou');
    expect(transliterateName('علي العنزي')).toBe('Ali Al-Anzi');
  });
});

describe('words after a title that start no name', () => {
  it('refuses a conjunction or an object-suffixed verb as the first word, and ends a name at «لل…»', () => {
    expect(looksLikeVerbOrPhrase(n('وتمنياته'))).toBe(true);
    expect(isCommonArabic(n('هنأه'))).toBe(true);
    expect(endsName(n('للشعب'), 'للشعب')).toBe(true);
  });
});
