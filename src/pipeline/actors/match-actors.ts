// Finds the actors a passage names: by name, by a title resolved on the article's date, by «نظيره …»,
// and persons not in the registry from title-plus-name patterns.
import type { MentionVia } from '../../schema/dataset';
import stopwordsJson from '../lexicon/name-stopwords.json';
import { normalizeArabic, prepareText, type NormalizedText, type PreparedText } from '../normalize/normalize-arabic';
import { holderOn, rolesOn, type ActorIndex, type PhraseValue } from './actor-index';
import { longestMatchAt, type TrieMatch } from './phrase-trie';

export interface FoundMention {
  /** null for a discovered person, identified by `discovered.key`. */
  actorId: string | null;
  start: number;
  end: number;
  via: MentionVia;
  discovered?: { key: string; name: string; role: { role: string; country: string | null } };
}

const STOPWORDS = new Set([...stopwordsJson.ar, ...stopwordsJson.en].map(normalizeArabic));
const NISBA = /^ال[\p{L}]{2,}(?:ي|ية)$/u;
const PRIORITY: PhraseValue['kind'][] = ['name', 'role', 'counterpart', 'head', 'honorific'];

type Token = { token: string; start: number; end: number };
type Match = TrieMatch<PhraseValue> & { value: PhraseValue };

/**
 * Mentions in one passage, in order. `published` dates role references; `previous` is the actor named
 * last before this passage (for «نظيره»: the counterpart of the actor just named).
 */
export function matchActors(index: ActorIndex, passage: string | PreparedText, published: string | null, previous: string | null): FoundMention[] {
  const { original: text, norm, tokens: toks, words } = typeof passage === 'string' ? prepareText(passage) : passage;
  const joinable = (k: number) => /^[\s\-‐]*$/.test(norm.text.slice(toks[k - 1].end, toks[k].start));
  const matches: Match[] = [];
  for (let i = 0; i < toks.length; ) {
    const m = longestMatchAt(index.trie, words, i, joinable);
    if (!m) {
      i++;
      continue;
    }
    const value = [...m.values].sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind))[0];
    matches.push({ ...m, value });
    i = m.to;
  }
  const span = (from: number, to: number, clitic = 0) => ({
    start: norm.origin[toks[from].start + clitic],
    end: norm.origin[toks[to - 1].end - 1] + 1,
  });
  const mentions: FoundMention[] = [];
  let last = previous;
  for (let j = 0; j < matches.length; j++) {
    const m = matches[j];
    const v = m.value;
    if (v.kind === 'honorific') continue;
    if (v.kind === 'name') {
      mentions.push({ actorId: v.actorId, via: v.via, ...span(m.from, m.to, m.cliticLength) });
      last = v.actorId;
      continue;
    }
    // A title right before a name is that person's title, not a second mention.
    let k = j + 1;
    let nextTok = m.to;
    while (k < matches.length && matches[k].value.kind === 'honorific' && matches[k].from === nextTok && adjacent(norm.text, toks, nextTok)) {
      nextTok = matches[k].to;
      k++;
    }
    const next = matches[k];
    if (next && next.from === nextTok && next.value.kind === 'name' && adjacent(norm.text, toks, nextTok)) continue;
    // A nationality the titles do not list («وزير الخارجية العماني») may stand between a title and a name.
    const nisba = v.kind === 'head' && nextTok < toks.length && NISBA.test(text.slice(norm.origin[toks[nextTok].start], norm.origin[toks[nextTok].end - 1] + 1));
    const discovered = discoverName(index, text, norm, toks, nisba ? nextTok + 1 : nextTok, next?.from ?? toks.length);
    if (discovered) {
      const role = v.kind === 'counterpart' ? counterpartRole(index, last, published)?.role : v.role;
      const country = v.kind === 'head' ? null : v.country;
      mentions.push({
        actorId: null,
        via: 'discovered',
        start: discovered.start,
        end: discovered.end,
        discovered: { key: `discovered:${normalizeArabic(discovered.name)}`, name: discovered.name, role: { role: role ?? 'unknown', country } },
      });
      j = k - 1;
      continue;
    }
    // A title right after a name is an apposition about that person («هنية رئيس المكتب السياسي لحماس»).
    const before = matches[j - 1];
    if (before?.value.kind === 'name' && before.to === m.from && v.kind === 'role' && heldRole(index, before.value.actorId, v)) continue;
    const resolved = v.kind === 'role' ? holderOn(index, v.role, v.country, published) : v.kind === 'counterpart' ? counterpartOf(index, last, v.country, published) : null;
    if (resolved) {
      mentions.push({ actorId: resolved, via: v.kind === 'role' ? 'role' : 'counterpart', ...span(m.from, m.to, m.cliticLength) });
      last = resolved;
    }
  }
  return mentions;
}

function heldRole(index: ActorIndex, actorId: string, r: { role: string; country: string }): boolean {
  return index.actors.get(actorId)?.roles.some((x) => x.role === r.role && x.country === r.country) ?? false;
}

/** Only spaces and quotation marks between a title and what follows it. */
function adjacent(text: string, toks: Token[], k: number): boolean {
  return k < toks.length && k > 0 && /^[\s"'()]*$/.test(text.slice(toks[k - 1].end, toks[k].start));
}

/** Two name-like words right after a title: a person the registry does not know yet. */
function discoverName(index: ActorIndex, original: string, norm: NormalizedText, toks: Token[], at: number, nextMatch: number) {
  if (at + 2 > Math.min(toks.length, nextMatch) || !adjacent(norm.text, toks, at)) return null;
  if (!/^[\s-]*$/.test(norm.text.slice(toks[at].end, toks[at + 1].start))) return null;
  const latin = /[a-z]/.test(toks[at].token);
  for (const [n, t] of [toks[at], toks[at + 1]].entries()) {
    const w = t.token;
    if (w.length < 2 || STOPWORDS.has(w) || index.countryTokens.has(w) || /\d/.test(w)) return null;
    // The article is written with a bare alef; «أليكسي» (hamza) is a name, «الرئيس» is not. A family
    // name may carry it («بدر البوسعيدي»), a first name may not.
    if (!latin && n === 0 && /^(ال|بال|وال|فال|لل|ولل)/.test(original.slice(norm.origin[t.start], norm.origin[t.end - 1] + 1))) return null;
    if (latin && !/^\p{Lu}/u.test(original[norm.origin[t.start]])) return null;
  }
  const start = norm.origin[toks[at].start];
  const end = norm.origin[toks[at + 1].end - 1] + 1;
  return { name: original.slice(start, end), start, end };
}

/** The role that «نظيره …» refers to: the one the actor just named held on the date. */
function counterpartRole(index: ActorIndex, last: string | null, date: string | null): { role: string; country: string | null } | null {
  if (!last) return null;
  const roles = rolesOn(index, last, date);
  return roles[0] ? { role: roles[0].role, country: null } : null;
}

/** The holder in `country` of a role the actor just named held on the date. */
function counterpartOf(index: ActorIndex, last: string | null, country: string | null, date: string | null): string | null {
  if (!last || !country) return null;
  for (const r of rolesOn(index, last, date)) {
    if (r.country === country) continue;
    const holder = holderOn(index, r.role, country, date);
    if (holder && holder !== last) return holder;
  }
  return null;
}
