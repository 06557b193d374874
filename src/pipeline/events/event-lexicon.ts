// The event lexicon (data) compiled into one phrase trie: triggers, planned/earlier markers, pairs, places, and
// the words that say who takes part in a contact (possessives, carriers, topics, lists, receptions, joint).
import type { EventType } from '../../schema/dataset';
import { addPhrase, createTrie, type TrieNode } from '../actors/phrase-trie';
import lexiconJson from '../lexicon/event-lexicon.json';
import placesJson from '../lexicon/places.json';
import { normalizeArabic } from '../normalize/normalize-arabic';

/** 'talks' (بحث، مباحثات) is a call or a meeting; merging decides which. */
export type CandidateType = EventType | 'talks';

/** Markers of who takes part in a contact; see event-lexicon.json for what each means. */
export type RoleMarker = 'possessive' | 'carrier' | 'topic' | 'list' | 'reception' | 'welcoming' | 'joint' | 'joining' | 'accompanying' | 'invitation';

export type LexiconValue =
  /** `separate`: the phrase itself says the ones named were met one at a time ("met separately with"). */
  | { kind: 'trigger'; type: CandidateType; rank: number; separate: boolean }
  | { kind: 'planned' }
  | { kind: 'earlier' }
  /**
   * A dual or plural reference to the `count` actors named last; `office`: those who hold that kind of office
   * («الرئيسين», «القادة الثلاثة»), or any.
   */
  | { kind: 'pair'; office: string | null; count: number }
  | { kind: 'place'; name: string }
  /** «غداة», "the day before": the event is `shift` days (`inMonths`: months) from the contact it refers to. */
  | { kind: 'dayShift'; shift: number; adverb: boolean; namesTheDay: boolean; inMonths: boolean }
  | { kind: RoleMarker };

/** Whether a marker brings the one named after it into a party's side of the contact (taking part, or travelling with it). */
export const joinsAParty = (kind: string): boolean => kind === 'joining' || kind === 'accompanying';

export const EVENT_LABELS = new Map<string, { en: string; ar: string }>(lexiconJson.types.map((t) => [t.type, t.label]));

const MARKER_SECTIONS: [RoleMarker, { ar: string[]; en: string[] }][] = [
  ['possessive', lexiconJson.possessives],
  ['carrier', lexiconJson.carriers],
  ['topic', lexiconJson.topics],
  ['list', lexiconJson.lists],
  ['reception', lexiconJson.receptions],
  ['welcoming', lexiconJson.welcoming],
  ['joint', lexiconJson.joint],
  ['joining', lexiconJson.joining],
  ['accompanying', lexiconJson.accompanying],
  ['invitation', lexiconJson.invitations],
];

function build(): TrieNode<LexiconValue> {
  const trie = createTrie<LexiconValue>();
  const listWords = [...lexiconJson.lists.ar, ...lexiconJson.lists.en].map((w) => ` ${normalizeArabic(w)} `);
  const separate = (phrase: string) => listWords.some((w) => ` ${normalizeArabic(phrase)} `.includes(w));
  lexiconJson.types.forEach((t, rank) => {
    for (const w of [...t.ar, ...t.en, ...(t.type === 'visit' ? lexiconJson.arrivals.ar : []), ...(t.type === 'meeting' ? [...lexiconJson.handovers.ar, ...lexiconJson.handovers.en, ...lexiconJson.timeSpent.en] : [])]) addPhrase(trie, w, { kind: 'trigger', type: t.type as CandidateType, rank, separate: separate(w) });
  });
  for (const w of [...lexiconJson.planned.ar, ...lexiconJson.planned.en]) addPhrase(trie, w, { kind: 'planned' });
  for (const w of [...lexiconJson.earlier.ar, ...lexiconJson.earlier.en]) addPhrase(trie, w, { kind: 'earlier' });
  for (const w of [...lexiconJson.pairs.ar, ...lexiconJson.pairs.en]) addPhrase(trie, w, { kind: 'pair', office: null, count: 2 });
  for (const o of lexiconJson.pairs.byOffice) for (const w of [...o.ar, ...o.en]) addPhrase(trie, w, { kind: 'pair', office: o.office, count: 2 });
  for (const g of lexiconJson.pairs.groups) for (const w of [...g.ar, ...g.en]) addPhrase(trie, w, { kind: 'pair', office: g.office, count: g.count });
  for (const [kind, words] of MARKER_SECTIONS) for (const w of [...words.ar, ...words.en]) addPhrase(trie, w, { kind });
  for (const e of lexiconJson.dayShifts.entries) {
    const namesTheDay = 'namesTheDay' in e && e.namesTheDay === true;
    const inMonths = 'unit' in e && e.unit === 'month';
    for (const w of [...e.ar, ...e.en]) addPhrase(trie, w, { kind: 'dayShift', shift: e.shift, adverb: false, namesTheDay, inMonths });
    for (const w of [...e.adverbs.ar, ...e.adverbs.en]) addPhrase(trie, w, { kind: 'dayShift', shift: e.shift, adverb: true, namesTheDay, inMonths });
  }
  for (const p of placesJson.places) for (const w of [p.en, ...p.ar]) addPhrase(trie, w, { kind: 'place', name: p.en });
  return trie;
}

let trie: TrieNode<LexiconValue> | null = null;
/** The lexicon's trie, built on first use: the app's first screen loads this module (for EVENT_LABELS) but extracts
 *  nothing, and the build (normalising every phrase, the normaliser's tables first) cost ~55 ms of a cold first render. */
export const eventTrie = (): TrieNode<LexiconValue> => (trie ??= build());

const OBJECT_VERBS = new Set(lexiconJson.objectVerbs.ar);

/** Whether a contact word is a verb with its object pronoun glued on («استقبلها», «التقاه»). */
export const isObjectVerb = (word: string): boolean => OBJECT_VERBS.has(word);

const PERSON_OBJECTS = new Set(lexiconJson.personObjects.en.map((w) => w.toLowerCase()));

/** Whether a contact word reports a contact only with a person as its object ("welcomed", "called"). */
export const needsPersonObject = (word: string): boolean => PERSON_OBJECTS.has(word.toLowerCase());

/** The lower-case words of a title between such a word and the person ("his Jordanian counterpart", "the prime minister"). */
export const PERSON_OBJECT_TITLE_WORDS: readonly string[] = lexiconJson.personObjects.titleWords;

const ARRIVALS = new Set(lexiconJson.arrivals.ar);

/** Whether a visit word is a bare arrival verb («وصل», «ووصلت»), which needs its arriving person right after it. */
export const isArrivalWord = (word: string): boolean => ARRIVALS.has(word) || (word.startsWith('و') && ARRIVALS.has(word.slice(1)));

const HANDOVER_START = /^(?:و?ي?سل|hand)/iu;
let handovers: Set<string> | null = null;
/** The handover verbs normalised, on first use: the app's first screen loads this module, and normalising costs. */
const handoverWords = () => (handovers ??= new Set([...lexiconJson.handovers.ar, ...lexiconJson.handovers.en].map((w) => normalizeArabic(w).toLowerCase())));

/** Whether a meeting word is a verb of handing over («سلّم», "handed"), a contact only with what is handed named after it. */
export const isHandover = (word: string): boolean => {
  // (Asked of every contact word: most are answered before normalising.)
  if (!HANDOVER_START.test(word)) return false;
  const w = normalizeArabic(word).toLowerCase();
  const words = handoverWords();
  return words.has(w) || (w.startsWith('و') && words.has(w.slice(1)));
};

/** What a handover hands, named after its verb (message, letter, invitation). */
export const HANDED_THING = new RegExp(`(?:^|[^\\p{L}])(?:و?(?:ال|بال|ب))?(?:${[...lexiconJson.handovers.things.ar, ...lexiconJson.handovers.things.en].join('|')})`, 'iu');

const TIME_SPENT = new Set(lexiconJson.timeSpent.en);

/** Whether a meeting word tells time spent ("spent"), a meeting only when a span and «with» a person follow. */
export const tellsTimeSpent = (word: string): boolean => TIME_SPENT.has(word.toLowerCase());

/** Phrases (normalised) as one alternation, the longest first. */
const alternation = (phrases: string[]) =>
  [...new Set(phrases.map((w) => normalizeArabic(w)))]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');

/** The attendance words compiled, on first use: the app's first screen loads this module, and normalising costs. */
let attendance: { nouns: Set<string>; before: RegExp; after: RegExp } | null = null;
const attendanceWords = () => {
  const { nouns, before, after } = lexiconJson.attendance;
  return (attendance ??= {
    nouns: new Set([...nouns.ar, ...nouns.en].map((w) => normalizeArabic(w))),
    before: new RegExp(`(?:^|[^\\p{L}])(?:${alternation([...before.ar, ...before.en])})\\s*$`, 'iu'),
    after: new RegExp(`^[\\s،,]*(?:${alternation([...after.ar, ...after.en])})(?![\\p{L}])`, 'iu'),
  });
};

/** «حضر جلسة المباحثات», «حضر جلسات المحادثات»: the session of the contact, between the verb and the noun. */
const SESSION_OF = /\s+و?جلس(?:ه|ة|ات)\s*$/u;

/**
 * Whether a contact noun is one told before that those named attend: «وحضر اللقاء X», «المباحثات، التي حضرها X»,
 * "X also attended the talks", "the meeting was attended by X" (not a summit: a gathering of its own). `noun`: the contact
 * phrase («اللقاء الثنائي»: its first word is the noun); `before`, `after`: the text up to and from it.
 */
export const saysAttended = (noun: string, before: string, after: string): boolean => {
  const words = attendanceWords();
  return (
    words.nouns.has(normalizeArabic(noun).toLowerCase().split(/\s+/)[0].replace(/^و(?=ال)/, '')) &&
    (words.before.test(normalizeArabic(before).replace(SESSION_OF, '')) || words.after.test(normalizeArabic(after).replace(PLACE_AFTER_NOUN, ' ')) || heldInPresenceOf(normalizeArabic(before), normalizeArabic(after)))
  );
};

/** "The meeting at Al-Yamamah Palace was attended by": the place the contact was held at, between the noun and the verb. */
const PLACE_AFTER_NOUN = /^\s+(?:at|in)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}(?=(?:was|were)\s)/iu;

/** «وجرى اللقاء بحضور X», «إن اللقاء عُقد في حضور X», "the meeting was held in the presence of X": held, with X there. */
const heldInPresenceOf = (before: string, after: string) => (HELD_BEFORE.test(before) && PRESENCE_AFTER.test(after)) || HELD_IN_PRESENCE_AFTER.test(after);
const HELD_BEFORE = /(?:^|[^\p{L}])و?(?:جر[ىي]|جرت|عقد|عقدت|تم|تمت)\s+$/u;
const PRESENCE_AFTER = /^\s*(?:ب|في\s+)حضور(?![\p{L}])/u;
const HELD_IN_PRESENCE_AFTER = /^(?:\s*|\s*[،,]\s*(?=الذي|التي))(?:(?:الذي|التي)\s+)?(?:جر[ىي]|جرت|عقد|عقدت|تم|تمت)\s+(?:ب|في\s+)حضور(?![\p{L}])|^\s+(?:was|were)\s+(?:held|conducted)\s+in\s+the\s+presence\s+of(?![\p{L}])|^\s+took\s+place\s+in\s+the\s+presence\s+of(?![\p{L}])/iu;

const PLACE_COUNTRIES = new Map(placesJson.places.map((p) => [p.en, p.country]));

/** The country a place of the lexicon is in (an event's `location`), or null for a seat of international bodies. */
export const countryOfPlace = (place: string): string | null => PLACE_COUNTRIES.get(place) ?? null;

const OFFICES = new Map(lexiconJson.pairs.byOffice.map((o) => [o.office, { roles: o.roles, except: new Set<string>('except' in o ? o.except : []) }]));

/**
 * Whether a role (registry id: "president", "foreign_minister") is of the office a dual title names; "*_minister" in
 * the data is any minister but those the office excepts («الوزيران» are no prime ministers).
 */
export function isOfOffice(role: string, office: string): boolean {
  const o = OFFICES.get(office);
  return !!o && !o.except.has(role) && o.roles.some((r) => (r.startsWith('*') ? role.endsWith(r.slice(1)) : role === r));
}

/** Whether a dual title names ministers («الوزيران», "the two foreign ministers"): two of one portfolio first. */
export const isMinisterial = (office: string) => office === 'minister' || office.endsWith('_minister');

/** Prepositions that make a following place the event's location («في عشق آباد», "in Moscow"). */
export const LOCATIVES = new Set(['في', 'الي', 'الى', 'in', 'to', 'at']);
/** Words that may stand between a locative and the place: «في عاصمة تركمانستان عشق آباد». */
export const PLACE_LEAD_INS = new Set(['عاصمه', 'العاصمه', 'مدينه', 'the', 'capital', 'city']);
