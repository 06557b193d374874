// The registry and the role titles, compiled once into tries and lookups for fast matching.
import placesJson from '../lexicon/places.json';
import { normalizeArabic, tokenize } from '../normalize/normalize-arabic';
import { addPhrase, createTrie, type TrieNode } from './phrase-trie';
import { honorificPronouns, type HonorificPronouns } from './honorific-pronouns';
import { nameSkeleton } from './name-words';
import type { Registry, RegistryActor, RoleTitles } from './registry-schema';

export type PhraseValue =
  | { kind: 'name'; actorId: string; via: 'full_name' | 'surname' | 'alias' | 'spelling' }
  /** A title naming a role in a country: «وزير الخارجية الإيراني», "Russian President". */
  | { kind: 'role'; role: string; country: string }
  /** A title with no country: «نائب وزير الخارجية». It names nobody alone but may precede a name. */
  | { kind: 'head'; role: string }
  /** «نظيره الإيراني»: the holder, in `country`, of the role of the actor just named. */
  | { kind: 'counterpart'; country: string | null }
  /**
   * «الضيف الروسي», "the Russian guest": the person of `country` the article named last (a minister, for «الوزير»);
   * `two`: a dual («الوزيرين الإيطاليين»), the two named last; `leader`: "the French leader", the head of state or
   * government the article names most; `guestOf`, with no country: «ضيفه», «الضيف», "his guest" (see role-titles).
   */
  | { kind: 'description'; country: string | null; minister: boolean; leader: boolean; nonLeader: boolean; two: boolean; guestOf: 'last' | 'home' | null; office: string | null; latter: boolean }
  | { kind: 'honorific' };

export interface RoleTerm {
  actorId: string;
  from: string | null;
  to: string | null;
}

export interface ActorIndex {
  /** Names, title heads, counterparts, fixed titles and honorifics. */
  trie: TrieNode<PhraseValue>;
  /** Country terms («الإيراني», "of Iran", "Iranian") → country code: what follows or precedes a head. */
  countryTrie: TrieNode<string>;
  actors: Map<string, RegistryActor>;
  /** `${role}|${country}` → who held it, when. */
  holders: Map<string, RoleTerm[]>;
  /** Normalised tokens that are parts of country names and adjectives (never part of a person's name). */
  countryTokens: Set<string>;
  /** Normalised words of the places an office may be posted to («لدى بغداد», "in Baghdad"). */
  placeTokens: Set<string>;
  /** Normalised words of role titles («نائب», «حاكم», "deputy"): they end a discovered name, never start one. */
  titleTokens: Set<string>;
  /** Normalised phrases that, right before a title, make it someone else's office («نايب», "adviser to"). */
  subordinateLeads: Set<string>;
  /** Normalised nouns of places named for a titled person: Arabic ones before the title («مطار»), English ones after the name ("airport"). */
  namedPlaces: { before: Set<string>; after: string[][] };
  /** nameSkeleton of each one-word registry surname → who it may spell, and how the registry writes it. */
  skeletons: Map<string, { actorId: string; spelling: string }[]>;
  /** Pronouns of rank («سموه») and the styles that introduce whom they stand for. */
  honorificPronouns: HonorificPronouns;
  roleTitles: RoleTitles;
}

const COUNTERPART_AR = ['نظيره', 'نظيرها', 'نظيرهم', 'نظيريه', 'نظيرتها', 'نظيرته'];
const COUNTERPART_EN = ['counterpart', 'counterparts'];

export function buildActorIndex(registry: Registry, titles: RoleTitles): ActorIndex {
  const trie = createTrie<PhraseValue>();
  const actors = new Map<string, RegistryActor>();
  const holders = new Map<string, RoleTerm[]>();
  for (const a of registry.actors) {
    actors.set(a.id, a);
    for (const lang of ['ar', 'en'] as const) {
      for (const n of a.fullNames[lang]) addPhrase(trie, n, { kind: 'name', actorId: a.id, via: 'full_name' });
      for (const n of a.surnames[lang]) addPhrase(trie, n, { kind: 'name', actorId: a.id, via: 'surname' });
      for (const n of a.aliases[lang]) addPhrase(trie, n, { kind: 'name', actorId: a.id, via: 'alias' });
    }
    for (const r of a.roles) {
      const key = `${r.role}|${r.country}`;
      holders.set(key, [...(holders.get(key) ?? []), { actorId: a.id, from: r.from, to: r.to }]);
    }
  }
  const countryTokens = new Set<string>();
  const titleTokens = new Set<string>();
  for (const heads of Object.values(titles.roles)) for (const h of [...heads.ar, ...heads.en]) for (const t of tokenize(normalizeArabic(h))) titleTokens.add(t.token);
  // Heads and country terms are kept apart and joined when matched (matchActors): «وزير الخارجية» + «الإيراني»,
  // "Iranian" + "Foreign Minister". Every combination in one trie would be ~10^5 phrases for 100 countries.
  for (const [role, heads] of Object.entries(titles.roles)) for (const h of [...heads.ar, ...heads.en]) addPhrase(trie, h, { kind: 'head', role });
  const countryTrie = createTrie<string>();
  for (const [country, terms] of Object.entries(titles.countries)) {
    // «الجمهورية الفرنسية», «المملكة الإسبانية»: the state named by its form of government and adjective.
    const stateForms = terms.ar.filter((t) => /^ال\S+ية$/.test(t)).flatMap((t) => [`الجمهورية ${t}`, `المملكة ${t}`]);
    for (const t of [...terms.ar, ...stateForms, ...terms.en]) {
      addPhrase(countryTrie, t, country);
      for (const tok of tokenize(normalizeArabic(t))) countryTokens.add(tok.token);
    }
  }
  // "Tehran's top diplomat", "Moscow's envoy": in English a capital's possessive names its state's government.
  for (const place of placesJson.places) {
    if (!('capital' in place) || !place.capital || !place.country) continue;
    addPhrase(countryTrie, `${place.en}'s`, place.country);
    for (const tok of tokenize(normalizeArabic(`${place.en}'s`))) countryTokens.add(tok.token);
  }
  for (const c of COUNTERPART_EN) addPhrase(trie, c, { kind: 'counterpart', country: null });
  for (const c of COUNTERPART_AR) addPhrase(trie, c, { kind: 'counterpart', country: null });
  for (const d of titles.descriptions ?? []) addPhrase(trie, d.phrase, { kind: 'description', country: null, minister: d.minister ?? false, leader: d.leader ?? false, nonLeader: d.nonLeader ?? false, two: d.two ?? false, guestOf: d.guestOf ?? null, office: d.office ?? null, latter: d.latter ?? false });
  const skeletons = new Map<string, { actorId: string; spelling: string }[]>();
  for (const a of registry.actors) {
    for (const lang of ['ar', 'en'] as const) {
      // Surnames only: the last word of an Arab full name is often a father's name («… عبد الله»), no surname.
      for (const w of new Set(a.surnames[lang].filter((x) => !/\s/.test(x)).map((x) => normalizeArabic(x)))) {
        const k = nameSkeleton(w);
        if (k.length < MIN_SKELETON) continue;
        skeletons.set(k, [...(skeletons.get(k) ?? []), { actorId: a.id, spelling: w }]);
      }
    }
  }
  for (const f of titles.fixed) addPhrase(trie, f.phrase, { kind: 'role', role: f.role, country: f.country });
  for (const h of [...titles.honorifics.ar, ...titles.honorifics.en]) addPhrase(trie, h, { kind: 'honorific' });
  const placeTokens = new Set(placesJson.places.flatMap((p) => [p.en, ...p.ar]).flatMap((n) => tokenize(normalizeArabic(n)).map((t) => t.token)));
  const subordinates = titles.subordinates ?? { ar: [], en: [] };
  // The words of a phrase of the data as a passage's words are compared with them.
  const wordsOf = (p: string) => tokenize(normalizeArabic(p)).map((t) => t.token.toLowerCase());
  const subordinateLeads = new Set([...subordinates.ar, ...subordinates.en].map((p) => wordsOf(p).join(' ')));
  const namedPlaces = { before: new Set((titles.namedPlaces?.ar ?? []).map((p) => wordsOf(p).join(' '))), after: (titles.namedPlaces?.en ?? []).map(wordsOf) };
  return { trie, countryTrie, actors, holders, countryTokens, placeTokens, titleTokens, subordinateLeads, namedPlaces, skeletons, honorificPronouns: honorificPronouns(titles, titleTokens), roleTitles: titles };
}

/** Skeletons shorter than this match too many words to identify anyone. */
export const MIN_SKELETON = 4;

/** Who held `role` in `country` last before the holder on `date`: «وزير الخارجية الإيراني السابق». */
export function formerHolderOn(index: ActorIndex, role: string, country: string, date: string | null): string | null {
  if (!date) return null;
  const current = holderOn(index, role, country, date);
  const before = (index.holders.get(`${role}|${country}`) ?? []).filter((t) => t.to !== null && t.to <= date && t.actorId !== current);
  before.sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''));
  return before[0]?.actorId ?? null;
}

/** Days after a term ends in which a bare title still names the last holder (an office left vacant by a death). */
const VACANCY_DAYS = 60;

/**
 * Who held `role` in `country` on `date` (YYYY-MM-DD); when the office was vacant, its last holder within
 * VACANCY_DAYS («اغتيال قائد الثورة» a week after his death). null when nobody, or more than one, did.
 */
export function holderOn(index: ActorIndex, role: string, country: string, date: string | null): string | null {
  if (!date) return null;
  const terms = index.holders.get(`${role}|${country}`) ?? [];
  const current = new Set(terms.filter((t) => (t.from === null || t.from <= date) && (t.to === null || date <= t.to)).map((t) => t.actorId));
  if (current.size > 0) return current.size === 1 ? [...current][0] : null;
  const recent = terms.filter((t) => t.to !== null && t.to < date && daysBetween(t.to, date) <= VACANCY_DAYS);
  recent.sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''));
  return recent[0]?.actorId ?? null;
}

const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** The roles an actor held on `date`. */
export function rolesOn(index: ActorIndex, actorId: string, date: string | null): { role: string; country: string }[] {
  const a = index.actors.get(actorId);
  if (!a || !date) return [];
  return a.roles.filter((r) => (r.from === null || r.from <= date) && (r.to === null || date <= r.to));
}
