// Finds the actors a passage names: by name, by a title resolved on the article's date, by «نظيره …»,
// and persons not in the registry from title-plus-name patterns.
import type { MentionVia } from '../../schema/dataset';
import residueJson from '../lexicon/page-residue.json';
import { normalizeArabic, originalEnd, prepareText, type NormalizedText, type PreparedText } from '../normalize/normalize-arabic';
import { formerHolderOn, holderOn, MIN_SKELETON, rolesOn, type ActorIndex, type PhraseValue } from './actor-index';
import type { RegistryActor } from './registry-schema';
import {
  endsName,
  isCommonArabic,
  isCommonEnglish,
  isGivenNameArabic,
  isGivenNameEnglish,
  isGluedProse,
  opensWithPlace,
  looksLikeVerbOrPhrase,
  NAME_CONNECTORS,
  nameSkeleton,
  transliterateName,
} from './name-words';
import { dualTitles } from './dual-titles';
import royalStylesJson from './royal-styles.json';
import { longestMatchAt, matchesAt, type TrieMatch } from './phrase-trie';

export interface FoundMention {
  /** null for a discovered person, identified by `discovered.key`. */
  actorId: string | null;
  start: number;
  end: number;
  via: MentionVia;
  discovered?: Discovered;
  /** The office a title alone named its holder by, on the publication day: a contact told of another day may have had
   *  another holder (holders-on-their-day.ts). */
  office?: TitleOffice;
}

/** An office of one country, as a title names it. */
export interface TitleOffice {
  role: string;
  country: string;
}

/** A person the registry does not know: their name as written, a Latin spelling when written in Arabic, the title's role. */
export interface Discovered {
  key: string;
  name: string;
  /** The name in Latin letters: as written for an English text, transliterated for an Arabic one. */
  latin: string;
  language: 'ar' | 'en';
  role: { role: string; country: string | null };
}

/** What the article has said before this passage, for references that lean on it. */
export interface ArticleContext {
  /**
   * The countries of the office-holders named so far, in order of first mention: a bare «وزير الخارجية» is the
   * first one's (the country the article reports from), "the Amir" the first whose office it is.
   */
  homes: string[];
  /** The country of the place the dateline gives, where a guest ("the visiting minister", «الضيف») is from elsewhere. */
  visited?: string | null;
  /** The registry actors named so far: «الشيخ خالد», "Sheikh Khaled" is the one of them with that first name. */
  seen: string[];
  /** Persons the registry does not know, named so far: their id → how they were found («هاميش فالكونر», its title). */
  discovered?: ReadonlyMap<string, Discovered>;
  /** How often each person has been named so far: "the French leader" is the head the article is about. */
  times?: ReadonlyMap<string, number>;
}
const NO_CONTEXT: ArticleContext = { homes: [], seen: [] };

/** Between a name and a title about that name: a comma ("Waltz, the national security adviser"). */
const APPOSITION_GAP = /^\s*[,،]\s*(?:the\s+)?$/i;
/** Words that make the title before them or the office after them a past one («السابق», «آنذاك»: "then"). */
const FORMER_AFTER = new Set(['السابق', 'السابقه', 'الاسبق', 'الاسبقه', 'السابقين', 'الراحل', 'الراحله', 'المخلوع', 'المعزول', 'الاسبقين', 'انذاك', 'حينذاك', 'حينها', 'وقتها', 'وقتذاك']);
const FORMER_BEFORE = new Set(['former', 'ex', 'then', 'late', 'ousted', 'deposed']);
/** «بالإنابة», «المكلف»: an acting holder (normalised). */
const ACTING_AFTER = new Set(['بالانابه', 'بالوكاله', 'المكلف', 'المكلفه', 'المؤقت', 'الموقت']);
/** «الرئيس الأمريكي المنتخب دونالد ترامب»: one elected to the office, not its holder yet (normalised). */
const ELECT_AFTER = new Set(['المنتخب', 'المنتخبه']);
/** What stands between a name and its apposed title: spaces, a comma. */
const APPOSED = /^[\s,،]*$/;
/** «…، السيد سيرجيو ماتاريلا، …»: a name between commas, an honorific at most before it. */
const SET_OFF_BEFORE = /[,،]\s*(?:\p{L}+\.?\s+)?$/u;
const closedApposition = (text: string, name: { start: number; end: number }, next: number) =>
  /[,،]/.test(text.slice(name.end, next)) && SET_OFF_BEFORE.test(text.slice(Math.max(0, name.start - 16), name.start));
/** Military ranks (normalised): before a given name, a person the registry may not know. */
const RANK = /^(?:الفريق اول|الفريق|الفريق الركن|اللواء|اللواء الركن|العميد|العميد الركن|العقيد|المقدم|الرائد|المشير|العماد)$/;
/** A royal style («الامير», "sheikh") → the countries whose royal houses use it (royal-styles.json). */
const STYLE_COUNTRIES = new Map(royalStylesJson.styles.flatMap((s) => s.forms.map((f) => [f, new Set(s.countries)] as const)));
/** Honorifics that only ever stand before a person: a name-like phrase after one is a person even with no title. */
const PERSON_HONORIFIC = /^(?:الجنرال|الادميرال|الاميرال|الشيخ|الشيخه|الامير|الاميره|سمو|صاحب السمو|صاحب السمو الملكي|السيد|السيده|الدكتور|الدكتوره|معالي|فخامه|سعاده|his excellency|her excellency|sheikh|sheikha|prince|princess|hrh|his highness|her highness|mr|mrs|ms|dr|sir|dame|lord|lady|baroness|cardinal|patriarch|archbishop|الكاردينال|البطريرك|المطران)$/;
const NISBA = /^ال[\p{L}]{2,}(?:ي|ية)$/u;
const PRIORITY: PhraseValue['kind'][] = ['name', 'role', 'counterpart', 'head', 'description', 'honorific'];

/**
 * «خامنئي», "Khamenei": a surname the registry gives to two persons who held their office one after the other names the
 * one the article has named, else the one in office on the day it was published, else the one whose office ended
 * last before it; two in office that day (or none ever) leave the first the registry lists.
 */
function namesakeOfTheDay(values: PhraseValue[], index: ActorIndex, published: string | null, seenSoFar: () => readonly string[]): PhraseValue {
  const [first] = values;
  if (first.kind !== 'name' || first.via !== 'surname' || values.length < 2) return first;
  const namesakes = values.filter((v): v is Extract<PhraseValue, { kind: 'name' }> => v.kind === 'name' && v.via === 'surname');
  if (new Set(namesakes.map((v) => v.actorId)).size < 2) return first;
  const seen = seenSoFar();
  const lastSeen = (v: Extract<PhraseValue, { kind: 'name' }>) => seen.lastIndexOf(v.actorId);
  const named = namesakes.filter((v) => lastSeen(v) >= 0).sort((a, b) => lastSeen(b) - lastSeen(a))[0];
  if (named) return named;
  const inOffice = namesakes.filter((v) => rolesOn(index, v.actorId, published).length > 0);
  if (inOffice.length === 1) return inOffice[0];
  if (inOffice.length > 1 || !published) return first;
  const lastEnded = (v: Extract<PhraseValue, { kind: 'name' }>) => index.actors.get(v.actorId)?.roles.reduce((end, r) => (r.to !== null && r.to < published && r.to > end ? r.to : end), '') ?? '';
  return [...namesakes].sort((a, b) => lastEnded(b).localeCompare(lastEnded(a)))[0];
}

type Token = { token: string; start: number; end: number };
type Match = TrieMatch<PhraseValue> & { value: PhraseValue };

/**
 * Mentions in one passage, in order. `published` dates role references; `previous` is the actor named
 * last before this passage (for «نظيره»: the counterpart of the actor just named).
 */
export function matchActors(
  index: ActorIndex,
  passage: string | PreparedText,
  published: string | null,
  previous: string | null,
  context: ArticleContext = NO_CONTEXT,
): FoundMention[] {
  const { original: text, norm, tokens: toks, words } = typeof passage === 'string' ? prepareText(passage) : passage;
  const joinable = (k: number) => /^[\s\-‐'’]*$/.test(norm.text.slice(toks[k - 1].end, toks[k].start));
  const capitalised = (k: number) => capitalisedAt(text, norm, toks, k);
  const matches: Match[] = [];
  const surnamesSeen = lastNamesOf(index, context.seen, context.discovered);
  const givenNamesSeen = givenNamesOf(index, context.seen);
  // «… نظيره الأردني أيمن الصفدي يوم الأحد، ثم التقى الصفدي …»: the surnames of those this passage has named, taken
  // alone only after a word of prose («التقى», "met"): after a name-like word («الشيخ نواف سعود الناصر الصباح») the
  // family name ends another person's name.
  const surnamesInPassage = new Map<string, string | null>();
  const proseBefore = (k: number) => {
    if (k === 0 || /[^\s]/.test(norm.text.slice(toks[k - 1].end, toks[k].start))) return true;
    const w = words[k - 1];
    return /[a-z]/.test(w) ? !capitalised(k - 1) : isCommonArabic(w) || looksLikeVerbOrPhrase(w);
  };
  const namedAfterProse = (k: number) => {
    const m = namedBefore(surnamesInPassage, text, norm, toks, k);
    return m && proseBefore(k) ? m : null;
  };
  // «الشيخ صباح الخالد الحمد المبارك الصباح»: a name the passage just matched runs on, through a few name-like words,
  // to its own family name (the registry lists a shorter chain); those words are not the surnames of others named
  // before («الأحمد», «الصباح» of the emir). (Not «استقبل رجب طيب أردوغان الشرع»: «الشرع» is not Erdogan's.)
  const ownFamilyNameEnd = (k: number): number | null => {
    const last = matches[matches.length - 1];
    if (!last || last.value.kind !== 'name' || last.value.via === 'surname' || k < last.to) return null;
    const named = index.actors.get(last.value.actorId);
    if (!named) return null;
    const own = registryLastNames(named);
    for (let t = last.to; t < toks.length && t - last.to < MOST_CHAIN_TAIL; t++) {
      if (!joinable(t) || proseBefore(t)) return null;
      if (t >= k && own.includes(words[t])) return t + 1;
    }
    return null;
  };
  for (let i = 0; i < toks.length; ) {
    // A surname of someone named before, read once for the position; where it ends the name just matched instead, the
    // name runs on to it (runOn) and nothing else is matched there.
    let seen: Match | null | undefined;
    let runOn: number | null = null;
    const seenSurname = () => {
      if (seen === undefined) {
        seen = namedBefore(surnamesSeen, text, norm, toks, i);
        runOn = seen ? ownFamilyNameEnd(i) : null;
      }
      return runOn === null ? seen : null;
    };
    const m =
      surnameOverAdjective(titleOrNameAt(index, words, i, joinable), words, i, seenSurname) ??
      seenSurname() ??
      (surnamesInPassage.size > 0 ? namedAfterProse(i) : null) ??
      (givenNamesSeen.size > 0 ? givenNameAlone(givenNamesSeen, text, norm, toks, i) : null) ??
      spellingMatch(index, text, norm, toks, i);
    if (runOn !== null) {
      matches[matches.length - 1] = { ...matches[matches.length - 1], to: runOn };
      i = runOn;
      continue;
    }
    if (!m) {
      i++;
      continue;
    }
    const ranked = namesakeOfTheDay([...m.values].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind)), index, published, () => [...context.seen, ...matches.map((x) => (x.value.kind === 'name' ? x.value.actorId : ''))]);
    // «وكان بن فرحان قد التقى …» after «الأمير يزيد بن فرحان» was named: the end of the name of someone the article
    // named, whom the registry does not know, over a registry person it has not named.
    const earlier = ranked.kind === 'name' && ranked.via !== 'full_name' && !context.seen.includes(ranked.actorId) ? discoveredEndingIn(words.slice(m.from, m.to), context) : null;
    const value: PhraseValue = earlier ? { kind: 'name', actorId: earlier, via: 'surname' } : ranked;
    // (Not after a word a match before took, «قيس سعيد بميلوني», nor with a clitic of its own.)
    const standsAlone = m.cliticLength === 0 && matches[matches.length - 1]?.to !== m.from;
    // «أحمد بن سلمان المسلم»: an alias that opens with «بن» after another given name is the father's name in that one's chain.
    const sonOf = value.kind === 'name' && value.via === 'alias' && (words[m.from] === 'بن' || words[m.from] === 'ابن');
    if (standsAlone && value.kind === 'name' && (value.via === 'surname' || sonOf) && (anotherGivenName(index, text, norm, toks, words, m.from, value.actorId) || opensLongerArabicName(text, norm, toks, m.to))) {
      i++;
      continue;
    }
    const to = value.kind === 'name' ? nameEnd(index, words, m, value.actorId, joinable) : m.to;
    // «حمدان بن محمد بن زايد آل نهيان» is not «حمدان بن محمد بن راشد آل مكتوم»: a chain written on with another forebear
    // or family than the registry person's is someone else's, whole (nothing inside it is matched on its own).
    // ("Theyab bin Mohamed bin Zayed Al Nahyan": a name right after «بن», "bin", is the forebears' of the one named first.)
    const forebears = value.kind === 'name' && value.via !== 'surname' && m.from >= 2 && forebearAt((k) => words[k], m.from);
    const otherChainEnd = forebears ? to : value.kind === 'name' && value.via !== 'surname' ? contradictedChainEnd(index, words, m.from, to, value.actorId) : null;
    if (otherChainEnd !== null) {
      i = otherChainEnd;
      continue;
    }
    matches.push({ ...m, to, value });
    if (value.kind === 'name' && value.via !== 'surname') {
      const named = index.actors.get(value.actorId);
      if (named) addLastNames(surnamesInPassage, value.actorId, registryLastNames(named));
    }
    i = to;
  }
  const span = (from: number, to: number, clitic = 0) => ({
    start: norm.origin[toks[from].start + clitic],
    end: originalEnd(norm, toks[to - 1].end),
  });
  const mentions: FoundMention[] = [];
  let last = previous;
  // The title of the person named last when the registry does not know them («وزير الخارجية عبدالله اليحيا …
  // مع نظيره السعودي»): what «نظيره» is a counterpart in.
  let lastRole: string | null = null;
  // Where the last office read as an apposition on a name ends: one chained right after is that person's too.
  let apposedEnd: number | null = null;
  for (let j = 0; j < matches.length; j++) {
    const m = matches[j];
    const v = m.value;
    // «مطار الملك خالد», "King Fahd Causeway", "King Abdullah II Park": a place named for someone, no mention of them.
    if (namesPlace(index, words, m, capitalised)) continue;
    // "a senior Emirati leader", "another Iranian minister": a title after an indefinite article names nobody in particular.
    if (v.kind !== 'name' && v.kind !== 'honorific' && (indefiniteBefore(words, m.from) || indefiniteNisbaAfter(index, words, m) || namesTheOffice(words, m.from))) continue;
    if (v.kind === 'honorific') {
      // «الشيخ صباح خالد الحمد الصباح», "Sheikh Tamim bin Hamad": a person the registry may not know.
      const next = matches[j + 1];
      const honorific = words.slice(m.from, m.to).join(' ').slice(m.cliticLength);
      // A military rank stands before a person too, but «الفريق», «اللواء» are also a team, a brigade: the name after
      // one must begin with a given name («الفريق أول خالد حفتر»).
      // («معالي الشيخ», «سمو الأمير»: a style of two words, one of them a person's.)
      if (!honorific.split(' ').some((w) => PERSON_HONORIFIC.test(w)) && !(RANK.test(honorific) && isGivenNameArabic(words[m.to] ?? ''))) continue;
      if (next && next.from === m.to && adjacent(norm.text, toks, m.to)) continue;
      const found = discoverName(index, text, norm, toks, m.to, next?.from ?? toks.length);
      // «الشيخ خالد», "Sheikh Khaled": the person with that first name the article has already named.
      const named = found ? null : firstNameOf(index, context.seen, norm, toks, m.to, honorific);
      if (named) {
        mentions.push({ actorId: named.actorId, via: 'alias', start: named.start, end: named.end });
        last = named.actorId;
        continue;
      }
      // Given names before a surname the registry knows («رجب طيب أوردوغان»): the name's own mention says who.
      if (found && next && found.endToken === next.from && next.value.kind === 'name') continue;
      if (found) {
        const known = knownSpelling(index, found.words, null, published);
        mentions.push(known ? { actorId: known, via: 'spelling', start: found.start, end: found.end } : discoveredMention(found, { role: 'unknown', country: null }));
        if (known) last = known;
      }
      continue;
    }
    if (v.kind === 'name') {
      mentions.push({ actorId: v.actorId, via: v.via, ...span(m.from, m.to, m.cliticLength) });
      last = v.actorId;
      lastRole = null;
      continue;
    }
    // «نائب حاكم إمارة أبوظبي», "adviser to the Russian President": the office of the one served; its holder is not named.
    const serving = servesAnother(index, words, m.from) || ASSISTANT_AFTER.has(words[m.to] ?? '');
    // «سفير خادم الحرمين الشريفين», "envoy of the President": a title whose complement is another title is one
    // title, the first one's; the second names nobody here.
    let k = j + 1;
    const complement = matches[k];
    // A title still open for its complement («سفير …»), or two offices of one person («رئيس مجلس الوزراء وزير
    // الخارجية القطري»); «رئيس الحكومة» before «سفير إيطاليا» is whole, and the ambassador someone else.
    if (
      v.kind === 'head' &&
      complement?.from === m.to &&
      complement.value.kind === 'role' &&
      adjacent(norm.text, toks, m.to) &&
      (takesComplement(words, m) || oneHolder(index, v.role, complement.value, published))
    )
      k++;
    // A title right before a name is that person's title, not a second mention.
    let nextTok = matches[k - 1].to;
    // «… لدى الجمهورية الإسلامية الإيرانية عبدالله …», "… to Iran Sheikh …": where the office is held.
    nextTok = afterPostedTo(index, words, toks, norm.text, nextTok);
    while (k < matches.length && matches[k].from < nextTok) k++;
    while (k < matches.length && matches[k].value.kind === 'honorific' && matches[k].from === nextTok && adjacent(norm.text, toks, nextTok)) {
      nextTok = matches[k].to;
      k++;
    }
    // «وزير الخارجية الإيراني بالإنابة آنذاك علي باقري كني»: an acting holder's word stands between the title and the name.
    const elect = nextTok < toks.length && ELECT_AFTER.has(words[nextTok]) && adjacent(norm.text, toks, nextTok) && (v.kind === 'role' || v.kind === 'head');
    const acting = elect || (nextTok < toks.length && ACTING_AFTER.has(words[nextTok]) && adjacent(norm.text, toks, nextTok));
    if (acting) {
      nextTok++;
      while (k < matches.length && matches[k].to <= nextTok) k++;
    }
    // «وزير الخارجية الإيراني السابق محمد جواد ظريف», "former Foreign Minister": a past holder, not today's.
    const former = (nextTok < toks.length && FORMER_AFTER.has(words[nextTok]) && adjacent(norm.text, toks, nextTok)) || (m.from > 0 && FORMER_BEFORE.has(words[m.from - 1]));
    if (former && nextTok < toks.length && FORMER_AFTER.has(words[nextTok])) {
      nextTok++;
      while (k < matches.length && matches[k].to <= nextTok) k++;
      // «رئيس مجلس الوزراء الكويتي آنذاك الشيخ أحمد نواف …»: honorifics may follow the word of time too.
      while (k < matches.length && matches[k].value.kind === 'honorific' && matches[k].from === nextTok && adjacent(norm.text, toks, nextTok)) {
        nextTok = matches[k].to;
        k++;
      }
    }
    let next = matches[k];
    // «يستقبل الرئيس الروسي أحمديان»: a title of one country before a person of another is the verb's subject,
    // the name its object; not that person's title.
    const nextPerson = next?.value.kind === 'name' ? index.actors.get(next.value.actorId) : undefined;
    const otherCountry = v.kind === 'role' && nextPerson !== undefined && nextPerson.country !== v.country && !nextPerson.roles.some((r) => r.country === v.country);
    // «والتقى رئيس مجلس الوزراء علي خامنئي»: a bare title before someone who never held an office of its kind is the
    // subject too.
    const neverHeld = v.kind === 'head' && nextPerson !== undefined && nextPerson.roles.length > 0 && !nextPerson.roles.some((r) => ofKind(v.role)(r.role));
    if (next && next.from === nextTok && next.value.kind === 'name' && adjacent(norm.text, toks, nextTok) && !otherCountry && !neverHeld) {
      j = k - 1;
      continue;
    }
    // A nationality the titles do not list («وزير الخارجية العماني») may stand between a title and a name.
    const nisba = (v.kind === 'head' || (v.kind === 'counterpart' && v.country === null)) && nextTok < toks.length && NISBA.test(writtenAt(text, norm, toks[nextTok]));
    const nameAt = nisba ? nextTok + 1 : nextTok;
    // A given name that is also a title («سلطان», "Sultan") right after a title begins the name, not another title.
    const givenTitle = next?.from === nameAt && next.to === nameAt + 1 && next.value.kind === 'head' && (isGivenNameArabic(words[nameAt]) || isGivenNameEnglish(words[nameAt]));
    // A dual («الوزيران») names two already named, «ضيفه» the guest of the one just named, «الأخير» the one named last:
    // no name follows any of them.
    const opensName = !(v.kind === 'description' && (v.two || v.guestOf === 'last' || v.latter));
    let discovered = opensName ? discoverName(index, text, norm, toks, nameAt, (givenTitle ? matches[k + 1] : next)?.from ?? toks.length) : null;
    if (discovered && givenTitle) {
      while (k < matches.length && matches[k].from < discovered.endToken) k++;
      next = matches[k];
    }
    let tailCountry: string | null = null;
    if (!discovered && (v.kind === 'head' || v.kind === 'role')) {
      // The rest of a long title, up to its nationality, then the name; or the name set off by commas.
      const tail = afterTitleTail(index, words, toks, norm.text, nextTok, v.kind === 'head');
      let t = k;
      while (t < matches.length && matches[t].from < tail.at) t++;
      // «رئيس الأركان العامة للجيش الليبي الفريق أول محمد الحداد»: the title, its tail and ranks, of a name the
      // registry knows (a tail with no other title in it: «… في اتصال مع وزير الخارجية الأمريكي روبيو» is no tail).
      if (tail.at > nextTok && t === k) {
        let n = t;
        let at = tail.at;
        while (n < matches.length && matches[n].value.kind === 'honorific' && matches[n].from === at) at = matches[n++].to;
        if (matches[n]?.value.kind === 'name' && matches[n].from === at) {
          j = n - 1;
          continue;
        }
      }
      const limit = matches[t]?.from ?? toks.length;
      // («وزير الخارجية لجمهورية الباراغواي، روبن راميريز ليزكانو،»: a tail, then the name set off by commas.)
      const found = tail.at > nextTok ? (discoverName(index, text, norm, toks, tail.at, limit) ?? apposedName(index, text, norm, toks, words, tail.at, limit)) : apposedName(index, text, norm, toks, words, nextTok, limit);
      if (found) {
        discovered = found;
        tailCountry = tail.country;
        k = t;
        next = matches[t];
      }
    }
    if (discovered && next && discovered.endToken === next.from && next.value.kind === 'name') {
      j = k - 1;
      continue;
    }
    // "Crown Prince Hussein", «ولي العهد الحسين»: a royal title and one given name, that of the only one holding that
    // office that day (royals are so named; a minister is not).
    const byGivenName = !discovered && v.kind === 'head' && ROYAL_OFFICES.has(v.role) && nameAt < toks.length && (!next || next.from > nameAt) && adjacent(norm.text, toks, nameAt) ? holderByGivenName(index, v.role, words[nameAt], published) : null;
    if (byGivenName) {
      mentions.push({ actorId: byGivenName, via: 'role', start: span(m.from, m.to, m.cliticLength).start, end: span(nameAt, nameAt + 1).end });
      last = byGivenName;
      lastRole = null;
      j = k - 1;
      continue;
    }
    if (discovered) {
      const role = serving ? undefined : v.kind === 'counterpart' ? counterpartRole(index, last, published)?.role : v.kind === 'description' ? undefined : v.role;
      const country = v.kind === 'head' ? tailCountry : v.country;
      const known = knownSpelling(index, discovered.words, role && country ? { role, country } : null, published);
      if (known) {
        mentions.push({ actorId: known, via: 'spelling', start: discovered.start, end: discovered.end });
        last = known;
        lastRole = null;
      } else {
        mentions.push(discoveredMention(discovered, { role: role ?? 'unknown', country }));
        last = null;
        lastRole = role ?? null;
      }
      j = k - 1;
      continue;
    }
    // A title right after a name is an apposition about that person («هنية رئيس المكتب السياسي لحماس»).
    const before = matches[j - 1];
    if (before?.value.kind === 'name' && before.to === m.from && v.kind === 'role' && heldRole(index, before.value.actorId, v)) {
      apposedEnd = span(m.from, m.to).end;
      continue;
    }
    // "Mike Waltz, the national security adviser,", «أيمن الصفدي، وزير الخارجية»: set off by a comma, the same.
    // (Not after a name set off by commas behind its own title, «استقبل الرئيس الإيطالي، السيد سيرجيو ماتاريلا، رئيس
    // الجمهورية»: that apposition is closed, and the office names the verb's object.)
    if (before?.value.kind === 'name' && (v.kind === 'role' || v.kind === 'head') && APPOSITION_GAP.test(text.slice(span(before.from, before.to).end, span(m.from, m.to).start)) && !closedApposition(text, span(before.from, before.to), span(m.from, m.to).start)) continue;
    if (k > j + 1 && complement?.value.kind === 'role' && v.kind === 'head') {
      // «رئيس مجلس الوزراء وزير الخارجية القطري» with no name after it: the one who holds both offices (unless
      // they are the offices of the one just named: «محمد بن راشد … رئيس مجلس الوزراء حاكم دبي»).
      const both = oneHolder(index, v.role, complement.value, published) ? holderOn(index, complement.value.role, complement.value.country, published) : null;
      if (both && both !== last) {
        mentions.push({ actorId: both, via: 'role', start: span(m.from, m.to, m.cliticLength).start, end: span(complement.from, complement.to).end });
        last = both;
      }
      j = k - 1;
      continue;
    }
    if (serving) continue;
    // «وزير الشؤون الخارجية والتعاون والموريتانيين في الخارج، محمد سالم ولد مرزوك»: the rest of a long title, a comma,
    // then a name the registry knows: the title is that person's, not a mention of the home office's holder.
    if (next?.value.kind === 'name' && next.from > nextTok && TITLE_REST_THEN_COMMA.test(text.slice(span(m.from, nextTok).end, span(next.from, next.to).start))) {
      j = k - 1;
      continue;
    }
    // "Hamish Falconer, the Middle East minister,": a name the registry does not know, then its title set off.
    const named = v.kind === 'head' || v.kind === 'role' ? nameBeforeTitle(index, text, norm, toks, words, m.from, matches[j - 1]?.to ?? 0) : null;
    if (named && (v.kind === 'head' || v.kind === 'role')) {
      mentions.push(discoveredMention(named.found, { role: v.role, country: v.kind === 'role' ? v.country : named.country }));
      last = null;
      lastRole = v.role;
      continue;
    }
    // «الضيف الروسي», «الوزيرين الإيطاليين»: those of the country named so far, the last first.
    const seenSoFar = () => [...context.seen, ...mentions.flatMap((x) => (x.actorId ? [x.actorId] : []))];
    const described =
      v.kind !== 'description'
        ? []
        : v.country
          ? describedAs(index, seenSoFar(), v, published, context)
          : v.guestOf
            ? guestsOf(index, seenSoFar(), v.guestOf === 'last' || POSSESSOR_BEFORE.test(text.slice(0, span(m.from, m.to).start)) ? last : null, context, guestOffice(v, published))
            : v.latter && VERB_BEFORE_LATTER.test(text.slice(Math.max(0, span(m.from, m.to).start - VERB_REACH), span(m.from, m.to).start))
              ? seenSoFar().slice(-1)
              : [];
    // «الفريق أول خالد حفتر رئيس الأركان العامة»: an office right after a person the registry does not know is theirs
    // (an apposition), not a mention of its holder elsewhere.
    const lastFound = mentions[mentions.length - 1];
    if ((v.kind === 'role' || v.kind === 'head') && lastFound?.discovered && APPOSED.test(text.slice(lastFound.end, span(m.from, m.to, m.cliticLength).start))) continue;
    // «الشيخ محمد بن زايد آل نهيان رئيس الدولة»: an office right after a person the registry knows, which that person
    // holds that day, is theirs: not the last president named before.
    const title = v.kind === 'role' || v.kind === 'head' ? v : null;
    const holdsIt = (id: string) => title !== null && rolesOn(index, id, published).some((r) => r.role === title.role && (title.kind === 'head' || r.country === title.country));
    if (title && lastFound?.actorId && APPOSED.test(text.slice(lastFound.end, span(m.from, m.to, m.cliticLength).start)) && !closedApposition(text, lastFound, span(m.from, m.to, m.cliticLength).start) && holdsIt(lastFound.actorId)) {
      apposedEnd = span(m.from, m.to, m.cliticLength).end;
      continue;
    }
    // («محمد بن سلمان ولي العهد رئيس مجلس الوزراء» in Emirati news: so is the next office chained after one of theirs,
    // a mention of them, not of the office's holder at home.)
    if (title && lastFound?.actorId && apposedEnd !== null && apposedEnd > lastFound.end && APPOSED.test(text.slice(apposedEnd, span(m.from, m.to, m.cliticLength).start)) && holdsIt(lastFound.actorId)) {
      mentions.push({ actorId: lastFound.actorId, via: 'role', ...span(m.from, m.to, m.cliticLength) });
      apposedEnd = null;
      continue;
    }
    // «رئيس الجمهورية، السيد عبد المجيد تبون», "the President, Abdel Fattah al-Sisi": an office right before the name
    // (a comma and honorifics between) of a person the registry knows and who holds it that day is theirs: not a
    // mention of another holder the article named first.
    const office = (v.kind === 'role' || v.kind === 'head') && !former ? v : null;
    const nameAfter = office ? namedRightAfter(matches, j, text, span) : null;
    // (A bare title chained before another and a name is that person's whatever the registry lists.)
    if (office && nameAfter && ((nameAfter.chained && office.kind === 'head') || rolesOn(index, nameAfter.actorId, published).some((r) => r.role === office.role && (office.kind === 'head' || r.country === office.country)))) continue;
    // "a State Department spokesman": someone unnamed, not the holder of the office.
    // ("the first Japanese prime minister to address …", "the last Greek premier to visit": whoever did it, no holder.)
    const firstOfKind = m.from > 1 && words[m.from - 2] === 'the' && FIRST_OF_KIND.has(words[m.from - 1]) && words[m.to] === 'to';
    const indefinite = firstOfKind || (m.from > 0 && (words[m.from - 1] === 'a' || words[m.from - 1] === 'an'));
    // «… فهد اليوسف وزير الداخلية رئيس مجلس الوزراء بالإنابة»: an acting holder with no name after is not the holder.
    const resolved = indefinite || elect || (acting && !nameAfter)
      ? null
      : v.kind === 'role'
        ? former
          ? formerHolderOn(index, v.role, v.country, published)
          : // «المبعوثة الأممية» when no one holds that bare office: the one named before with an office of its kind.
            (holderOn(index, v.role, v.country, published) ?? ofCountryLastFirst(index, seenSoFar(), v.country, { on: published, is: ofKind(v.role) }, context.discovered)[0] ?? null)
        : v.kind === 'head' && !former && isStandingTitle(words, m)
          ? // "the envoy", "the minister": the article's own holder, else (in English, where a title after a name is
            // no such reference) the one named before with an office of its kind.
            standingHolder(index, v.role, seenSoFar(), mentions.flatMap((x) => (x.actorId ? [x.actorId] : [])), /[a-z]/.test(words[m.from]), published, context)
        : v.kind === 'counterpart'
          ? (counterpartOf(index, last, v.country, published) ?? (lastRole && v.country ? holderOn(index, lastRole, v.country, published) : null))
        : (described[0] ?? null);
    if (resolved) {
      const office = v.kind === 'role' && !former ? officeHeld(index, resolved, v.role, v.country, published) : v.kind === 'counterpart' ? counterpartOffice(index, last, resolved, v.country, published) : undefined;
      mentions.push({ actorId: resolved, via: v.kind === 'counterpart' || v.kind === 'description' ? v.kind : 'role', ...span(m.from, m.to, m.cliticLength), ...(office && { office }) });
      if (v.kind === 'description' && v.two && described[1]) mentions.push({ actorId: described[1], via: 'description', ...span(m.from, m.to, m.cliticLength) });
      // «نظيريه السعودي والقطري», "his Iranian and Qatari counterparts": one counterpart per nationality.
      if (v.kind === 'counterpart' && v.country !== null) {
        const owner = last;
        for (const other of coordinatedCountries(index, words, (k) => adjacent(norm.text, toks, k), m)) {
          const also = counterpartOf(index, owner, other.country, published);
          if (also && also !== resolved) mentions.push({ actorId: also, via: 'counterpart', ...span(other.from, other.to, other.cliticLength) });
        }
      }
      last = resolved;
    }
  }
  const named = [...namedByGivenName(index, text, norm, toks, words, matches, mentions), ...guestByGivenName(index, text, norm, toks, words, matches, mentions), ...holdersOfDualTitles(index, text, mentions, published)];
  return named.length ? [...mentions, ...named].sort((a, b) => a.start - b.start) : mentions;
}

/**
 * «الرئيسان الروسي والإيراني», "the foreign ministers of Russia and Iran": the two holders, each by the singular title
 * of their country, both on the dual's words; nothing where a mention was already found there or a title names no one.
 */
function holdersOfDualTitles(index: ActorIndex, text: string, mentions: FoundMention[], published: string | null): FoundMention[] {
  const found: FoundMention[] = [];
  for (const dual of dualTitles(text)) {
    if (mentions.some((m) => m.start < dual.end && m.end > dual.start)) continue;
    const holders = dual.singles.map((single) => matchActors(index, single, published, null).find((m) => m.via === 'role' && m.end === single.length && m.office));
    const [a, b] = holders;
    if (!a?.actorId || !b?.actorId || a.actorId === b.actorId) continue;
    for (const h of [a, b]) found.push({ actorId: h.actorId, via: 'role', start: dual.start, end: dual.end, office: h.office });
  }
  return found;
}

/**
 * Arabic persons with no title, met or received («وكان في استقباله محمد خليفة المبارك»): right after the verb of
 * the audience or «مع», a given name and at least two more name words, closed by a comma, a stop, a title or the
 * text's end.
 */
function guestByGivenName(index: ActorIndex, text: string, norm: NormalizedText, toks: Token[], words: string[], matches: Match[], found: FoundMention[]): FoundMention[] {
  const named: FoundMention[] = [];
  const { taken, freeUpTo } = tokensTaken(norm, toks, matches, found);
  for (let i = 1; i < toks.length; i++) {
    const w = words[i];
    if (/[a-z]/.test(w) || taken(i) || !isGivenNameArabic(w) || !(GUEST_LEAD.has(words[i - 1]) || RECEIVED_BY.has(words[i - 1]))) continue;
    const name = discoverName(index, text, norm, toks, i, freeUpTo(i), true);
    if (!name || name.words.filter((x) => !NAME_CONNECTORS.has(x)).length < 3) continue;
    const end = name.endToken;
    if (end < toks.length && !CLOSES_APPOSITION.test(norm.text.slice(toks[end - 1].end, toks[end].start)) && !index.titleTokens.has(words[end])) continue;
    named.push(discoveredMention(name, { role: 'unknown', country: null }));
    i = end - 1;
  }
  return named;
}

/** Which tokens a phrase or a mention has taken, and how far the untaken ones after a token run. */
function tokensTaken(norm: NormalizedText, toks: Token[], matches: Match[], found: FoundMention[]) {
  const inMention = (i: number) => found.some((f) => norm.origin[toks[i].start] >= f.start && norm.origin[toks[i].start] < f.end);
  const taken = (i: number) => matches.some((m) => i >= m.from && i < m.to) || inMention(i);
  const freeUpTo = (i: number) => {
    let limit = i + 1;
    while (limit < toks.length && !taken(limit)) limit++;
    return limit;
  };
  return { inMention, taken, freeUpTo };
}

/** «وكان في استقباله X», «كان في وداعها X» (normalised): the one who received or saw off the guest is named next. */
const RECEIVED_BY = new Set(['استقباله', 'استقبالها', 'استقبالهم', 'وداعه', 'وداعها']);

/**
 * English persons with no title ("said Ali Vaez, Iran project director at …", "Senator Lindsey Graham urged …"):
 * a capitalised given name and the capitalised name words after it, where no phrase was found.
 */
function namedByGivenName(index: ActorIndex, text: string, norm: NormalizedText, toks: Token[], words: string[], matches: Match[], found: FoundMention[]): FoundMention[] {
  const named: FoundMention[] = [];
  const { inMention, taken, freeUpTo } = tokensTaken(norm, toks, matches, found);
  for (let i = 0; i < toks.length; i++) {
    const w = words[i];
    if (!/^[a-z]/.test(w) || !capitalisedAt(text, norm, toks, i) || inCapitals(text, norm, toks[i]) || !isGivenNameEnglish(w) || taken(i)) continue;
    // "Sheikh Tamim bin Hamad Al Thani": the rest of a name found in part, not another person.
    if (i > 0 && (NAME_CONNECTORS.has(words[i - 1]) || (inMention(i - 1) && adjacent(norm.text, toks, i)))) continue;
    const name = discoverName(index, text, norm, toks, i, freeUpTo(i), true);
    if (!name || !name.words.every((_, k) => capitalisedAt(text, norm, toks, i + k) || NAME_CONNECTORS.has(name.words[k]))) continue;
    // "at Nur Khan air base": a place named for someone; "Abu Dhabi Sustainability Week": one that opens with a place;
    // "REUTERS/Maxim Shemetov", "Sergei Bobylev/TASS": a photographer credited beside the agency.
    if (opensWithPlace(name.words) || namesPlace(index, words, { from: i, to: name.endToken } as Match, (k) => capitalisedAt(text, norm, toks, k)) || photoCredit(text, name)) {
      i = name.endToken - 1;
      continue;
    }
    named.push(discoveredMention(name, { role: 'unknown', country: null }));
    i = name.endToken - 1;
  }
  return named;
}

let photoAgencyAfter: RegExp | null = null;
/**
 * A photo's credit names its photographer beside the agency: "REUTERS/Maxim Shemetov", "Sergei Bobylev/TASS",
 * "© Ludovic Marin, AFP". (The agencies' names are data: lexicon/page-residue.json.)
 */
function photoCredit(text: string, name: { start: number; end: number }): boolean {
  if (text[name.start - 1] === '/' || text[name.end] === '/' || /©\s*$/u.test(text.slice(Math.max(0, name.start - 3), name.start))) return true;
  photoAgencyAfter ??= new RegExp(`^\\s*,\\s*(?:${residueJson.photoAgencies.names.join('|')})(?![\\p{L}])`, 'u');
  return photoAgencyAfter.test(text.slice(name.end, name.end + 40));
}

type CountryTerm = { country: string; from: number; to: number; cliticLength: number };

/**
 * The other nationalities of a counterpart phrase: «نظيريه السعودي والقطري» (after it, «و» glued on), "his Iranian
 * and Qatari counterparts" (before it, joined by "and").
 */
function coordinatedCountries(index: ActorIndex, words: string[], joinable: (k: number) => boolean, m: Match): CountryTerm[] {
  const found: CountryTerm[] = [];
  const after = m.to < words.length && joinable(m.to) && /^و../.test(words[m.to]) ? longestMatchAt(index.countryTrie, words, m.to, joinable) : null;
  if (after && after.cliticLength === 1) found.push({ country: after.values[0], from: after.from, to: after.to, cliticLength: 1 });
  if (m.from >= 2 && words[m.from - 1] === 'and' && index.countryTrie.next.has(words[m.from - 2])) {
    const before = longestMatchAt(index.countryTrie, words, m.from - 2, joinable);
    if (before && before.to === m.from - 1) found.push({ country: before.values[0], from: before.from, to: before.to, cliticLength: 0 });
  }
  return found;
}

/** Words of a name between a title and the noun of the place named for it ("King Fahd Causeway"). */
const NAMED_PLACE_REACH = 3;

/** The title at `m` is part of a place's name: «(ب)مطار الملك …», "King Khalid International Airport". */
function namesPlace(index: ActorIndex, words: string[], m: Match, capitalised: (k: number) => boolean): boolean {
  // «بمطار», «وبجامعة»: up to two clitics glued to the noun.
  const before = m.from > 0 ? withoutProclitic(withoutProclitic(words[m.from - 1], 3), 3) : '';
  if (index.namedPlaces.before.has(before)) return true;
  // Only capitalised words of the name between ("King Fahd Causeway"), not "President Erdogan arrived at the airport".
  for (let at = m.to; at <= m.to + NAMED_PLACE_REACH && at < words.length && (at === m.to || capitalised(at - 1)); at++) {
    if (index.namedPlaces.after.some((p) => p.every((w, i) => words[at + i]?.toLowerCase() === w))) return true;
  }
  return false;
}

/** «الأمين العام المساعد», «وكيل الوزارة المساعد»: a word after a title that makes it an assistant's office (normalised). */
const ASSISTANT_AFTER = new Set(['المساعد', 'المساعده', 'المساعدة', 'المساعدين']);

/** "a", "an", "another" before a title, with up to two of the adjectives news puts between ("a senior", "a high-ranking"). */
function indefiniteBefore(words: string[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= 3 && TITLE_ADJECTIVES.has(words[k])) k--;
  return k >= 0 && INDEFINITE.has(words[k]);
}
const INDEFINITE = new Set(['a', 'an', 'another']);
const TITLE_ADJECTIVES = new Set(['senior', 'top', 'high', 'ranking', 'leading', 'visiting', 'veteran', 'former']);

/**
 * «حين كان يشغل منصب وزير الدفاع», «مرشح لمنصب رئيس الوزراء», "held the post of defence minister": a title after the
 * word for a post names the office, not the one who holds it that day.
 */
function namesTheOffice(words: string[], at: number): boolean {
  return (at >= 1 && POST.has(words[at - 1])) || (at >= 2 && words[at - 1] === 'of' && POST_OF.has(words[at - 2]));
}
const POST = new Set(['منصب', 'لمنصب', 'بمنصب', 'ومنصب', 'وظيفه', 'لوظيفه', 'حقيبه']);
const POST_OF = new Set(['post', 'position', 'office', 'role', 'job', 'portfolio']);

/** A nisba with no article (normalised): «هندي», «أمريكية». */
const BARE_NISBA = /^(?!ال)[\u0621-\u064A]+(?:ي|يه)$/u;
/**
 * «لرئيس وزراء هندي», «وزير خارجية أمريكي»: a title with no article followed by a nationality with none is
 * indefinite ("an Indian prime minister") and names nobody. (Not «رئيس وزراء باكستان»: a country's name makes it
 * definite.)
 */
function indefiniteNisbaAfter(index: ActorIndex, words: string[], m: { from: number; to: number; cliticLength: number }): boolean {
  const next = words[m.to];
  if (!next || !BARE_NISBA.test(next) || next === 'جمهوريه' || !index.countryTokens.has(`ال${next}`)) return false;
  return words.slice(m.from, m.to).every((w, k) => !/^(?:وال|ال)/.test(k === 0 ? w.slice(m.cliticLength) : w));
}

/** Up to this many words before a title may say whose office it is («كبير مستشاري», "special envoy of"). */
const MAX_SUBORDINATE_WORDS = 3;

/** The words before the title at token `at` make it the office of the one served: «نائب …», "adviser to (the) …". */
function servesAnother(index: ActorIndex, words: string[], at: number): boolean {
  const end = at > 0 && words[at - 1] === 'the' ? at - 1 : at;
  for (let n = 1; n <= MAX_SUBORDINATE_WORDS && end - n >= 0; n++) {
    const lead = words.slice(end - n, end);
    // «ونجل الرئيس»: the conjunction glued to the first word.
    if (index.subordinateLeads.has(lead.join(' ')) || (/^و../.test(lead[0]) && index.subordinateLeads.has([lead[0].slice(1), ...lead.slice(1)].join(' ')))) return true;
  }
  return false;
}

/** The holder of `second` that day also holds an office of the `first` kind: the two titles are one person's. */
function oneHolder(index: ActorIndex, first: string, second: { role: string; country: string }, date: string | null): boolean {
  const holder = holderOn(index, second.role, second.country, date);
  return holder !== null && (index.actors.get(holder)?.roles.some((r) => r.role === first) ?? false);
}

/** An Arabic head of one word without the article («سفير», «مبعوث»), or an English one: it may govern another title. */
function takesComplement(words: string[], m: Match): boolean {
  return /[a-z]/.test(words[m.from]) || (m.to - m.from === 1 && !/^(?:ال|وال|بال|لل)/.test(words[m.from]));
}

/**
 * A title that can stand alone for its holder: «الرئيس», «وزير الخارجية», "the Crown Prince". A bare one-word
 * Arabic head without the article («رئيس جهاز الموساد») opens a longer title instead.
 */
function isStandingTitle(words: string[], m: Match): boolean {
  // English: "the Amir", "the crown prince" — not "Lammy, now deputy prime minister" (an apposition).
  if (/[a-z]/.test(words[m.from])) return m.from > 0 && words[m.from - 1] === 'the';
  return m.to - m.from > 1 || /^(?:ال|وال|بال|لل)/.test(words[m.from]);
}

/** A definite Arabic nisba, normalised («الباكستاني», «الايرانيه»). */
const ARABIC_NISBA = /^ال\p{L}+(?:ي|يه)$/u;
/**
 * The longest phrase at token `i`: a name, a fixed title, or a head joined to a country term on either side
 * («وزير الخارجية الإيراني», «نظيره الروسي», "Foreign Minister of Iran", "Iranian Foreign Minister", "Saudi counterpart").
 */
function titleOrNameAt(index: ActorIndex, words: string[], i: number, joinable: (k: number) => boolean): TrieMatch<PhraseValue> | null {
  let best = longestMatchAt(index.trie, words, i, joinable);
  // Every head at `i`, not only the longest: «رئيس» + «الجمهورية الإسلامية الإيرانية», «رئيس الجمهورية» + «الإيرانية».
  if (best && best.values.some(isTitleLead)) {
    for (const head of matchesAt(index.trie, words, i, joinable)) {
      const lead = head.values.find(isTitleLead);
      if (!lead || head.to >= words.length || !joinable(head.to) || !index.countryTrie.next.has(words[head.to])) continue;
      const c = longestMatchAt(index.countryTrie, words, head.to, joinable);
      // «رئيسة مجلس الوزراء جورجيا ميلوني»: a country word that begins a known name running past it is that name's.
      const name = longestMatchAt(index.trie, words, head.to, joinable);
      if (c && name && name.to > c.to && name.values.some((v) => v.kind === 'name')) continue;
      if (c && c.cliticLength === 0 && c.to > best.to) best = { ...head, to: c.to, values: [withCountry(lead, c.values[0])] };
    }
    // «الوزيرين الإيطاليين»: a dual takes its nationality in the dual too.
    const dual = best.values.find((v) => v.kind === 'description' && v.two && v.country === null) as TitleLead | undefined;
    const country = dual && best.to < words.length && joinable(best.to) ? dualNationality(index, words[best.to]) : null;
    if (dual && country) best = { ...best, to: best.to + 1, values: [withCountry(dual, country)] };
  }
  // The country first ("Iranian Foreign Minister"): tried only where a country term starts; in Arabic only a nisba
  // shared by chained titles («وزير الخارجية الباكستاني نائب رئيس الوزراء»), not a country or city named before a
  // title («استقبل في عمّان وزير الدفاع السوري»), nor a surname that is a nisba after a verb («التقى السوداني وزير
  // الخارجية التركي»): the nisba closes a title before it.
  if (!index.countryTrie.next.has(words[i]) || (!/[a-z]/.test(words[i]) && (!ARABIC_NISBA.test(words[i]) || i === 0 || !index.titleTokens.has(words[i - 1])))) return best;
  const c = longestMatchAt(index.countryTrie, words, i, joinable);
  if (!c || c.to >= words.length || !joinable(c.to)) return best;
  const h = longestMatchAt(index.trie, words, c.to, joinable);
  const after = h?.cliticLength === 0 ? h.values.find(isTitleLead) : undefined;
  if (h && after && (!best || h.to > best.to)) best = { from: i, to: h.to, values: [withCountry(after, c.values[0])], cliticLength: c.cliticLength };
  return best;
}

/**
 * Where the name found at `m` ends: "Sheikh Tamim" found first, "Tamim bin Hamad Al Thani" starting inside it and
 * running further is the same person's name to its end (not "Al Thani" left over, the surname of another Al Thani).
 */
function nameEnd(index: ActorIndex, words: string[], m: TrieMatch<PhraseValue>, actorId: string, joinable: (k: number) => boolean): number {
  let to = m.to;
  for (let k = m.from + 1; k < to; k++) {
    const longer = longestMatchAt(index.trie, words, k, joinable);
    if (longer && longer.to > to && longer.values.some((v) => v.kind === 'name' && v.actorId === actorId)) to = longer.to;
  }
  return to;
}

type TitleLead = Extract<PhraseValue, { kind: 'head' | 'counterpart' | 'description' }>;
const isTitleLead = (v: PhraseValue): v is TitleLead => v.kind === 'head' || ((v.kind === 'counterpart' || v.kind === 'description') && v.country === null);
const withCountry = (lead: TitleLead, country: string): PhraseValue => ({ ...lead, ...(lead.kind === 'head' ? { kind: 'role' } : {}), country }) as PhraseValue;

/**
 * «الضيف الروسي», "the Russian guest": of the persons named so far (`seen`, oldest first; registry actors, and the
 * `discovered` by their title's country), those of `country` (null: of any), the last first; given an `office`
 * («الوزير الإسباني»: ministers, not prime ministers), those who held one that day.
 */
function ofCountryLastFirst(index: ActorIndex, seen: string[], country: string | null, office?: Office, discovered: ReadonlyMap<string, Discovered> = new Map()): string[] {
  const holds = (id: string, { on, is }: Office) => (index.actors.has(id) ? rolesOn(index, id, on).some((r) => is(r.role)) : is(discovered.get(id)?.role.role ?? ''));
  const found: string[] = [];
  for (let i = seen.length - 1; i >= 0; i--) {
    if (!found.includes(seen[i]) && (country === null || countryOfNamed(index, seen[i], discovered) === country) && (office === undefined || holds(seen[i], office))) found.push(seen[i]);
  }
  return found;
}

/** A named person's country: the registry's, or the one a discovered person's title gave. */
const countryOfNamed = (index: ActorIndex, id: string, discovered: ReadonlyMap<string, Discovered> = new Map()): string | null =>
  index.actors.get(id)?.country ?? discovered.get(id)?.role.country ?? null;

/**
 * `ids` (the last named first), the one the article names most first; on a tie the last named, or with
 * `firstNamedOnTies` the first (a visitor is introduced before the president whose letter he hands over).
 */
function mostNamedFirst(ids: string[], context: ArticleContext, firstNamedOnTies = false): string[] {
  const times = (id: string) => context.times?.get(id) ?? 0;
  return ids
    .map((id, i) => ({ id, i, n: times(id) }))
    .sort((a, b) => b.n - a.n || (firstNamedOnTies ? b.i - a.i : a.i - b.i))
    .map((x) => x.id);
}

/**
 * Who a description of a country («الضيف الروسي», «الوزير الإيطالي») stands for: of that country's persons named so
 * far, the last first; a minister for «الوزير»; for «الموفد», «المسؤول» one who is not its head of state or
 * government (the president's envoy, not the president). "The French leader": its head of state or government the
 * article names most (the president it is about, not the prime minister named last in passing).
 */
function describedAs(index: ActorIndex, seen: string[], v: { country: string | null; minister: boolean; leader: boolean; nonLeader: boolean; guestOf: 'last' | 'home' | null; office: string | null }, published: string | null, context: ArticleContext): string[] {
  const { office } = v;
  if (office) return ofCountryLastFirst(index, seen, v.country, { on: published, is: (role) => role.includes(office) }, context.discovered);
  // «الضيف الروسي», "the Iranian visitor": of that country, the visitor the article names most (not the president
  // whose greetings the visitor conveyed, named last).
  if (v.guestOf) return mostNamedFirst(ofCountryLastFirst(index, seen, v.country, undefined, context.discovered), context, true);
  const leads = (id: string) => published !== null && index.actors.has(id) && rolesOn(index, id, published).some((r) => LEADERS.has(r.role));
  if (v.nonLeader) return ofCountryLastFirst(index, seen, v.country, undefined, context.discovered).filter((id) => !leads(id));
  if (!v.leader) return ofCountryLastFirst(index, seen, v.country, v.minister ? { on: published, is: isMinister } : undefined, context.discovered);
  return mostNamedFirst(ofCountryLastFirst(index, seen, v.country, { on: published, is: (role) => LEADERS.has(role) }, context.discovered), context);
}

/** «قبل أن ينتقل الأخير», «وأكد الأخير», «أكد خلاله الأخير», «مباحثات أجراها الأخير»: a verb (its object pronoun glued on
 *  or not) right before «الأخير», which is then "the latter". */
const VERB_BEFORE_LATTER = /(?:^|[\s،,])(?:[وف]|كما\s+|فيما\s+|بينما\s+|أن\s+|ان\s+)?(?:قال|أكد|اكد|أشار|اشار|أعرب|اعرب|أوضح|اوضح|شدد|لفت|دعا|نقل|سلّم|سلم|التقى|يلتقي|استقبل|يستقبل|زار|يزور|وصل|يصل|غادر|يغادر|توجه|يتوجه|انتقل|ينتقل|أجرى|اجرى|يجري|بحث|يبحث|عقد|يعقد|تلقى|يتلقى|أبلغ|ابلغ|عاد|يعود|(?:أجرا|اجرا|التقا|تلقا)(?=ه))(?:ه|ها|هما|هم)?(?:\s+(?:خلاله|خلالها|بدوره|بدورها))?\s+$/u;
const VERB_REACH = 32;

/** "his guest", "her visitor": the guest of the one named last. */
const POSSESSOR_BEFORE = /(?:^|[^\p{L}])(?:his|her)\s+$/iu;

/**
 * Who «ضيفه», «الضيف», "his guest" stands for: of the persons named so far who are not of the host's country, the one
 * the article names most (the visitor it is about, not one named last in passing), then the last. The host's
 * country is `host`'s (the one named last, for «ضيفه»), else the country the article reports from.
 */
function guestsOf(index: ActorIndex, seen: string[], host: string | null, context: ArticleContext, office?: Office): string[] {
  const countryOf = (id: string) => countryOfNamed(index, id, context.discovered);
  const home = host ? countryOf(host) : (context.visited ?? context.homes[0] ?? null);
  if (!home) return [];
  const guests = ofCountryLastFirst(index, seen, null, office, context.discovered).filter((id) => id !== host && countryOf(id) !== null && countryOf(id) !== home);
  return mostNamedFirst(guests, context, true);
}

/** "the visiting minister", «الرئيس الزائر»: a guest who holds that kind of office that day. */
function guestOffice(v: { minister: boolean; leader: boolean }, published: string | null): Office | undefined {
  if (v.minister) return { on: published, is: isMinister };
  if (v.leader) return { on: published, is: (role) => LEADERS.has(role) };
  return undefined;
}

/** The offices a country's "leader" may hold. */
const LEADERS = new Set(['president', 'king', 'emir', 'sultan', 'ruler', 'prime_minister', 'chancellor', 'supreme_leader', 'crown_prince', 'de_facto_leader']);

/** Which offices count, and on which day. */
interface Office {
  on: string | null;
  is: (role: string) => boolean;
}

// (A minister of state, «وزير الدولة للشؤون الخارجية», is «الوزير القطري» too.)
const isMinister = (role: string) => (role.endsWith('minister') && role !== 'prime_minister') || role.startsWith('minister_of_state');

/**
 * A generic title covers the specific offices of its kind: «المبعوث» special_envoy_libya, "the Iranian minister"
 * foreign_minister (a head of government is none of the ministers).
 */
const ofKind = (kind: string) => (role: string) => role === kind || role.startsWith(`${kind}_`) || (role.endsWith(`_${kind}`) && !role.endsWith('prime_minister'));

/** «الإيطاليين», «الإيطاليان»: the country of a nationality in the dual (the singular «الإيطالي» is a country term). */
function dualNationality(index: ActorIndex, word: string): string | null {
  const singular = /(?:ين|ان)$/.test(word) ? index.countryTrie.next.get(word.slice(0, -2)) : undefined;
  return singular?.values[0] ?? null;
}

/** Words that say where an office is held, before the country: «لدى», "to", "in". */
const POSTED = new Set(['لدي', 'في', 'الي', 'to', 'in']);
const MAX_COUNTRY_WORDS = 5;

/** A word of a country or of a place an office is held in («الجزائر», «بغداد», "Baghdad"). */
const isPlaceWord = (index: ActorIndex, w: string) => index.countryTokens.has(w) || index.placeTokens.has(w);

/**
 * The token after «لدى + a country or city» (where an ambassador or envoy is posted: «لدى بغداد», «بالجزائر» with
 * the preposition glued on), or `at` when none follows.
 */
function afterPostedTo(index: ActorIndex, words: string[], toks: Token[], text: string, at: number): number {
  if (at >= words.length || !adjacent(text, toks, at)) return at;
  let i: number;
  if (POSTED.has(words[at])) i = at + 1;
  else if (/^ب../.test(words[at]) && isPlaceWord(index, words[at].slice(1))) i = at;
  else return at;
  const first = i;
  if (i === at) i++;
  while (i < words.length && i - at <= MAX_COUNTRY_WORDS && isPlaceWord(index, words[i]) && adjacent(text, toks, i)) i++;
  return i > first ? i : at;
}

/** «جمهورية أوزبكستان الصديقة», «سلطنة عمان الشقيقة», «جمهورية باكستان الإسلامية», «جمهورية الصين الشعبية»: the
 *  courtesy adjective or the official name's after a state's name (normalised). */
const FRIENDLY = new Set(['الصديقه', 'الشقيقه', 'الصديق', 'الشقيق', 'الاسلاميه', 'العربيه', 'الشعبيه', 'الديمقراطيه', 'الاتحاديه', 'الفيدراليه', 'الفدراليه', 'الاشتراكيه']);
/** The token after the courtesy adjectives that follow a state's name at `at`. */
function afterFriendly(words: string[], toks: Token[], text: string, at: number): number {
  let i = at;
  while (i < words.length - 1 && FRIENDLY.has(words[i]) && adjacent(text, toks, i)) i++;
  return i;
}

/** Words that open the rest of a long title: «لشؤون الشرق الأوسط», «بوزارة الخارجية», «في الحكومة». */
const TAIL_OPENERS = new Set(['لشوون', 'للشوون', 'شوون', 'بوزاره', 'في', 'لدي', 'المكلف', 'المكلفه', 'للجيش', 'للقوات', 'لجمهوريه', 'جمهوريه', 'للجمهوريه', 'لمملكه', 'للمملكه', 'مملكه', 'لسلطنه', 'سلطنه', 'لدوله']);
const MAX_TAIL_WORDS = 9;

/**
 * The token after the rest of a long title that ends in a nationality («وزير الدولة لشؤون الشرق الأوسط بوزارة
 * الخارجية البريطانية هاميش …»): where the holder's name begins, and the nationality's country. `at` and null
 * when the title has no such rest.
 */
function afterTitleTail(index: ActorIndex, words: string[], toks: Token[], text: string, at: number, bare: boolean): { at: number; country: string | null } {
  const none = { at, country: null };
  if (at >= words.length || !adjacent(text, toks, at)) return none;
  if (!TAIL_OPENERS.has(words[at])) return bare ? { at: portfolioEnd(index, words, toks, text, at), country: null } : none;
  for (let i = at + 1; i < words.length && i - at <= MAX_TAIL_WORDS && adjacent(text, toks, i); i++) {
    if (!index.countryTrie.next.has(words[i])) continue;
    const c = longestMatchAt(index.countryTrie, words, i, (k) => adjacent(text, toks, k));
    if (c && c.cliticLength === 0 && c.to < words.length) return { at: afterFriendly(words, toks, text, c.to), country: c.values[0] };
  }
  // «وزير الدولة البريطاني لشؤون الشرق الأوسط هاميش …»: a title that has its nationality already, then a portfolio of
  // definite nouns or places («… الشرق الأوسط وشمال أفريقيا»); the name begins after them.
  if (bare || !/^لل?شوون$/.test(words[at])) return none;
  const ofPortfolio = (w: string) => /^و?ال/.test(w) || isPlaceWord(index, w.replace(/^و/, ''));
  let i = at + 1;
  while (i < words.length && i - at <= MAX_TAIL_WORDS && ofPortfolio(words[i]) && adjacent(text, toks, i)) i++;
  return i > at + 1 && i < words.length && adjacent(text, toks, i) && !/^ال/.test(words[i]) ? { at: i, country: null } : none;
}

/**
 * «وزير قطاع الأعمال العام محمد شيمي», «وزيرة التخطيط والتنمية الاقتصادية رانيا المشاط»: after a title with no
 * nationality, a portfolio of a few nouns (prose only with the article: «العام», «الاقتصادية»), then a given name:
 * the token where the name begins (`at` when there is none). Not past another title, a verb, a time or a preposition
 * («وزير الخارجية مستشار الأمن الوطني …», «قال وزير الدفاع يوم الأحد محمد …», «… قبيل بدئها لقاء مع دونالد …»).
 */
function portfolioEnd(index: ActorIndex, words: string[], toks: Token[], text: string, at: number): number {
  if (/[a-z]/.test(words[at])) return at;
  const isTitle = (i: number) => !!longestMatchAt(index.trie, words, i, (k) => adjacent(text, toks, k))?.values.some((v) => v.kind === 'head' || v.kind === 'role');
  for (let i = at; i < words.length && i - at < MAX_PORTFOLIO_WORDS && adjacent(text, toks, i); i++) {
    const w = words[i];
    if (i > at && isGivenNameArabic(w)) return i;
    const definite = /^و?ال/.test(w);
    if (isTitle(i) || isGivenNameArabic(w) || isGluedProse(w) || (!definite && (isCommonArabic(w) || looksLikeVerbOrPhrase(w)))) return nationalityEnd(index, words, toks, text, at, isTitle);
  }
  return at;
}
const MAX_PORTFOLIO_WORDS = 8;

/**
 * «رئيس مجلس الشيوخ الفرنسي جيرار لارشيه», «محافظ البنك المركزي المصري حسن عبد الله»: a title the registry lacks, of
 * a few nouns, whose nationality closes it; the token after the nationality (`at` when none does). Not past a
 * verb, another title or a preposition glued to a word.
 */
function nationalityEnd(index: ActorIndex, words: string[], toks: Token[], text: string, at: number, isTitle: (i: number) => boolean): number {
  for (let i = at + 1; i < words.length && i - at <= MAX_NATIONALITY_REACH && adjacent(text, toks, i); i++) {
    const w = words[i];
    const c = index.countryTrie.next.has(w) ? longestMatchAt(index.countryTrie, words, i, (k) => adjacent(text, toks, k)) : null;
    // (A word glued to a preposition after the nationality is prose: «… للشعب العماني بدوام التقدم».)
    if (c && c.cliticLength === 0 && /^ال/.test(w) && adjacent(text, toks, c.to) && (isGivenNameArabic(words[c.to]) || !/^[بلكفو]/.test(words[c.to]))) return c.to;
    // («السلطان وتمنياته للشعب العماني بدوام التقدم»: a conjunction before a word is no part of a title.)
    if (isTitle(i) || isGluedProse(w) || /^و(?!ال)/.test(w) || (!/^و?ال/.test(w) && looksLikeVerbOrPhrase(w))) return at;
  }
  return at;
}
const MAX_NATIONALITY_REACH = 5;

/** The words that go on with a title («والتعاون والموريتانيين في الخارج»), then a comma before the name. */
const TITLE_REST_THEN_COMMA = /^(?:\s+(?:و|ال|لل|بال)[\p{L}\u0640]+|\s+في|\s+لدى){1,6}\s*[،,]\s*$/u;

/** A name set off by commas after its title («سفير فرنسا بالجزائر، ستيفان …،»): the comma before it. */
const COMMA_BEFORE = /^\s*[،,]\s*$/;
/** What may follow such a name: another comma, the sentence's end, or a relative pronoun. */
const CLOSES_APPOSITION = /^\s*[،,.:؛]/;
const RELATIVE = new Set(['الذي', 'التي', 'who']);

function heldRole(index: ActorIndex, actorId: string, r: { role: string; country: string }): boolean {
  return index.actors.get(actorId)?.roles.some((x) => x.role === r.role && x.country === r.country) ?? false;
}

/** Only spaces and quotation marks between a title and what follows it. */
function adjacent(text: string, toks: Token[], k: number): boolean {
  if (k >= toks.length || k <= 0) return false;
  const gap = text.slice(toks[k - 1].end, toks[k].start);
  // The dot of an abbreviated rank or honorific ("Dr.", "Lt. Gen.", "Amb.") does not part it from the name.
  return /^[\s"'()]*$/.test(gap) || (/^\.\s+$/.test(gap) && /^[a-z]{1,4}$/.test(toks[k - 1].token));
}

/** Most words a discovered name runs to, connectors («بن», «آل», "bin") not counted. */
const MAX_NAME_WORDS = 5;

interface FoundName {
  name: string;
  start: number;
  end: number;
  /** The name's normalised words. */
  words: string[];
  /** One past the name's last token. */
  endToken: number;
  language: 'ar' | 'en';
}

/**
 * The name right after a title or honorific: name-like words up to the name's real end («محمد بن عبدالرحمن آل
 * ثاني», «قاسم جومارت توكاييف», "Sabah Khalid Al-Hamad Al-Sabah"), at least two of them. A first word that is a
 * common word or has the shape of a verb («يبحث سبل», «يرحب بقرار», "Says") is no name.
 */
function discoverName(index: ActorIndex, original: string, norm: NormalizedText, toks: Token[], at: number, limit: number, afterComma = false): FoundName | null {
  if (at >= Math.min(toks.length, limit) || !(afterComma || adjacent(norm.text, toks, at))) return null;
  const latin = /[a-z]/.test(toks[at].token);
  const words: number[] = [];
  let nameWords = 0;
  for (let i = at; i < Math.min(toks.length, limit) && nameWords < MAX_NAME_WORDS; i++) {
    if (i > at && !/^[\s\-‐]*$/.test(norm.text.slice(toks[i - 1].end, toks[i].start))) break;
    const w = toks[i].token;
    // (With a diacritic after its last letter: «مثمناً»'s tanween.)
    const written = original.slice(norm.origin[toks[i].start], norm.origin[toks[i].end - 1] + 2).replace(/[^\p{L}\p{M}]$/u, '');
    const afterConnector = words.length > 0 && NAME_CONNECTORS.has(toks[words[words.length - 1]].token);
    if (NAME_CONNECTORS.has(w) && (words.length > 0 || w === 'عبد' || w === 'ابو' || w === 'abu' || w === 'abd')) {
      words.push(i);
      continue;
    }
    // "Kim Jung-kwan", "Kang Hoon-sik": a Korean given name's second syllable, written small after a hyphen.
    const syllable = latin && nameWords > 0 && /^[-‐]$/.test(norm.text.slice(toks[i - 1].end, toks[i].start)) && /^\p{Ll}/u.test(written) && !COMPOUND_AFTER_NAME.has(w);
    if (!syllable && !nameWord(w, written, latin, nameWords, afterConnector)) break;
    if (index.titleTokens.has(w) && !(nameWords === 0 && (isGivenNameArabic(w) || isGivenNameEnglish(w)))) break;
    if (!latin && nameWords > 0 && !afterConnector && endsName(w, written) && !closingSurname(index, norm.text, toks, i)) break;
    words.push(i);
    nameWords++;
    // «آل سعود» ends a name; a family name with the article may be followed only by another («مشعل الأحمد الجابر الصباح»).
    if (afterConnector && toks[words[words.length - 2]].token === 'ال') break;
    // («عبد الرحمن», «عبد العزيز»: after «عبد» the article's word is half of a given name, and a «بن» may follow.)
    if (!latin && nameWords >= 2 && /^ال/.test(w) && toks[i - 1].token !== 'عبد' && !(i + 1 < toks.length && /^ال/.test(toks[i + 1].token) && !index.countryTokens.has(toks[i + 1].token))) break;
  }
  while (words.length && NAME_CONNECTORS.has(toks[words[words.length - 1]].token)) words.pop();
  const counted = words.filter((i) => !NAME_CONNECTORS.has(toks[i].token) || toks[i].token === 'عبد').length;
  if (counted < 2) return null;
  const start = norm.origin[toks[words[0]].start];
  const end = norm.origin[toks[words[words.length - 1]].end - 1] + 1;
  return { name: original.slice(start, end), start, end, words: words.map((i) => toks[i].token), endToken: words[words.length - 1] + 1, language: latin ? 'en' : 'ar' };
}

const ROYAL_OFFICES = new Set(['crown_prince', 'deputy_crown_prince', 'king', 'emir', 'sultan']);

/** The one holder, of any country, of `role` on `day` whose first given name is `word` (normalised), or null. */
function holderByGivenName(index: ActorIndex, role: string, word: string, day: string | null): string | null {
  if (!word || word.length < 3 || index.titleTokens.has(word) || index.countryTokens.has(word)) return null;
  const found = new Set<string>();
  for (const [key, terms] of index.holders) {
    if (!key.startsWith(`${role}|`)) continue;
    for (const t of terms) {
      if (day && ((t.from && t.from > day) || (t.to && t.to < day))) continue;
      const actor = index.actors.get(t.actorId);
      if (actor && [actor.name.en, actor.name.ar].some((n) => firstGivenName(n) === word)) found.add(t.actorId);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
/** A name's first word, normalised, past a leading «ال»-less particle: "Hussein bin Abdullah II" → "hussein". */
const firstGivenName = (name: string) => normalizeArabic(name.split(/\s+/)[0] ?? '').toLowerCase().replace(/^ال/, '');

/** "Modi-led", "Saudi-brokered", "President-elect": a word joined to a name by a hyphen that is not the name's. */
const COMPOUND_AFTER_NAME = new Set(['led', 'backed', 'based', 'born', 'era', 'style', 'run', 'owned', 'brokered', 'appointed', 'designate', 'elect', 'sponsored', 'hosted', 'linked', 'allied', 'aligned', 'controlled']);

/** A word that begins like «فالـ», «كالـ» but is no common word after it: a foreign surname («فالكونر»), maybe. */
const opensLikeAndThe = (w: string) => /^(?:فال|كال)/.test(w) && !isCommonArabic(w.slice(3));

/**
 * «هاميش فالكونر،»: a foreign surname that begins like «فالـ» or «كالـ» («and/as the …») is a name where it closes
 * the name, a punctuation mark or a title right after it; a glued conjunction goes on into its clause.
 */
function closingSurname(index: ActorIndex, text: string, toks: Token[], i: number): boolean {
  if (!opensLikeAndThe(toks[i].token)) return false;
  // («هاميش فالكونر وزير الدولة البريطاني»: a title right after closes it as well.)
  return i + 1 >= toks.length || CLOSES_APPOSITION.test(text.slice(toks[i].end, toks[i + 1].start)) || index.titleTokens.has(toks[i + 1].token);
}

/** A name after its title and a comma, closed by another comma, the sentence's end or «الذي»: `at` is the name's first token. */
function apposedName(index: ActorIndex, original: string, norm: NormalizedText, toks: Token[], words: string[], at: number, limit: number): FoundName | null {
  if (at <= 0 || at >= toks.length || !COMMA_BEFORE.test(norm.text.slice(toks[at - 1].end, toks[at].start))) return null;
  const found = discoverName(index, original, norm, toks, at, limit, true);
  if (!found) return null;
  const end = found.endToken;
  const closed = end >= toks.length || CLOSES_APPOSITION.test(norm.text.slice(toks[end - 1].end, toks[end].start)) || RELATIVE.has(words[end]);
  return closed ? found : null;
}

/** At most this many words of a title before its head: "the Middle East minister", "Pakistan's special envoy". */
const MAX_TITLE_LEAD = 4;
const MAX_NAME_BEFORE = 4;

/**
 * English: the name the title at token `at` is an apposition to ("Hamish Falconer, the Middle East minister",
 * "Sadiq Khan, Pakistan's special representative"), and the country its possessive names. Tokens before `floor`
 * belong to an earlier match (a known name needs no finding).
 */
function nameBeforeTitle(index: ActorIndex, original: string, norm: NormalizedText, toks: Token[], words: string[], at: number, floor: number): { found: FoundName; country: string | null } | null {
  if (!/[a-z]/.test(words[at] ?? '')) return arabicNameBeforeTitle(index, original, norm, toks, words, at, floor);
  let comma = -1;
  for (let i = at; i > floor && at - i <= MAX_TITLE_LEAD; i--) {
    if (COMMA_BEFORE.test(norm.text.slice(toks[i - 1].end, toks[i].start))) {
      comma = i;
      break;
    }
    if (!adjacentOrPossessive(norm.text, toks, i)) return null;
  }
  if (comma < 0) return null;
  const lead = words[comma];
  const country = index.countryTrie.next.has(lead) ? longestMatchAt(index.countryTrie, words, comma, (k) => adjacentOrPossessive(norm.text, toks, k)) : null;
  // ", the Middle East minister", ", Pakistan's special envoy", ", head of the …": an apposition, not a list.
  if (lead !== 'the' && !country && comma !== at) return null;
  let start = comma;
  // ("Mohammed bin Mubarak Al Mazrouei, Minister of State": a lower-case «bin» between capitalised words is the name's
  // too, and no word of its length.)
  const capital = (k: number) => /^\p{Lu}/u.test(original[norm.origin[toks[k].start]]);
  const linkAt = (k: number) => k - 1 >= floor && PATRONYMIC.has(words[k]) && capital(k - 1) && adjacent(norm.text, toks, k);
  let links = 0;
  while (start - 1 >= floor && comma - start - links < MAX_NAME_BEFORE && (start === comma || adjacent(norm.text, toks, start)) && (capital(start - 1) || (start < comma && linkAt(start - 1)))) {
    if (!capital(start - 1)) links++;
    start--;
  }
  // The longest run of capitalised words up to the comma that is a name («Mr», a dateline's city are not).
  for (; start < comma; start++) {
    const found = discoverName(index, original, norm, toks, start, comma, true);
    if (found && found.endToken === comma) return { found, country: country?.values[0] ?? null };
  }
  return null;
}

/**
 * «استقبل … جاغديب دانكار نائب رئيس الجمهورية الهندية», «جون بيار لاكروا، وزير الخارجية البلجيكي»: agency style
 * names a guest the registry does not know before the title. The name is the words right before the title (or its
 * comma) that can each be a name's (no common word, particle-glued prose, pronoun of rank «سموه» or title word),
 * right after the verb of the audience, its day or «مع».
 */
function arabicNameBeforeTitle(index: ActorIndex, original: string, norm: NormalizedText, toks: Token[], words: string[], at: number, floor: number): { found: FoundName; country: null } | null {
  if (at - 2 < floor || !/^[\s،,]*$/u.test(norm.text.slice(toks[at - 1].end, toks[at].start))) return null;
  let start = at;
  while (start - 1 >= floor && at - start < MAX_NAME_BEFORE && (start === at || adjacent(norm.text, toks, start)) && couldBeNameWordBefore(index, words[start - 1], start === at)) start--;
  for (; start <= at - 2; start++) {
    if (!GUEST_LEAD.has(words[start - 1] ?? '')) continue;
    const found = discoverName(index, original, norm, toks, start, at, true);
    if (found && found.endToken === at) return { found, country: null };
  }
  return null;
}

/** What the name of a guest follows: the verb of the audience, its day, «مع» (normalised). */
const GUEST_LEAD = new Set([
  ...['استقبل', 'استقبلت', 'واستقبل', 'واستقبلت', 'يستقبل', 'تستقبل', 'التقى', 'التقت', 'والتقى', 'والتقت', 'يلتقي', 'تلتقي', 'مع'],
  ...['امس', 'اليوم', 'ذاته', 'نفسه', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت'],
]);

function couldBeNameWordBefore(index: ActorIndex, w: string, lastBeforeTitle = false): boolean {
  if (/[a-z0-9]/.test(w) || index.titleTokens.has(w) || index.honorificPronouns.forms.has(w)) return false;
  // («هاميش فالكونر وزير الدولة»: a surname like «فالـ…» right before the title closes the name, as closingSurname.)
  const closes = lastBeforeTitle && opensLikeAndThe(w);
  return NAME_CONNECTORS.has(w) || ((!isCommonArabic(w) || isGivenNameArabic(w)) && !isGluedProse(w) && (closes || !endsName(w, w)));
}

const adjacentOrPossessive = (text: string, toks: Token[], k: number) => /^[\s'’]*$/.test(text.slice(toks[k - 1].end, toks[k].start));

function nameWord(w: string, written: string, latin: boolean, position: number, afterConnector: boolean): boolean {
  if (w.length < 2 || /\d/.test(w) || latin !== /[a-z]/.test(w)) return false;
  if (latin) {
    if (!/^\p{Lu}/u.test(written)) return false;
    return position === 0 ? isGivenNameEnglish(w) || !isCommonEnglish(w) : !isCommonEnglish(w) || isGivenNameEnglish(w);
  }
  if ((isCommonArabic(w) && !isGivenNameArabic(w)) || isGluedProse(w)) return false;
  // The prepositions «على», «أمام», not the names «علي», «إمام» they read as once normalised.
  if (written === 'على' || written === 'أمام') return false;
  // «بأول», «لأن», «كأحد»: a preposition glued to a word with a hamza, not the name («باول», Powell) it reads as once normalised.
  if (/^[بلك]أ/.test(written)) return false;
  // «مثمناً», «مؤكداً»: the accusative's tanween marks an adverb of manner, never a name.
  if (/\u064B/.test(written)) return false;
  if (position > 0 || afterConnector) return true;
  // The article is written with a bare alef; «أليكسي» (hamza) is a name, «الرئيس» is not. A family name may carry
  // it («بدر البوسعيدي»), a first name may not.
  if (/^(ال|بال|وال|فال|لل|ولل)/.test(written)) return false;
  return !looksLikeVerbOrPhrase(w);
}

function discoveredMention(found: FoundName, role: { role: string; country: string | null }): FoundMention {
  const discovered: Discovered = {
    key: `discovered:${normalizeArabic(found.name)}`,
    name: found.name,
    latin: found.language === 'en' ? found.name : transliterateName(found.name),
    language: found.language,
    role,
  };
  return { actorId: null, via: 'discovered', start: found.start, end: found.end, discovered };
}

/**
 * A registry person written in a spelling the registry lacks («عراقتشي», "Arakchi"): the name's last word has
 * the skeleton of exactly one person's surname, and the title, when there is one, is an office that person held.
 */
function knownSpelling(index: ActorIndex, words: string[], role: { role: string; country: string } | null, date: string | null): string | null {
  const id = spelledActor(index, words[words.length - 1]) ?? fullNamePrefixOf(index, words) ?? fullNameWithin(index, words);
  // «الفريق أول خالد حفتر» beside «خليفة حفتر», «رانيا المشاط» beside «مهدي المشاط»: a given name of its own makes
  // another person of the family.
  if (id && (isGivenNameArabic(words[0]) || isGivenNameEnglish(words[0])) && givenNameOfAnother(index, words[0], id)) return null;
  if (!id && role) return holderSpelledSo(index, words, role, date);
  if (!id || !role) return id;
  return index.actors.get(id)?.roles.some((r) => r.role === role.role && r.country === role.country) || holderOn(index, role.role, role.country, date) === id ? id : null;
}

/** The one person named before in the article, of those the registry does not know, whose name ends in `words`
 *  (two words or more: «بن فرحان»). */
function discoveredEndingIn(words: string[], context: ArticleContext): string | null {
  if (words.length < 2 || !context.discovered) return null;
  const owners = [...context.discovered].filter(([, d]) => normalizeArabic(d.name).split(/\s+/).slice(-words.length).join(' ') === words.join(' '));
  return owners.length === 1 ? owners[0][0] : null;
}

/**
 * The last words of the full names of the registry people the article has named: once «أحمد الشرع» or "Yvette
 * Cooper" is named, «الشرع» and "Cooper" alone are that person, though the registry lists neither as a surname
 * (each is also a common word or another person's name elsewhere). A word two of them share names nobody.
 */
function lastNamesOf(index: ActorIndex, seen: string[], discovered: ReadonlyMap<string, Discovered> = new Map()): Map<string, string | null> {
  const owners = new Map<string, string | null>();
  for (const id of new Set(seen)) {
    const a = index.actors.get(id);
    addLastNames(owners, id, a ? registryLastNames(a) : discovered.has(id) ? lastNamesIn([discovered.get(id)!.name]) : []);
  }
  return owners;
}

/**
 * "Badr", "Tamim" alone in English once "Badr Albusaidi" or "Sheikh Tamim bin Hamad" is named: Gulf outlets' English
 * (and the wires after them) call their royals and ministers by the given name. The English given names of the Gulf
 * registry people the article has named (a name two share names nobody).
 */
function givenNamesOf(index: ActorIndex, seen: string[]): Map<string, string | null> {
  const owners = new Map<string, string | null>();
  for (const id of new Set(seen)) {
    const a = index.actors.get(id);
    if (!a || !GIVEN_NAME_COUNTRIES.has(a.country ?? '')) continue;
    addLastNames(owners, id, [...new Set(a.fullNames.en.map((n) => normalizeArabic(n).split(/[\s-]+/)[0]).filter((w) => w.length >= 4))]);
  }
  return owners;
}
const GIVEN_NAME_COUNTRIES = new Set(['OM', 'AE', 'SA', 'QA', 'KW', 'BH']);

/** A given name of `owners` standing alone: capitalised, with no capitalised word right before or after it and no "bin"
 *  or "al" after it (that would make it part of another name: "Badr Abdelatty", "Prince Badr", "Mohammed bin Abdulaziz",
 *  "Mohammed al-Sudani"). */
function givenNameAlone(owners: Map<string, string | null>, original: string, norm: NormalizedText, toks: Token[], i: number): Match | null {
  const w = toks[i].token;
  const actorId = owners.get(w);
  if (!actorId || !/^[a-z]+$/.test(w) || !capitalisedAt(original, norm, toks, i)) return null;
  const touching = (k: number) => k >= 0 && k < toks.length && /^[\s'’-]*$/.test(norm.text.slice(Math.min(toks[k].end, toks[i].end), Math.max(toks[k].start, toks[i].start))) && capitalisedAt(original, norm, toks, k) && /[a-z]/.test(toks[k].token);
  if (touching(i - 1) || touching(i + 1) || (i + 1 < toks.length && (PATRONYMIC.has(toks[i + 1].token) || /^(?:al|el)$/.test(toks[i + 1].token)))) return null;
  const value: PhraseValue = { kind: 'name', actorId, via: 'surname' };
  return { from: i, to: i + 1, values: [value], cliticLength: 0, value };
}

/** `id`'s last names into `owners` (last name → its one bearer, or null when two share it). */
function addLastNames(owners: Map<string, string | null>, id: string, lasts: string[]): void {
  for (const last of lasts) {
    const owner = owners.get(last);
    owners.set(last, owner === undefined || owner === id ? id : null);
  }
}

// Asked for at every passage, of every actor named before it: a registry person's are worked out once.
const registryLastNamesOf = new WeakMap<RegistryActor, string[]>();

function registryLastNames(a: RegistryActor): string[] {
  let lasts = registryLastNamesOf.get(a);
  if (!lasts) {
    const onceNamed = [...(a.surnamesOnceNamed?.ar ?? []), ...(a.surnamesOnceNamed?.en ?? [])].map((n) => normalizeArabic(n));
    registryLastNamesOf.set(a, (lasts = [...lastNamesIn([...a.fullNames.ar, ...a.fullNames.en]), ...onceNamed]));
  }
  return lasts;
}

/** The last words of `names` (normalised) that can name their bearer alone, in order. */
function lastNamesIn(names: string[]): string[] {
  const lasts: string[] = [];
  for (const n of names) {
    const words = normalizeArabic(n).split(/[\s-]+/);
    const last = words[words.length - 1];
    // «الله» ends «حسن نصر الله» but is no name alone («حزب الله»); nor is a common word or a given name, nor a forebear's
    // name that ends a chain («محمد بن سلمان بن عبد العزيز»; «بدر عبد العاطي» ends in a surname).
    if (forebearAt((k) => words[k], words.length - 1) || last.length < 4 || NAME_CONNECTORS.has(last) || last === 'الله' || isCommonArabic(last) || isGivenNameArabic(last)) continue;
    lasts.push(last);
  }
  return lasts;
}

/** Whether word `i` (of those `wordAt` gives) is a father's or forebear's name: right after «بن», or after «بن عبد» («بن عبد العزيز»). */
const forebearAt = (wordAt: (k: number) => string, i: number) => i > 0 && (PATRONYMIC.has(wordAt(i - 1)) || (wordAt(i - 1) === 'عبد' && i > 1 && PATRONYMIC.has(wordAt(i - 2))));

/**
 * «استقبل السوداني الوزير السوري»: the last name of someone the article has named, read as a nationality («the
 * Sudanese …»), is that person where no definite noun before it could take it as its adjective («الوزير السوداني»).
 */
function surnameOverAdjective(m: TrieMatch<PhraseValue> | null, words: string[], i: number, surname: () => Match | null): TrieMatch<PhraseValue> | null {
  if (!m || !m.values.every((v) => v.kind === 'description') || (i > 0 && /^ال/.test(withoutProclitic(words[i - 1], 2)))) return m;
  return surname() ?? m;
}

/** The registry person named right after match `j` (a comma, honorifics and titles of the same person only between), or null. */
function namedRightAfter(matches: Match[], j: number, text: string, span: (from: number, to: number) => { start: number; end: number }): { actorId: string; chained: boolean } | null {
  let k = j + 1;
  // «نائب رئيس الوزراء وزير الخارجية … أيمن الصفدي»: titles one after another are the same person's.
  let chained = false;
  // (Not across a preposition: «استقبال ولي العهد لوزير الخارجية الإيراني …» names two.)
  while (k < matches.length && matches[k].from === matches[k - 1].to && (matches[k].value.kind === 'honorific' || ((matches[k].value.kind === 'head' || matches[k].value.kind === 'role') && matches[k].cliticLength === 0))) {
    chained ||= matches[k].value.kind !== 'honorific';
    k++;
  }
  const next = matches[k];
  if (!next || next.value.kind !== 'name' || next.from !== matches[k - 1].to) return null;
  const gap = text.slice(span(matches[j].from, matches[j].to).end, span(matches[j + 1].from, matches[j + 1].to).start);
  return APPOSED.test(gap) ? { actorId: next.value.actorId, chained } : null;
}

/** Most words after a matched name up to the family name that ends it. */
const MOST_CHAIN_TAIL = 4;

function namedBefore(owners: Map<string, string | null>, original: string, norm: NormalizedText, toks: Token[], i: number): Match | null {
  if (owners.size === 0) return null;
  // «بن عبدالعزيز», "bin Abdulaziz": a father's or forebear's name inside someone's chain, not the person it is the surname of.
  if (forebearAt((k) => toks[k].token, i)) return null;
  const w = toks[i].token;
  // «للبرهان»: «لـ» before «ال» drops the alef.
  const contracted = /^لل./.test(w) ? `ا${w.slice(1)}` : null;
  const actorId = owners.get(w) ?? owners.get(withoutProclitic(w, 3)) ?? (contracted ? owners.get(contracted) : undefined);
  if (!actorId) return null;
  if (/[a-z]/.test(w) && !capitalisedAt(original, norm, toks, i)) return null;
  const clitic = owners.get(w) ? 0 : 1;
  const value: PhraseValue = { kind: 'name', actorId, via: 'surname' };
  return { from: i, to: i + 1, values: [value], cliticLength: clitic, value };
}

/**
 * "Nawaz Sharif" in an article that named Shehbaz Sharif, «نواز شريف» beside «شهباز شريف»: a given name of its own
 * right before the surname is another person of the family, not the one the surname was known for. (A given name
 * agreeing in its first letters, "Mohamed" for "Mohammed", is the same person's.)
 */
function anotherGivenName(index: ActorIndex, text: string, norm: NormalizedText, toks: Token[], words: string[], at: number, actorId: string): boolean {
  if (at === 0 || !/^[\s-]+$/.test(norm.text.slice(toks[at - 1].end, toks[at].start))) return false;
  // "Rania Al-Mashat", "Ahmed el Sayed": the given name stands before the surname's article.
  if (at > 1 && SURNAME_ARTICLE.test(words[at - 1]) && /^[\s-]+$/.test(norm.text.slice(toks[at - 2].end, toks[at - 1].start))) at--;
  else if (!/^\s+$/.test(norm.text.slice(toks[at - 1].end, toks[at].start))) return false;
  const given = words[at - 1];
  const latin = /[a-z]/.test(given);
  if (latin ? !capitalisedAt(text, norm, toks, at - 1) || !isGivenNameEnglish(given) : !isGivenNameArabic(given) || isPrepositionAla(text, norm, toks[at - 1])) return false;
  return givenNameOfAnother(index, given, actorId);
}

/** «ضيفا على ميلوني», «الضغط على نتنياهو»: «على» written with a final «ى» is the preposition, which the normaliser
 *  spells as the given name «علي». */
function isPrepositionAla(text: string, norm: NormalizedText, tok: Token): boolean {
  return writtenAt(text, norm, tok) === 'على';
}

/**
 * "Dar al-Ifta", "Hussein al-Sheikh": a surname written in Latin letters and followed by an Arabic article and a
 * capitalised word begins a longer name (an institution, a place, another person), not a mention of its bearer.
 */
function opensLongerArabicName(text: string, norm: NormalizedText, toks: Token[], to: number): boolean {
  if (to >= toks.length || !/[a-z]/.test(toks[to - 1].token)) return false;
  const end = norm.origin[toks[to - 1].end - 1] + 1;
  return /^[\s‐-]+(?:al|el|ul|es|ash)[\s‐-]+\p{Lu}/u.test(text.slice(end, end + 8));
}

/** The article of a Latin-written Arab surname, written apart ("Al-Mashat", "el Sayed"). */
const SURNAME_ARTICLE = /^(?:al|el)$/;

/** Whether a given name agrees with none of a registry person's names (in its first letters): another person's. */
function givenNameOfAnother(index: ActorIndex, given: string, actorId: string): boolean {
  const a = index.actors.get(actorId);
  if (!a) return false;
  const stem = given.slice(0, 3);
  return ![...a.fullNames.ar, ...a.fullNames.en, ...a.aliases.ar, ...a.aliases.en].some((n) => normalizeArabic(n).split(/[\s-]+/).some((w) => w.startsWith(stem)));
}

/** Whether token `k` starts with a capital letter in the original text (the tokens' words are lower-cased). */
/** A token as the text wrote it (before normalising). */
const writtenAt = (text: string, norm: NormalizedText, tok: Token) => text.slice(norm.origin[tok.start], norm.origin[tok.end - 1] + 1);
const capitalisedAt = (text: string, norm: NormalizedText, toks: Token[], k: number) => /^\p{Lu}/u.test(text[norm.origin[toks[k].start]]);
/** "EREVAN - …", "NATO", "RIA Novosti": a Latin word in capitals is a dateline's city or an acronym, never a name's word. */
const inCapitals = (text: string, norm: NormalizedText, tok: Token) => tok.token.length > 1 && /[a-z]/.test(tok.token) && writtenAt(text, norm, tok) === tok.token.toUpperCase();

const FIRST_OF_KIND = new Set(['first', 'only', 'last', 'second', 'youngest', 'oldest']);

const PATRONYMIC = new Set(['بن', 'ابن', 'بنت', 'bin', 'ibn', 'bint']);

/**
 * The one registry person whose full name begins with these words («محمد بن عبدالرحمن» of «محمد بن عبدالرحمن بن
 * جاسم آل ثاني»): a name shortened the way news shortens Arab names.
 */
function fullNamePrefixOf(index: ActorIndex, words: string[]): string | null {
  if (words.length < 3) return null;
  const prefix = words.join(' ');
  let found: string | null = null;
  for (const { id, names } of fullNameWords(index)) {
    if (!names.some((n) => n.join(' ').startsWith(`${prefix} `))) continue;
    if (found && found !== id) return null;
    found = id;
  }
  return found;
}

/**
 * «الرئيس الكوري يون صوك يول» for «يون سوك يول»: after a title of one office and country, a whole name within two
 * letters of a full name of that office's holder that day is the holder, spelt another way.
 */
function holderSpelledSo(index: ActorIndex, words: string[], role: { role: string; country: string }, date: string | null): string | null {
  const holder = holderOn(index, role.role, role.country, date);
  if (!holder) return null;
  const written = compactName(words);
  return fullNameWords(index).some(({ id, names }) => id === holder && names.some((n) => withinEdits(compactName(n), written) || chainWithin(n, words))) ? holder : null;
}

/** "Mohamed bin Abdulrahman bin Jasim bin Jaber Al-Thani" for the holder's "Mohammed bin Abdulrahman Al Thani": the
 *  registry's words, each as written or a letter or two off, in order within the written ones, the first and the last
 *  the same (a long Arab name is written with more or fewer forebears). */
function chainWithin(name: string[], written: string[]): boolean {
  const [given, family] = [name.filter((w) => !PATRONYMIC.has(w)), written.filter((w) => !PATRONYMIC.has(w))];
  if (given.length < 3 || family.length <= given.length || given[given.length - 1] !== family[family.length - 1] || !withinEdits(given[0], family[0])) return false;
  let at = 1;
  for (const w of given.slice(1, -1)) {
    while (at < family.length - 1 && !(w === family[at] || (w.length >= 4 && withinEdits(w, family[at])))) at++;
    if (at >= family.length - 1) return false;
    at++;
  }
  return true;
}

/** A name's words without «بن»/"bin" and with "Al" glued to the word it prefixes: "Badr Hamad Al Busaidi" and "Badr bin
 *  Hamad Albusaidi" are one way of writing one name (outlets drop the «بن» and split or join the article). */
function compactName(words: string[]): string {
  return words
    .filter((w) => !PATRONYMIC.has(w))
    .join(' ')
    .replace(/(?:^|\s)(?:al|el)\s+(?=\p{L})/gu, (m) => `${m.startsWith(' ') ? ' ' : ''}al`);
}

// Every registry person's full names, normalised and split into words: asked for at every name discovery.
const fullNameWordsOf = new WeakMap<ActorIndex, { id: string; names: string[][] }[]>();

/** «آل», "Al", "al": the family name follows. */
const FAMILY_LINK = new Set(['ال', 'آل', 'al']);

/**
 * Where the chain written from `from` ends when, after the registry person's name (`from`–`to`), it goes on with a
 * forebear («بن زايد») or a family («آل نهيان») that none of the person's full names has there while one of them has
 * another; null when it does not go on so.
 */
function contradictedChainEnd(index: ActorIndex, words: string[], from: number, to: number, actorId: string): number | null {
  const link = words[to];
  const next = words[to + 1];
  if (next === undefined || !(PATRONYMIC.has(link) || FAMILY_LINK.has(link))) return null;
  const written = words.slice(from, to);
  const names = fullNameWords(index).find(({ id }) => id === actorId)?.names ?? [];
  const goingOn = names.filter((n) => n.length > written.length + 1 && written.every((w, k) => n[k] === w) && PATRONYMIC.has(n[written.length]) === PATRONYMIC.has(link));
  if (goingOn.length === 0 || goingOn.some((n) => n[written.length + 1] === next)) return null;
  let end = to;
  while (PATRONYMIC.has(words[end]) && words[end + 1] !== undefined) end += 2;
  if (FAMILY_LINK.has(words[end]) && words[end + 1] !== undefined) end += 2;
  return end;
}

function fullNameWords(index: ActorIndex): { id: string; names: string[][] }[] {
  let all = fullNameWordsOf.get(index);
  if (!all) {
    all = [...index.actors].map(([id, a]) => ({ id, names: [...a.fullNames.ar, ...a.fullNames.en].map((n) => normalizeArabic(n).split(/[-\s]+/)) }));
    fullNameWordsOf.set(index, all);
  }
  return all;
}

/**
 * The one registry person whose full name the words give with a forebear more before the family name ("Sabah
 * Al-Khaled Al-Hamad Al-Mubarak Al-Sabah" for "Sabah Al-Khaled Al-Hamad Al-Sabah"): the registry's words but its last
 * begin the name, its last ends it, and no «بن»/"bin" is among those between (that would be another father: "Faisal bin
 * Bandar bin Abdulaziz" is not King Faisal bin Abdulaziz). News writes a long Arab name with more or fewer forebears.
 */
function fullNameWithin(index: ActorIndex, words: string[]): string | null {
  if (words.length < 5) return null;
  let found: string | null = null;
  for (const { id, names } of fullNameWords(index)) {
    const within = names.some((name) => {
      if (name.length < 4 || name.length >= words.length || name[name.length - 1] !== words[words.length - 1]) return false;
      if (name.slice(0, -1).some((w, i) => w !== words[i])) return false;
      return !words.slice(name.length - 1, -1).some((w) => PATRONYMIC.has(w));
    });
    if (!within) continue;
    if (found && found !== id) return null;
    found = id;
  }
  return found;
}

/** The first name alone after an honorific, when exactly one person named before in the article bears it. */
function firstNameOf(index: ActorIndex, seen: string[], norm: NormalizedText, toks: Token[], at: number, style: string) {
  if (at >= toks.length || !adjacent(norm.text, toks, at)) return null;
  const w = toks[at].token;
  if (w.length < 3 || isCommonArabic(w)) return null;
  let ids = [
    ...new Set(
      seen.filter((id) => {
        const a = index.actors.get(id);
        return a && [...a.fullNames.ar, ...a.fullNames.en].some((n) => normalizeArabic(n).split(/[\s-]+/)[0] === w);
      }),
    ),
  ];
  // "Prince Mohammed" after Mohammed bin Salman and Mohamed bin Zayed: the one of a house the style belongs to.
  const houses = ids.length > 1 ? STYLE_COUNTRIES.get(style) : undefined;
  if (houses) ids = ids.filter((id) => houses.has(index.actors.get(id)!.country.slice(0, 2)));
  if (ids.length !== 1) return null;
  return { actorId: ids[0], start: norm.origin[toks[at].start], end: norm.origin[toks[at].end - 1] + 1 };
}

/**
 * Who «وزير الخارجية» alone, "the king" stands for: the home holder (the first of the article's countries with one).
 * In English, where such a title is a reference back ("the king", "the envoy"): not a home holder the article has
 * not named when it has named another holder of that office (a Jordanian king in London is "the king" there), and
 * with no home holder, the one named before with an office of its kind. (An Arabic bare title is often followed by
 * its holder's name: «رئيس الحكومة، السيد عزيز أخنوش».)
 */
function standingHolder(index: ActorIndex, role: string, seen: string[], namedHere: string[], english: boolean, published: string | null, context: ArticleContext): string | null {
  const home = holderAtHome(index, role, context.homes, published);
  if (home && seen.includes(home)) return home;
  // «استقبل السوداني … بحسب بيان للمكتب الإعلامي لرئيس الوزراء» in an article from Baghdad on a Syrian minister: the
  // holder this passage has just named, not the home holder the article has not named («رئيس الحكومة، السيد عزيز
  // أخنوش» names its holder after it, and an earlier passage's foreign holder is no such reference).
  if (!english) return ofCountryLastFirst(index, namedHere, null, { on: published, is: (r) => r === role }, context.discovered)[0] ?? home;
  return ofCountryLastFirst(index, seen, null, { on: published, is: (r) => r === role }, context.discovered)[0] ?? home ?? ofCountryLastFirst(index, seen, null, { on: published, is: ofKind(role) }, context.discovered)[0] ?? null;
}

/** The holder of a role in the first of the article's countries that has one: a bare «وزير الخارجية», "the Amir". */
function holderAtHome(index: ActorIndex, role: string, homes: string[], date: string | null): string | null {
  for (const country of homes) {
    if (!index.holders.has(`${role}|${country}`)) continue;
    return holderOn(index, role, country, date);
  }
  return null;
}

/**
 * The one registry person a word spells another way: same skeleton as one of their surnames (nameSkeleton), and
 * within a few letters of how the registry writes it (a skeleton alone lets «أصواتنا» pass for «أوستن»).
 */
function spelledActor(index: ActorIndex, word: string, whole = false): string | null {
  // `whole`: the word as it stands, no particle split off, and of the surname's first letter («فالودين»).
  const w = whole ? word : withoutProclitic(word, 4);
  const candidates = (index.skeletons.get(nameSkeleton(word)) ?? []).concat(w !== word ? (index.skeletons.get(nameSkeleton(w)) ?? []) : []);
  const close = candidates.filter((c) => (whole ? c.spelling[0] === word[0] && withinEdits(c.spelling, word) : withinEdits(c.spelling, word) || withinEdits(c.spelling, w)));
  const ids = new Set(close.map((c) => c.actorId));
  return ids.size === 1 ? [...ids][0] : null;
}

/** A word without one glued «و», «ف», «ب» or «ل», when at least `rest` letters remain («وأوردوغان», «لسعيدوف»). */
function withoutProclitic(word: string, rest: number): string {
  return /^[وفبل]/.test(word) && word.length - 1 >= rest ? word.slice(1) : word;
}

/** Levenshtein distance ≤ 2, and ≤ a third of the shorter word: «عراقتشي»/«عراقجي», "Arakchi"/"Araghchi". */
function withinEdits(a: string, b: string): boolean {
  const limit = Math.min(2, Math.floor(Math.min(a.length, b.length) / 3));
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > limit) return false;
    prev = row;
  }
  return prev[b.length] <= limit;
}

/**
 * A word the registry does not list that spells a registry surname another way («أوردوغان», "Erdoğan"): a
 * match of one token when its skeleton belongs to exactly one person, is long enough to be specific, and the
 * word is no common word.
 */
function spellingMatch(index: ActorIndex, original: string, norm: NormalizedText, toks: Token[], i: number): Match | null {
  const w = toks[i].token;
  if (w.length < 5) return null;
  if (/[a-z]/.test(w) && (!capitalisedAt(original, norm, toks, i) || inCapitals(original, norm, toks[i]))) return null;
  const actorId = spellingOf(index, w);
  if (!actorId) return null;
  const value: PhraseValue = { kind: 'name', actorId, via: 'spelling' };
  return { from: i, to: i + 1, values: [value], cliticLength: 0, value };
}

// Words repeat across a corpus: what each spells is worked out once per index (bounded, then started afresh).
const spellings = new WeakMap<ActorIndex, Map<string, string | null>>();
const SPELLING_CACHE = 50_000;

function spellingOf(index: ActorIndex, w: string): string | null {
  let cache = spellings.get(index);
  if (!cache || cache.size > SPELLING_CACHE) spellings.set(index, (cache = new Map()));
  const known = cache.get(w);
  if (known !== undefined) return known;
  const found = spellingCandidate(index, w);
  cache.set(w, found);
  return found;
}

function spellingCandidate(index: ActorIndex, w: string): string | null {
  if (isCommonArabic(w) || isGivenNameArabic(w) || isGluedProse(w) || /\d/.test(w)) return null;
  // «إسبانيا», «لإسبانيا», "Burkina": a country or a place, with a particle glued before it or not, spells no one.
  if (isPlaceWord(index, w) || isPlaceWord(index, w.replace(/^[وبلف]/u, ''))) return null;
  const latin = /[a-z]/.test(w);
  if (latin && (isCommonEnglish(w) || isGivenNameEnglish(w))) return null;
  // «فالودين» for «فولودين»: a word that opens like «فالـ», «كالـ» ("so the", "as the") spells a surname of that
  // first letter, as a whole word; any other word after an article is prose.
  const articleLike = !latin && /^[فك]ال/.test(w);
  if (!latin && !articleLike && /^(?:ال|وال|بال|لل)/.test(w)) return null;
  if (nameSkeleton(w).length < MIN_SKELETON) return null;
  return spelledActor(index, w, articleLike);
}

/** The role that «نظيره …» refers to: the one the actor just named held on the date. */
function counterpartRole(index: ActorIndex, last: string | null, date: string | null): { role: string; country: string | null } | null {
  if (!last) return null;
  const roles = rolesThen(index, last, date);
  return roles[0] ? { role: roles[0].role, country: null } : null;
}

/** The holder in `country` of a role the actor just named held on the date (or last held: rolesThen). */
function counterpartOf(index: ActorIndex, last: string | null, country: string | null, date: string | null): string | null {
  if (!last || !country) return null;
  for (const r of rolesThen(index, last, date)) {
    if (r.country === country) continue;
    const holder = holderOn(index, r.role, country, r.on);
    if (holder && holder !== last) return holder;
  }
  return null;
}

/** The office a title named its holder by on `date`, when `actorId` is that holder. */
function officeHeld(index: ActorIndex, actorId: string, role: string, country: string | null, date: string | null): TitleOffice | undefined {
  return country !== null && holderOn(index, role, country, date) === actorId ? { role, country } : undefined;
}

/** «نظيره الإيراني», "his Iranian counterpart": the office `last` held on `date` in the counterpart's country, when `actorId` held it. */
function counterpartOffice(index: ActorIndex, last: string | null, actorId: string, country: string | null, date: string | null): TitleOffice | undefined {
  if (!last || country === null) return undefined;
  for (const r of rolesOn(index, last, date)) if (r.country !== country && holderOn(index, r.role, country, date) === actorId) return { role: r.role, country };
  return undefined;
}

/**
 * The roles an actor held on `date`; for one who held none that day (a former minister an article recalls: «حل بلينكن
 * بالرباط في مارس 2022، حيث عقد مع نظيره المغربي …»), the last one held, with its last day as the day to read it on.
 */
function rolesThen(index: ActorIndex, actorId: string, date: string | null): { role: string; country: string; on: string | null }[] {
  const held = rolesOn(index, actorId, date);
  if (held.length > 0 || !date) return held.map((r) => ({ ...r, on: date }));
  const ended = (index.actors.get(actorId)?.roles ?? []).filter((r) => r.to !== null && r.to < date).sort((a, b) => b.to!.localeCompare(a.to!));
  return ended.slice(0, 1).map((r) => ({ role: r.role, country: r.country, on: r.to }));
}
