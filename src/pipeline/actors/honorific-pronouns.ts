// «سموه», «جلالته», «معاليه»: pronouns of rank. Gulf and Omani outlets style the person a report is about once
// («استقبل صاحب السمو الشيخ محمد بن زايد …») and then write «سموه» for that person, even with other people
// named in between; the pronoun stands for the first person the article styled with that rank (not a crown prince
// the emir received), unless its own passage styled another before it («كما استقبل سمو ولي العهد …، وأقام سموه …»).
import { normalizeArabic, type PreparedText } from '../normalize/normalize-arabic';
import type { RoleTitles } from './registry-schema';

export interface HonorificGroup {
  /** Normalised pronouns («سموه», «سموها»). */
  pronouns: Set<string>;
  /** Normalised styles that introduce the person («صاحب السمو», «سمو»), as word lists. */
  styles: string[][];
  /** Normalised words that may stand between a style and the name: ranks and titles («الأمير», «الرئيس»). */
  between: Set<string>;
}

/** The pronouns of rank of the titles, compiled once: their groups, and every written form («بسموه») → its group. */
export interface HonorificPronouns {
  groups: HonorificGroup[];
  /** A pronoun as written with the particles glued before it → its group and the particles' length. */
  forms: Map<string, { group: HonorificGroup; clitic: number }>;
  /** English pronouns of rank of several words ("his majesty", "his royal highness"), lower case → group. */
  phrases: Map<string, HonorificGroup>;
}

/** Particles glued before a pronoun of rank: «و», «ف», «ب», «ل» and two of them («وب», «ول»). */
const PARTICLES = ['', 'و', 'ف', 'ب', 'ل', 'وب', 'ول', 'فب', 'فل'];

/** The pronouns of `titles`; `titleWords` are the normalised words of role titles. */
export function honorificPronouns(titles: RoleTitles, titleWords: Set<string>): HonorificPronouns {
  const ranks = [...titles.honorifics.ar, ...titles.honorifics.en].map((h) => normalizeArabic(h).toLowerCase()).filter((h) => !/\s/.test(h));
  const between = new Set([...ranks, ...[...titleWords].map((w) => w.toLowerCase())]);
  const groups = (titles.honorificPronouns ?? []).map((g) => ({
    pronouns: new Set(g.pronouns.filter((p) => !/\s/.test(p)).map(normalizeArabic)),
    styles: g.styles.map((s) => normalizeArabic(s).toLowerCase().split(' ')),
    between,
  }));
  const forms = new Map<string, { group: HonorificGroup; clitic: number }>();
  for (const group of groups) for (const p of group.pronouns) for (const particles of PARTICLES) forms.set(particles + p, { group, clitic: particles.length });
  const phrases = new Map<string, HonorificGroup>();
  (titles.honorificPronouns ?? []).forEach((g, i) => {
    for (const p of g.pronouns) if (/\s/.test(p)) phrases.set(p.toLowerCase(), groups[i]);
  });
  return { groups, forms, phrases };
}

/** Most words of an English pronoun of rank ("his royal highness"). */
const MOST_PHRASE_WORDS = 3;

type Span = { actorId: string; start: number; end: number };

/** How far before a mention its style may stand («صاحب السمو الملكي الأمير » before the name), in characters. */
const STYLE_REACH = 48;
/** Most ranks and title words between a style and the mention («فخامة الرئيس شي»). */
const MOST_BETWEEN = 3;

/** One article's styled persons, passage by passage: who each pronoun of rank stands for. */
export class HonorificAntecedents {
  /** Per group, the last person styled in the passage being read: whom a pronoun after it in the passage stands for. */
  private readonly styledHere = new Map<HonorificGroup, string>();
  /** Per group, the first person the article styled: the one the report is about, whom a pronoun in a passage that
   *  styled nobody before it stands for («… سمو ولي العهد الشيخ صباح. كما استقبل سموه …»: the emir styled first). */
  private readonly first = new Map<HonorificGroup, string>();

  constructor(private readonly pronouns: HonorificPronouns) {}

  /**
   * The passage's pronouns of rank as mentions of the persons they stand for, given the passage's other mentions
   * (in order): a person styled earlier in the passage counts for a pronoun after it.
   */
  resolve(passage: PreparedText, mentions: readonly Span[]): Span[] {
    if (this.pronouns.groups.length === 0) return [];
    const { original, norm, tokens, words } = passage;
    const found: Span[] = [];
    this.styledHere.clear();
    let next = 0;
    for (let i = 0; i < tokens.length; i++) {
      const at = norm.origin[tokens[i].start];
      for (; next < mentions.length && mentions[next].start < at; next++) this.note(original, mentions[next]);
      const pronoun = this.pronouns.forms.get(words[i]);
      const actorId = pronoun && (this.styledHere.get(pronoun.group) ?? this.first.get(pronoun.group));
      if (actorId) found.push({ actorId, start: norm.origin[tokens[i].start + pronoun.clitic], end: norm.origin[tokens[i].end - 1] + 1 });
      else if (this.pronouns.phrases.size && /^(?:his|her)$/i.test(words[i])) {
        const phrase = this.phraseAt(original, norm, tokens, words, i);
        if (phrase) {
          found.push(phrase.span);
          i = phrase.last;
        }
      }
    }
    for (; next < mentions.length; next++) this.note(original, mentions[next]);
    return found;
  }

  /**
   * "His Majesty held talks with …", "His Highness received …": an English pronoun of rank at token `i`, the person
   * it stands for and its last token. Not a style before a name or title ("His Majesty King Abdullah II"): a
   * capitalised word right after it.
   */
  private phraseAt(original: string, norm: PreparedText['norm'], tokens: PreparedText['tokens'], words: string[], i: number): { span: Span; last: number } | null {
    for (let n = MOST_PHRASE_WORDS; n >= 2; n--) {
      if (i + n > words.length) continue;
      const group = this.pronouns.phrases.get(words.slice(i, i + n).join(' ').toLowerCase());
      if (!group) continue;
      const end = norm.origin[tokens[i + n - 1].end - 1] + 1;
      if (/^\s+\p{Lu}/u.test(original.slice(end, end + 3))) return null;
      const actorId = this.styledHere.get(group) ?? this.first.get(group);
      return actorId ? { span: { actorId, start: norm.origin[tokens[i].start], end }, last: i + n - 1 } : null;
    }
    return null;
  }

  private note(text: string, m: Span): void {
    const before = normalizeArabic(text.slice(Math.max(0, m.start - STYLE_REACH), m.start)).toLowerCase().split(/\s+/).filter(Boolean);
    for (const g of this.pronouns.groups) {
      const style = styleStart(before, g);
      // «رسالة موجهة إلى صاحب السمو أمير البلاد»: the one a message is addressed to is not whom the report is about.
      if (style < 0 || ADDRESSED.has(before[style - 1])) continue;
      this.styledHere.set(g, m.actorId);
      if (!this.first.has(g)) this.first.set(g, m.actorId);
    }
  }
}

/** «وفخامة إيمانويل ماكرون», «بصاحب السمو»: a style's first word with a particle glued before it (not «ل», which
 *  addresses: «برقية لفخامة الرئيس»). */
const glued = (word: string, styleWord: string) => word.length > styleWord.length && word.endsWith(styleWord) && STYLE_PARTICLES.includes(word.slice(0, word.length - styleWord.length));
const STYLE_PARTICLES = ['و', 'ف', 'ب', 'وب', 'فب'];

/** Prepositions (normalised) before a style that make the styled person an addressee. */
const ADDRESSED = new Set(['الي']);

/** Where the group's style begins in the words before a mention (ranks and titles aside), or -1. */
function styleStart(words: string[], g: HonorificGroup): number {
  for (let skip = 0; skip <= MOST_BETWEEN && skip <= words.length; skip++) {
    if (skip > 0 && !g.between.has(words[words.length - skip])) return -1;
    const end = words.length - skip;
    // The longest style that ends there («حضرة صاحب السمو», not «صاحب السمو» within it).
    const style = g.styles.filter((s) => s.length <= end && s.every((w, i) => words[end - s.length + i] === w || (i === 0 && glued(words[end - s.length], w)))).sort((a, b) => b.length - a.length)[0];
    if (style) return end - style.length;
  }
  return -1;
}
