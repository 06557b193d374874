// What a word can be in a person's name: the knowledge discovery uses to tell «قاسم جومارت توكاييف» from
// «يبحث سبل التعاون». Arabic: curated given names (positive) and common news words (negative), with the
// present-tense verb shape refused as a first name; English: compromise's lexicon of common words and names.
import nlp from 'compromise/two';
import commonWordsJson from '../lexicon/common-words.json';
import eventLexiconJson from '../lexicon/event-lexicon.json';
import givenNamesJson from '../lexicon/given-names.json';
import placesJson from '../lexicon/places.json';
import { arabicPhrases } from '../lexicon/arabic-phrases';
import stopwordsJson from '../lexicon/name-stopwords.json';
import { normalizeArabic } from '../normalize/normalize-arabic';

const norm = (s: string) => normalizeArabic(s).trim();

/** Normalised Arabic given name (one or more words) → its Latin spelling. */
export const GIVEN_NAMES = new Map(givenNamesJson.names.map((n) => [norm(n.ar), n.en]));
const GIVEN_FIRST_WORDS = new Set([...GIVEN_NAMES.keys()].map((k) => k.split(' ')[0]));
/** The same given names as English news writes them ("Sultan", "Khalid"): compromise's lexicon lacks many. */
const GIVEN_FIRST_WORDS_EN = new Set(givenNamesJson.names.map((n) => n.en.split(' ')[0].toLowerCase()));
// Every word of the event lexicon (triggers, markers) is prose too: «باستقبال», «جولة», «وترأسا».
const lexiconWords = arabicPhrases(eventLexiconJson);
const COMMON_AR = new Set([...commonWordsJson.ar, ...stopwordsJson.ar, ...lexiconWords.flatMap((w) => w.split(/\s+/))].map(norm));
const STOP_EN = new Set(stopwordsJson.en.map((w) => w.toLowerCase()));

/** Words that join the parts of a name: «محمد بن سلمان آل سعود», «أبو مازن», «عبد الله», "bin", "Al". */
export const NAME_CONNECTORS = new Set(['بن', 'ابن', 'بنت', 'ولد', 'ال', 'ابو', 'ابي', 'عبد', 'bin', 'bint', 'ibn', 'al', 'el', 'abu', 'abd', 'ben', 'de', 'da', 'van', 'von', 'der', 'bou']);

// compromise's lexicon: word → tags. A word it knows that is not tagged as a name is a common word.
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'ProperNoun', 'Honorific']);

/** Whether an English word (any case) is a common word rather than a possible part of a name. */
export function isCommonEnglish(word: string): boolean {
  const w = word.toLowerCase();
  if (STOP_EN.has(w)) return true;
  const tags = LEXICON[w];
  if (!tags) return false;
  return !(Array.isArray(tags) ? tags : [tags]).some((t) => NAME_TAGS.has(t));
}

export function isGivenNameEnglish(word: string): boolean {
  const w = word.toLowerCase();
  if (GIVEN_FIRST_WORDS_EN.has(w)) return true;
  const tags = LEXICON[w];
  return !!tags && (Array.isArray(tags) ? tags : [tags]).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
}

/** Whether a normalised Arabic word is a common word of news prose (never a name's first word). */
export const isCommonArabic = (normalized: string) => COMMON_AR.has(normalized);
export const isGivenNameArabic = (normalized: string) => GIVEN_FIRST_WORDS.has(normalized);

/**
 * A word of prose with something glued on: a preposition before it («بمقر», «لدعم») or a pronoun after it
 * («انطلاقها», «زيارتهم»). No part of a name, wherever it stands, unless it is a known given name.
 */
export function isGluedProse(normalized: string): boolean {
  if (GIVEN_FIRST_WORDS.has(normalized)) return false;
  const bare = normalized.replace(/(?:ها|هما|هم)$/u, '');
  if (bare !== normalized && bare.length >= 3 && COMMON_AR.has(bare)) return true;
  return /^[بلكف][\p{L}]{2,}$/u.test(normalized) && (COMMON_AR.has(normalized.slice(1)) || COMMON_AR.has(bare.slice(1)));
}

/**
 * The shape of a present- or past-tense verb with a person prefix («يبحث», «تناولت», «نرحب») or an object suffix
 * («قادته»), or a preposition glued to a noun («بقرار», «لتعزيز»): refused as a name's first word unless it is a
 * known given name.
 */
export function looksLikeVerbOrPhrase(normalized: string): boolean {
  if (GIVEN_FIRST_WORDS.has(normalized)) return false;
  // A name right after a title does not begin with «و» (and): «السلطان وتمنياته للشعب».
  if (normalized.startsWith('و')) return true;
  if (/^[يتن][\p{L}]{3,5}$/u.test(normalized)) return true;
  // A conjunction or preposition glued to a word: «وترأسا», «بما», «لتعزيز».
  if (/^[بلكفو][\p{L}]{2,}$/u.test(normalized)) {
    const rest = normalized.slice(1);
    // «بإعادة», «بانتخابه»: the word after the preposition, with or without a pronoun on it, is prose.
    if (COMMON_AR.has(rest) || COMMON_AR.has(rest.replace(/(?:ه|ها|هم|هما)$/u, '')) || /^ال/.test(rest) || (normalized[0] === 'و' && /^[يتن][\p{L}]{3,5}$/u.test(rest))) return true;
  }
  // A past-tense verb with its object («قادته», «رافقته», «استقبلتها»): «… وزير الخارجية قادته إلى دمشق».
  if (/^[\p{L}]{3,6}(?:ته|تها|تهم|تهما)$/u.test(normalized)) return true;
  return /^[\p{L}]{3,}(?:ات|ون|ين)$/u.test(normalized);
}

/** The one-word places of the gazetteer («القاهرة», «الرياض», «مصر»), normalised. */
const PLACE_WORDS = new Set(placesJson.places.flatMap((p) => p.ar.filter((w) => !w.includes(' ')).map(norm)));

/** The gazetteer's English place names as lower-case words ("abu dhabi", "port sudan"). */
const PLACES_EN = placesJson.places.map((p) => p.en.toLowerCase().split(/[\s-]+/));

/** Whether English name words open with a place ("Abu Dhabi Sustainability Week", "Port Sudan"): no person's name. */
export const opensWithPlace = (words: string[]): boolean => PLACES_EN.some((place) => place.every((w, i) => words[i] === w));

/**
 * A word that ends a name when it follows one: a conjunction glued to a word («ومستشار», «والوفد»), a place («زار
 * الشيخ مشعل القاهرة»), a definite plural («الاجتماعات») or a past-tense verb of the أفعل form («أطلع», «أكد») that
 * is no given name.
 */
export function endsName(normalized: string, written: string): boolean {
  if (GIVEN_FIRST_WORDS.has(normalized)) return false;
  if (PLACE_WORDS.has(normalized)) return true;
  if (/^و[\p{L}]{2,}$/u.test(normalized)) return true;
  // A preposition glued to the article: «للشعب», «بالعلاقات».
  if (/^(?:لل|بال|كال|فال)/.test(normalized)) return true;
  // A definite plural of four letters or more before its «ات»: «يعرب القضاة الاجتماعات التحضيرية», «… المفاوضات».
  // (Not «الزيات», «البركات»: family names.)
  if (/^ال[\p{L}]{4,}ات$/u.test(normalized)) return true;
  return /^[أإ][\p{L}]{3}$/u.test(written);
}

// Letters that transliterations of one sound swap («غ/ج/ق/ك» for g, «تش/چ/ج» for ch): one class each.
const AR_FOLD: [RegExp, string][] = [
  [/تش/g, 'ج'],
  [/[قغك]/g, 'ك'],
  [/[ثسص]/g, 'س'],
  [/[ذزظض]/g, 'ز'],
  [/[طت]/g, 'ت'],
  [/[حه]/g, 'ه'],
  [/[ءئؤ]/g, ''],
];
const EN_FOLD: [RegExp, string][] = [
  [/ch|tch|tsch/g, 'j'],
  [/kh|gh|q|c|g/g, 'k'],
  [/sh|zh|ş|ž|š/g, 's'],
  [/ph|v|w/g, 'f'],
  [/z/g, 's'],
  [/dj|dzh/g, 'j'],
];

/**
 * A spelling-neutral key of a name word: letters of one sound folded, vowels after the first letter dropped,
 * doubled letters collapsed. «عراقتشي», «عراقجي» and «عراقچی» share it; so do "Araghchi" and "Arakchi".
 */
export function nameSkeleton(word: string): string {
  let w = normalizeArabic(word).toLowerCase();
  if (/[a-z]/.test(w)) {
    w = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const [re, to] of EN_FOLD) w = w.replace(re, to);
    w = w[0] + w.slice(1).replace(/[aeiouy'-]/g, '');
  } else {
    for (const [re, to] of AR_FOLD) w = w.replace(re, to);
    w = w[0] + w.slice(1).replace(/[اوي]/g, '');
  }
  return w.replace(/(.)\1+/g, '$1');
}

const AR_LATIN: Record<string, string> = {
  ا: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's',
  ض: 'd', ط: 't', ظ: 'z', ع: "'", غ: 'gh', ف: 'f', ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', و: 'w', ي: 'y',
  ء: "'", ئ: "'", ؤ: "'", پ: 'p', چ: 'ch', ژ: 'zh', گ: 'g', ڤ: 'v',
};
const CONNECTOR_LATIN: Record<string, string> = { بن: 'bin', ابن: 'ibn', بنت: 'bint', ولد: 'Ould', ال: 'Al', ابو: 'Abu', ابي: 'Abi', عبد: 'Abdul' };

/**
 * A Latin spelling of an Arabic-script name for the English interface: known given names as news spells them,
 * other words letter by letter (a reading aid, marked as transliterated where shown).
 */
export function transliterateName(arabic: string): string {
  const written = arabic.split(/\s+/).filter(Boolean);
  const words = written.map((w) => normalizeArabic(w));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? GIVEN_NAMES.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (two) {
      out.push(two);
      i++;
      continue;
    }
    const known = GIVEN_NAMES.get(words[i]) ?? CONNECTOR_LATIN[words[i]];
    // The article is «ال» as written: «ألبير» (hamza) is a name that merely begins with those letters.
    out.push(known ?? capitalize(lettersOf(words[i], /^ال/.test(written[i]))));
  }
  return out.join(' ');
}

function lettersOf(word: string, article: boolean): string {
  // «عبدالكريم» written as one word: Abdul-Karim.
  const compound = /^عبد(?:ال)?(.{2,})$/.exec(word);
  if (compound) return `abdul-${lettersOf(compound[1], false)}`;
  const body = article && word.length > 3 ? word.slice(2) : word;
  let s = article && word.length > 3 ? 'al-' : '';
  for (const [i, ch] of [...body].entries()) {
    if (ch === 'ع' && i === 0) s += 'a';
    else if (ch === 'ة') s += 'a';
    else if (ch === 'ى') s += 'a';
    else if (ch === 'و' && i > 0) s += 'ou';
    else if (ch === 'ي' && i > 0) s += 'i';
    else if (ch === 'ا' && i > 0) s += 'a';
    else s += AR_LATIN[ch] ?? ch;
  }
  return s.replace(/^'/, 'a');
}

const capitalize = (s: string) => s.replace(/(^|-)(\p{L})/gu, (_, dash: string, c: string) => dash + c.toUpperCase());
