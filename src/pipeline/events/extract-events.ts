// One passage → the events it reports: a clause with a trigger word («اتصال هاتفي», «التقى», «قال»…)
// becomes an event with that clause's actors, its nearest date, place, and planned/earlier markers.
import type { EventDate } from '../../schema/dataset';
import { longestMatchAt } from '../actors/phrase-trie';
import type { FoundDate } from '../dates/find-dates';
import { normalizeWithOrigin, tokenize } from '../normalize/normalize-arabic';
import { EVENT_TRIE, LOCATIVES, type CandidateType, type LexiconValue } from './event-lexicon';

export interface PassageFacts {
  passageId: string;
  documentId: string;
  text: string;
  /** Resolved mentions in the passage, in order. */
  mentions: { actorId: string; start: number; end: number }[];
  dates: FoundDate[];
  /** Distinct actors named before this passage in its document, the most recent last. */
  recentActors: string[];
}

export interface EventCandidate {
  type: CandidateType;
  participants: string[];
  date: EventDate | null;
  location: string | null;
  planned: boolean;
  /** The clause says it happened at some earlier, unstated time («في وقت سابق»). */
  earlier: boolean;
  passageIds: string[];
  documentIds: string[];
}

interface Hit {
  value: LexiconValue;
  start: number;
  end: number;
}

const SPEECH_END = /[:"“”«»]|(?<![\p{L}])(?:[أإا]ن|أنه|إنه|that)(?![\p{L}])/u;

export function extractEvents(p: PassageFacts): EventCandidate[] {
  const hits = findHits(p.text);
  const clauses = splitClauses(p.text, p.dates, p.mentions);
  const events: EventCandidate[] = [];
  let previousType: CandidateType | null = null;
  for (const [from, to] of clauses) {
    const inClause = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start >= from && x.start < to);
    const clauseHits = inClause(hits);
    const mentions = inClause(p.mentions);
    const dates = p.dates.filter((d) => d.index >= from && d.index < to);
    const triggers = clauseHits.filter((h) => h.value.kind === 'trigger');
    const trigger = triggers.sort((a, b) => rank(a) - rank(b))[0];
    const type: CandidateType | null = trigger ? (trigger.value as { type: CandidateType }).type : dates.length && mentions.length ? previousType : null;
    previousType = type;
    if (!type) continue;
    const at = trigger?.start ?? from;
    let participants = type === 'statement' ? speakers(p.text, mentions, at, trigger?.end ?? at) : unique(mentions.map((m) => m.actorId));
    if (participants.length < 2 && clauseHits.some((h) => h.value.kind === 'pair')) {
      participants = unique([...participants, ...lastTwo(p.recentActors, p.mentions.filter((m) => m.start < from))]);
    }
    const date = nearestDate(dates, at);
    if (participants.length === 0 && (!isHappening(type) || !date)) continue;
    events.push({
      type,
      participants,
      date,
      location: locationOf(clauseHits, p.text),
      planned: clauseHits.some((h) => h.value.kind === 'planned'),
      earlier: clauseHits.some((h) => h.value.kind === 'earlier'),
      passageIds: [p.passageId],
      documentIds: [p.documentId],
    });
  }
  return events;
}

const rank = (h: Hit) => (h.value.kind === 'trigger' ? h.value.rank : 99);
const unique = <T>(xs: T[]) => [...new Set(xs)];
/** Happenings (strikes, killings) may be events without a named actor; contacts and statements may not. */
const isHappening = (t: CandidateType) => t === 'military_action' || t === 'killing';

function findHits(text: string): Hit[] {
  const norm = normalizeWithOrigin(text);
  const toks = tokenize(norm.text);
  const words = toks.map((t) => t.token);
  const joinable = (k: number) => /^[\s\-]*$/.test(norm.text.slice(toks[k - 1].end, toks[k].start));
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; ) {
    const m = longestMatchAt(EVENT_TRIE, words, i, joinable);
    if (!m) {
      i++;
      continue;
    }
    for (const value of m.values) {
      hits.push({ value, start: norm.origin[toks[m.from].start], end: norm.origin[toks[m.to - 1].end - 1] + 1});
    }
    i = m.to;
  }
  return hits;
}

/**
 * Clauses: a comma before «و…» starts a new one (unless an actor follows: «لافروف، ونظيره»), and two dates
 * are never in one clause when a comma stands between them.
 */
function splitClauses(text: string, dates: FoundDate[], mentions: { start: number }[]): [number, number][] {
  const cuts = new Set<number>();
  for (const m of text.matchAll(/[،,]\s+(?=و)/g)) {
    const at = m.index + m[0].length;
    if (!mentions.some((x) => x.start >= at && x.start <= at + 2)) cuts.add(at);
  }
  for (let i = 0; i + 1 < dates.length; i++) {
    const gapFrom = dates[i].index + dates[i].text.length;
    const gapTo = dates[i + 1].index;
    if ([...cuts].some((c) => c > gapFrom && c <= gapTo)) continue;
    const comma = text.slice(gapFrom, gapTo).search(/[،,]/);
    if (comma >= 0) cuts.add(gapFrom + comma + 1);
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  return points.slice(1).map((end, i) => [points[i], end]);
}

/** Who speaks: the actors after the verb up to the quote or «أن»; else the one named just before it. */
function speakers(text: string, mentions: { actorId: string; start: number }[], at: number, triggerEnd: number): string[] {
  const rest = text.slice(triggerEnd);
  const stop = rest.search(SPEECH_END);
  const limit = stop < 0 ? text.length : triggerEnd + stop;
  const after = mentions.filter((m) => m.start >= triggerEnd && m.start < limit);
  if (after.length) return unique(after.map((m) => m.actorId));
  const before = mentions.filter((m) => m.start < at);
  return before.length ? [before[before.length - 1].actorId] : [];
}

function lastTwo(recent: string[], before: { actorId: string }[]): string[] {
  const order = [...recent, ...before.map((m) => m.actorId)];
  const out: string[] = [];
  for (let i = order.length - 1; i >= 0 && out.length < 2; i--) if (!out.includes(order[i])) out.push(order[i]);
  return out.reverse();
}

function nearestDate(dates: FoundDate[], at: number): EventDate | null {
  if (!dates.length) return null;
  const d = [...dates].sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
  return { start: d.start, end: d.end, precision: d.precision, basis: d.basis, text: d.text };
}

/** A place preceded, within three words, by «في»/«إلى»/"in"/"to". */
function locationOf(hits: Hit[], text: string): string | null {
  for (const h of hits) {
    if (h.value.kind !== 'place') continue;
    const before = tokenize(text.slice(Math.max(0, h.start - 60), h.start).replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي')).slice(-3);
    if (before.some((t) => LOCATIVES.has(t.token.toLowerCase()))) return h.value.name;
  }
  return null;
}
