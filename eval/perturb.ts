// The same articles as real pages and keyboards write them: digits, letters, spaces and line ends that outlets,
// web pages and pasted text vary without changing a word of the report. `npm run eval -- --perturb all` scores the
// gold articles so rewritten; a figure that falls below the clean one is a spelling the pipeline does not read yet.
// Most rewritings keep the text's length and each character's place (one character for one), so the gold's forms and
// the dataset's offsets are scored against the clean text as they are. Those that add marks to words rewrite each
// word alone, the same wherever it stands: the gold's forms are rewritten with the text. Those that add lines (a
// headline, bullets) or marks between words (direction marks) leave every word as it was: the gold is scored against
// the rewritten text. Tatweel inside words is taken out as the article is decoded: scored against the clean text.
import type { Gold } from './score';

export interface Perturbation {
  /** What it does, as the report prints it. */
  label: string;
  /** The languages whose articles it applies to (others are scored clean). */
  languages: readonly Gold['language'][];
  /** The article rewritten (`title`: its headline, as the gold gives it). */
  apply(text: string, title: string | null): string;
  /** How its gold is scored: each character in its place (against the clean text: the default), its words
   *  rewritten one at a time (its forms rewritten the same way), lines added (its forms as they are), or against
   *  the clean text when what it adds is taken out as the article is decoded (decode-article.ts). */
  scoring?: 'in place' | 'words rewritten' | 'lines added' | 'taken out when read';
}

const ARABIC_WORD = /[\u0621-\u064a]+/g;
/** Words news writes in the accusative, which outlets that vowel their text write with tanween («اتصالاً هاتفياً»). */
const TANWEEN_WORDS = new Set('اتصالا هاتفيا مؤخرا أيضا غدا رسميا حاليا سابقا لاحقا مجددا وفدا اجتماعا لقاء بيانا خطابا تقريرا مؤتمرا صباحا مساء ظهرا عصرا يوما شهرا عاما جديدا ثنائيا مغلقا موسعا مشتركا هاما مهما'.split(' '));
/** Verbs of news that outlets write with their shadda («أكّد», «وقّع», «رحّب»): the shadda after the second letter. */
const SHADDA_WORDS = new Set('أكد وقع رحب سلم ثمن حمل قدم بحث جدد عبر شدد نوه وجه هنأ عزى تم'.split(' '));
/** The words of English titles that outlets also write in lower case. */
const TITLE_WORDS_EN = /\b(?:President|Prime|Minister|Foreign|Defen[cs]e|Secretary|Crown|Prince|King|Emir|Sheikh|Vice|Deputy|Chancellor|Premier|Speaker|Envoy|Special|National|Security|Adviser|Advisor|Spokesman|Spokeswoman|State|Interior|General|Chief|Staff|Affairs|Director|Ambassador)\b/g;
const withShadda = (word: string) => `${word.slice(0, 2)}\u0651${word.slice(2)}`;

const EASTERN_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** A stable choice per word, so that a rewriting that takes some words takes the same ones each run. */
function chosen(word: string, salt: number): boolean {
  let h = salt;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return (h & 1) === 1;
}

/** `text` with the letters `from` → `to` (same length) at the word ends only. */
const atWordEnd = (text: string, from: string, to: string) => text.replace(new RegExp(`${from}(?![\\p{L}\\p{M}])`, 'gu'), to);

/** Lines broken at the last space before `width` characters (a paragraph's lines, as text pasted from a PDF or an
 *  e-mail comes), blank lines between paragraphs kept. */
function wrapped(text: string, width: number): string {
  const out = [...text];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
    } else if (out[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      out[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return out.join('');
}

export const PERTURBATIONS: Record<string, Perturbation> = {
  'eastern-digits': {
    label: 'Eastern Arabic digits (٢٠٢٥)',
    languages: ['ar'],
    apply: (text) => text.replace(/[0-9]/g, (d) => EASTERN_DIGITS[Number(d)]),
  },
  'persian-digits': {
    label: 'Persian digits (۲۰۲۵)',
    languages: ['ar'],
    apply: (text) => text.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]),
  },
  'persian-letters': {
    label: 'Persian ی and ک for ي and ك',
    languages: ['ar'],
    apply: (text) => text.replace(/[يك]/g, (c) => (c === 'ي' ? 'ی' : 'ک')),
  },
  'bare-alef': {
    label: 'hamza left off the alef (احمد, الى)',
    languages: ['ar'],
    apply: (text) => text.replace(/[أإآ]/g, 'ا'),
  },
  'final-ya-as-alef': {
    label: 'final ي written ى (Egyptian outlets: السيسى, فى)',
    languages: ['ar'],
    apply: (text) => atWordEnd(text, 'ي', 'ى'),
  },
  'final-ta-as-ha': {
    label: 'final ة written ه',
    languages: ['ar'],
    apply: (text) => atWordEnd(text, 'ة', 'ه'),
  },
  'comma-glued': {
    label: 'comma typed before its space («التقى ،مع»)',
    languages: ['ar'],
    apply: (text) => text.replace(/([،,]) (?=\S)/g, ' $1'),
  },
  'latin-commas': {
    label: 'Latin commas and semicolons in Arabic (, ;)',
    languages: ['ar'],
    apply: (text) => text.replace(/،/g, ',').replace(/؛/g, ';'),
  },
  'straight-quotes': {
    label: 'straight quotes for «» in Arabic',
    languages: ['ar'],
    apply: (text) => text.replace(/[«»]/g, '"'),
  },
  dashes: {
    label: 'en and em dashes for hyphens between words (datelines)',
    languages: ['ar', 'en'],
    apply: (text) => text.replace(/ - /g, (_dash, at: number) => (at % 2 ? ' – ' : ' — ')),
  },
  'no-break-spaces': {
    label: 'no-break spaces (web pages) between some words',
    languages: ['ar', 'en'],
    apply: (text) => text.replace(/ (?=(\S+))/g, (space, next: string) => (chosen(next, 7) ? '\u00a0' : space)),
  },
  'wrapped-lines': {
    label: 'paragraphs broken into lines of ~70 characters',
    languages: ['ar', 'en'],
    apply: (text) => wrapped(text, 70),
  },
  tanween: {
    label: 'tanween on accusative words (اتصالاً هاتفياً)',
    languages: ['ar'],
    scoring: 'words rewritten',
    apply: (text) => text.replace(ARABIC_WORD, (w) => (TANWEEN_WORDS.has(w) ? `${w}\u064b` : w)),
  },
  shadda: {
    label: 'shadda on verbs (أكّد، وقّع، تمّ)',
    languages: ['ar'],
    scoring: 'words rewritten',
    // (With «و» or «ف» before it, the shadda goes after the verb's own second letter: «وأكّد».)
    apply: (text) => text.replace(ARABIC_WORD, (w) => (SHADDA_WORDS.has(w) ? withShadda(w) : /^[وف]/.test(w) && SHADDA_WORDS.has(w.slice(1)) ? w[0] + withShadda(w.slice(1)) : w)),
  },
  'lower-case-titles': {
    label: 'titles in lower case (foreign minister Hakan Fidan)',
    languages: ['en'],
    apply: (text) => text.replace(TITLE_WORDS_EN, (word) => word.toLowerCase()),
  },
  'us-without-dots': {
    label: 'US, UK and UN without their dots (U.S. → US)',
    languages: ['en'],
    scoring: 'words rewritten',
    apply: (text) => text.replace(/\bU\.([SKN])\./g, 'U$1'),
  },
  'with-headline': {
    label: 'the headline pasted over the article',
    languages: ['ar', 'en'],
    scoring: 'lines added',
    apply: (text, title) => (title ? `${title}\n\n${text}` : text),
  },
  'bulleted-paragraphs': {
    label: 'paragraphs after the first as bullets (• )',
    languages: ['ar', 'en'],
    scoring: 'lines added',
    apply: (text) => text.replace(/\n\n(?=\S)/g, '\n\n• '),
  },
  'one-newline-paragraphs': {
    label: 'paragraphs separated by one line break, not a blank line',
    languages: ['ar', 'en'],
    // One character for one: the blank line's second break becomes a space at the next paragraph's start.
    apply: (text) => text.replace(/\n\n(?=\S)/g, '\n '),
  },
  'direction-marks': {
    label: 'right-to-left marks (web pages) after commas and around figures',
    languages: ['ar'],
    scoring: 'lines added',
    apply: (text) => text.replace(/،/g, '،\u200f').replace(/[0-9]+/g, (n) => `\u200f${n}\u200f`),
  },
  tatweel: {
    label: 'tatweel stretching some words (الرئيـس، الخارجيـة)',
    languages: ['ar'],
    scoring: 'taken out when read',
    apply: (text) => text.replace(ARABIC_WORD, (w) => (w.length >= 5 && chosen(w, 3) && /[بتثجحخسشصضطظعغفقكلمنهي]/.test(w[w.length - 2]) ? `${w.slice(0, -1)}\u0640${w.slice(-1)}` : w)),
  },
  'page-furniture': {
    label: 'a page pasted whole: headline, byline, time stamp, share line, related headlines',
    languages: ['ar', 'en'],
    scoring: 'lines added',
    apply: (text, title) => {
      const arabic = /[\u0621-\u064a]/.test(text.slice(0, 200));
      const head = arabic ? ['بقلم: محرر الشؤون الدولية', 'آخر تحديث: 10:45 ص', 'شارك المقال'] : ['By Staff Reporter', 'Updated 10:45 AM GMT', 'Share this article'];
      const tail = arabic ? ['اقرأ أيضا', 'ارتفاع أسعار النفط في الأسواق العالمية', 'الطقس: أجواء حارة في معظم المناطق'] : ['Read more', 'Oil prices climb as markets reopen', 'Weather: heatwave grips the region'];
      return [...(title ? [title] : []), ...head, text, ...tail].join('\n\n');
    },
  },
  'headline-over-lines': {
    label: 'the headline over an article written a paragraph a line (one line break)',
    languages: ['ar', 'en'],
    scoring: 'lines added',
    apply: (text, title) => (title ? `${title}\n${text.replace(/\n\n(?=\S)/g, '\n')}` : text),
  },
  'typographic-quotes': {
    label: 'curly quotes and apostrophes, en dashes',
    languages: ['en'],
    apply: (text) =>
      text
        .replace(/(^|[\s(])"/gm, '$1“')
        .replace(/"/g, '”')
        .replace(/'/g, '’')
        .replace(/ - /g, ' – '),
  },
};
