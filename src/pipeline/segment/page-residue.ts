// An article pasted from a news web page brings the page with it: headlines of other stories («اقرأ أيضا», "Related",
// Al Jazeera's "list 1 of 3"), credit lines ("Reporting by …; Editing by …", «بقلم»), share and follow prompts,
// timestamps, archive-photo captions. None of it is the article's report: a related headline would be read as a
// contact on the day of publication and a journalist as a person. Those lines are left out of the analysis; the
// article's text keeps them (the reader shows the page as pasted).
import residueJson from '../lexicon/page-residue.json';
import { normalizeArabic } from '../normalize/normalize-arabic';
import type { SegmentedPassage } from './segment-passages';

/** A headline or a credit is short; a line longer than this is prose, whatever it opens with. */
const MAX_HEADLINE_WORDS = 25;
const MAX_CREDIT_WORDS = 30;
/** A credit label with no colon after it («المصدر وكالات») stands on a line of at most this many words. */
const MAX_LABEL_LINE_WORDS = 4;
/** After a credit label and its colon, a name or two: more is the lead going on («كتبت: هند باسم أجرى …»). */
const MAX_LABELLED_WORDS = 8;
/** Lines of other stories a block may hold before it is taken for the article going on. */
const MAX_BLOCK_LINES = 12;

interface Lexicon {
  /** The words a line of residue can open with (normalised, with and without «ال»): a line opening with none is prose
   *  or a headline, told at once (most lines are), unless it holds one of `anywhere`. */
  firstWords: Set<string>;
  /** The marks a line of residue may hold anywhere (archive captions, credits that end a line, newsletter prompts),
   *  as one pattern over the line as written. */
  anywhere: RegExp;
  related: Set<string>;
  relatedPatterns: RegExp[];
  tagLabels: string[];
  /** The related openers, longest first, for a line that goes on after one ("اقرأ أيضا: …"). */
  relatedList: string[];
  creditOpeners: string[];
  creditLabels: string[];
  bylines: string[];
  trailing: string[];
  chrome: Set<string>;
  chromeList: string[];
  chromeEndings: string[];
  archive: string[];
  /** The words of a journalist's post or outlet, on the line under a byline's name. */
  bylinePosts: string[];
  listItem: RegExp;
  listEnd: RegExp;
}

let lexicon: Lexicon | null = null;

/** Compiled on first use: the app's first screen loads the pipeline's modules but runs none of it. */
function residueLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const keys = (words: string[]) => words.map(lineKey);
  const longestFirst = (words: string[]) => [...new Set(keys(words))].sort((a, b) => b.length - a.length);
  const { relatedOpeners, credits, chrome, archiveMarks, listMarks, bylines, tags } = residueJson;
  const related = [...new Set(longestFirst([...relatedOpeners.ar, ...relatedOpeners.en]).map(withoutArticle))];
  const chromeList = longestFirst([...chrome.ar, ...chrome.en]);
  const creditOpeners = longestFirst(credits.openers);
  const creditLabels = longestFirst(credits.labels);
  const bylineWords = keys(credits.byline);
  const tagLabels = longestFirst(tags.labels).map(withoutArticle);
  const opening = [...related, ...chromeList, ...creditOpeners, ...creditLabels, ...bylineWords, ...tagLabels, ...keys(['list', 'end of list', 'قائمة', 'نهاية القائمة'])];
  const firstWords = new Set([...opening.map(firstWordOfKey), ...relatedOpeners.patterns.openWith].flatMap((w) => [w, withoutArticle(w)]));
  lexicon = {
    firstWords,
    anywhere: new RegExp(keys([...archiveMarks.ar, ...archiveMarks.en, ...credits.trailing, ...chrome.endings]).map(asWritten).join('|'), 'iu'),
    related: new Set(related),
    relatedPatterns: [new RegExp(relatedOpeners.patterns.en, 'u'), new RegExp(relatedOpeners.patterns.ar, 'u')],
    tagLabels,
    relatedList: related,
    creditOpeners,
    creditLabels,
    bylines: bylineWords,
    trailing: keys(credits.trailing),
    chrome: new Set(chromeList),
    chromeList,
    chromeEndings: keys(chrome.endings),
    archive: keys([...archiveMarks.ar, ...archiveMarks.en]),
    bylinePosts: keys([...bylines.ar, ...bylines.en]),
    listItem: new RegExp(listMarks.item, 'u'),
    listEnd: new RegExp(listMarks.end, 'u'),
  };
  return lexicon;
}

/** A line as the lexicon writes it: Arabic letters normalised, Latin in lower case, no end punctuation, one space. */
function lineKey(line: string): string {
  return normalizeArabic(line)
    .toLowerCase()
    .replace(/[\s\u200f\u200e]+/gu, ' ')
    .replace(/^[\s\-–—|:•*»«"'“”]+|[\s\-–—|:.…»«"'“”]+$/gu, '');
}

/** «الموضوعات المتعلقة» as «موضوعات متعلقة»: an Arabic label is written with the article or without. */
const withoutArticle = (key: string) => key.replace(/(^| )ال(?=\p{L}{2})/gu, '$1');

const wordCount = (s: string) => s.split(' ').filter(Boolean).length;
/** Prose ends its sentence; a headline, a caption or a label does not. */
const endsSentence = (line: string) => /[.!؟?]["'»”’)]*\s*$/u.test(line) && !/\.\.\.\s*$|…\s*$/u.test(line);
const SEPARATOR = /^\s*[:：\-–—|]/u;

/** `key` opens with `opener` as whole words; the rest of the key after it, or null. */
function after(key: string, opener: string): string | null {
  if (!key.startsWith(opener)) return null;
  const rest = key.slice(opener.length);
  if (/^[\p{L}\p{N}]/u.test(rest)) return null;
  return rest;
}

type LineKind = 'opener' | 'headline' | 'list-item' | 'list-end' | 'residue' | 'text';

const firstWordOfKey = (key: string) => key.replace(/^\(/u, '').split(/[\s:]/u)[0];
const FIRST_WORD = /^[\s(\-–—|:•*»«"'“”]*([^\s:|(),.\-–—]+)/u;

/** A line that opens with no word of the lexicon and holds none of its marks: prose, or a short line (a headline). */
function plainKind(raw: string): LineKind {
  return !endsSentence(raw) && raw.trim().split(/\s+/u).length <= MAX_HEADLINE_WORDS ? 'headline' : 'text';
}

/** A normalised mark as a pattern over text as written: each letter normalising stands for the letters it folds. */
function asWritten(key: string): string {
  const FOLDS: Record<string, string> = { ا: '[اأإآ]', ه: '[هة]', ي: '[يى]' };
  return [...key].map((c) => FOLDS[c] ?? c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('');
}

function kindOf(raw: string): LineKind {
  const lex = residueLexicon();
  const first = FIRST_WORD.exec(raw);
  if (!first) return 'text';
  const word = normalizeArabic(first[1]).toLowerCase();
  if (!lex.firstWords.has(word) && !lex.firstWords.has(withoutArticle(word)) && !lex.anywhere.test(raw)) return plainKind(raw);
  const key = lineKey(raw);
  if (!key) return 'text';
  const plain = withoutArticle(key);
  if (lex.related.has(plain) || lex.relatedPatterns.some((r) => r.test(plain))) return 'opener';
  if (lex.listItem.test(key)) return 'list-item';
  if (lex.listEnd.test(key)) return 'list-end';
  if (lex.chrome.has(key)) return 'residue';
  const words = wordCount(key);
  // "The Daily Sabah Newsletter", «اشترك في النشرة البريدية»: a short line that ends with the page's prompt.
  if (words <= MAX_LABEL_LINE_WORDS + 2 && lex.chromeEndings.some((e) => key.endsWith(e))) return 'residue';
  // "اقرأ أيضا: بوتين يستقبل …", "READ MORE: …": a headline of another story, on the opener's line.
  for (const opener of lex.relatedList) {
    const rest = after(plain, opener);
    if (rest === null || !rest) continue;
    const separated = SEPARATOR.test(rest);
    if ((separated || opener.includes(' ')) && words <= MAX_HEADLINE_WORDS + 3 && !endsSentence(raw)) return 'residue';
  }
  // "Topics: Iranian nuclear programme; …", «الكلمات الدلالية: ولي العهد | تركيا».
  if (lex.tagLabels.some((label) => SEPARATOR.test(after(plain, label) ?? ''))) return 'residue';
  // "(Reporting by …; Editing by …)", "By Parisa Hafezi", «بقلم: …», «المصدر: وكالات».
  const unbracketed = key.replace(/^\(/u, '');
  const opensWith = (openers: string[], fits: (rest: string) => boolean) =>
    openers.some((opener) => {
      const rest = after(unbracketed, opener);
      return !!rest && fits(rest);
    });
  if (opensWith(lex.creditOpeners, () => words <= MAX_CREDIT_WORDS)) return 'residue';
  if (opensWith(lex.creditLabels, (rest) => (SEPARATOR.test(rest) && wordCount(rest) <= MAX_LABELLED_WORDS) || words <= MAX_LABEL_LINE_WORDS)) return 'residue';
  if (opensWith(lex.bylines, () => isBylineNames(raw))) return 'residue';
  if (words <= MAX_CREDIT_WORDS && lex.trailing.some((t) => key.endsWith(t))) return 'residue';
  // "Published On 12 May 2025", «آخر تحديث: 10:32», "Share 12": a label with its figures.
  for (const label of lex.chromeList) {
    const rest = after(key, label);
    if (rest && /\d/u.test(rest) && wordCount(rest) <= 8 && !endsSentence(raw)) return 'residue';
  }
  // An archive photo's caption with no date of its own tells of no day.
  if (words <= 40 && lex.archive.some((m) => key.includes(m)) && !/\d/u.test(key)) return 'residue';
  return plainKind(raw);
}

/** "By Parisa Hafezi and Elwely Elwelly, Reuters": names (capitalised words) and their joins, nothing else. */
function isBylineNames(raw: string): boolean {
  const rest = raw.trim().replace(/^\(?by\s+/iu, '').replace(/\)?\s*$/u, '');
  const words = rest.split(/[\s,|]+/u).filter(Boolean);
  return words.length > 0 && words.length <= 12 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|in|for|de|al|bin|van|von)$/u.test(w));
}

/** A line of a name alone: two to four words, capitalised in Latin script, with no figure and no punctuation. */
function nameAlone(raw: string): boolean {
  const words = raw.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 4 || /[\d.,:;،؛!?؟()«»"“”|]/u.test(raw)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || !/[A-Za-z]/u.test(w));
}

/** A short line with a journalist's post or outlet ("BBC News, Washington", «مراسل الجزيرة نت - طهران»). */
function postLine(raw: string): boolean {
  const key = ` ${lineKey(raw).replace(/[,،\-–—|]/gu, ' ').replace(/ +/gu, ' ')} `;
  return wordCount(key.trim()) <= 6 && residueLexicon().bylinePosts.some((w) => key.includes(` ${w} `));
}

/** The [start, end) offsets of `text`'s lines (from `bodyStart`) that are the page's, not the article's. */
export function pageResidueLines(text: string, bodyStart = 0): [number, number][] {
  const ranges: [number, number][] = [];
  const lines = [...text.slice(bodyStart).matchAll(/[^\n]+/g)]
    .filter((line) => line[0].trim())
    .map((line) => ({ raw: line[0], range: [bodyStart + line.index, bodyStart + line.index + line[0].length] as [number, number] }));
  // Inside a block of other stories (after «اقرأ أيضا» or "Recommended Stories"): how many lines it has held.
  let block = -1;
  for (let i = 0; i < lines.length; i++) {
    const { raw, range } = lines[i];
    const kind = kindOf(raw);
    if (kind === 'opener' || kind === 'list-item') {
      ranges.push(range);
      block = 0;
    } else if (kind === 'list-end') {
      ranges.push(range);
      block = -1;
    } else if (kind === 'residue') ranges.push(range);
    else if (kind === 'headline' && block >= 0 && block < MAX_BLOCK_LINES) {
      ranges.push(range);
      block++;
    } else if (kind === 'headline' && i + 1 < lines.length && nameAlone(raw) && postLine(lines[i + 1].raw)) {
      ranges.push(range, lines[++i].range);
      block = -1;
    } else block = -1;
  }
  return ranges;
}

let agencyAtEnd: RegExp | null = null;
/** Longer than this, a passage is prose (read first: most passages are). */
const MAX_CREDIT_LENGTH = 120;
/** A word of a photo credit's chain that is not capitalised: "Courtesy of …", "… via REUTERS". */
const CREDIT_JOINS = new Set(['of', 'via', 'de', 'al', 'bin', 'and']);

/**
 * A caption's credit, told after its last sentence: "REUTERS/Maxim Shemetov/Pool/File Photo", "Sputnik/Gavriil
 * Grigorov/Kremlin via REUTERS", "© Adem Altan, AFP", "Ahmad Gharabli, AFP". Its photographer is no person of the
 * story, and their surname may be a registry person's ("Altan").
 */
export function isPhotoCredit(passage: string): boolean {
  const text = passage.trim();
  if (text.length > MAX_CREDIT_LENGTH || /[.!?؟]$/u.test(text)) return false;
  const words = text.split(/[\s/,]+/u).filter(Boolean);
  if (words.length > 12) return false;
  if (text.startsWith('©')) return true;
  const chained = text.includes('/') && words.every((w) => /^\p{Lu}/u.test(w) || CREDIT_JOINS.has(w));
  agencyAtEnd ??= new RegExp(`^(?:\\p{Lu}\\S*\\s+){1,3}?\\p{Lu}\\S*,\\s*(?:${residueJson.photoAgencies.names.join('|')})$`, 'u');
  return chained || (words.length <= 6 && agencyAtEnd.test(text));
}

/** The passages that are the article's: those on a line of the page's residue, and captions' credits, are left out. */
export function dropPageResidue<T extends SegmentedPassage>(passages: T[], text: string, bodyStart = 0): T[] {
  const residue = pageResidueLines(text, bodyStart);
  return passages.filter((p) => !coveredBy(residue, text, p.start, p.end) && !isPhotoCredit(p.text));
}

/** Whether the lines `ranges` (in order) hold all of [start, end): one line, or the lines of a hard-wrapped paragraph. */
function coveredBy(ranges: [number, number][], text: string, start: number, end: number): boolean {
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at) continue;
    if (s > at) return false;
    if (e >= end) return true;
    at = e;
    while (at < end && /\s/.test(text[at])) at++;
    if (at >= end) return true;
  }
  return false;
}
