// One real event is one event: reports of it in several passages or articles merge when their type,
// participants and dates agree (see arabic-news-notes §7).
import type { EventDate } from '../../schema/dataset';
import type { CandidateType } from './event-lexicon';
import type { EventCandidate } from './extract-events';

const CONTACTS = new Set<CandidateType>(['phone_call', 'meeting', 'visit', 'message', 'agreement']);
export const isContact = (t: CandidateType) => CONTACTS.has(t);

/** Merges the events of one article: later mentions of a call or meeting join the first report of it. */
export function mergeWithinDocument(candidates: EventCandidate[]): EventCandidate[] {
  const merged: EventCandidate[] = [];
  for (const c of candidates) {
    // A report joins the call or meeting it belongs to before any lesser event that also fits.
    const fits = merged.filter((e) => sameEventInDocument(e, c));
    const target = fits.find((e) => isContact(e.type)) ?? fits[0];
    if (target) absorb(target, c);
    else merged.push({ ...c, participants: [...c.participants], passageIds: [...c.passageIds], documentIds: [...c.documentIds] });
  }
  // Talks that joined no call or meeting were a meeting.
  for (const e of merged) if (e.type === 'talks') e.type = 'meeting';
  return merged;
}

/** Merges events reported by several articles: same type, same participants, agreeing dates. */
export function mergeAcrossDocuments(events: EventCandidate[]): EventCandidate[] {
  const merged: EventCandidate[] = [];
  for (const c of events) {
    const target = merged.find(
      (e) =>
        e.type === c.type &&
        e.planned === c.planned &&
        sameSet(e.participants, c.participants) &&
        (e.participants.length > 0 || (e.date !== null && e.location === c.location)) &&
        (e.date && c.date ? overlaps(e.date, c.date) : isContact(e.type) && !(e.date === null && c.date === null)),
    );
    if (target) absorb(target, c);
    else merged.push(c);
  }
  return merged;
}

function sameEventInDocument(e: EventCandidate, c: EventCandidate): boolean {
  if (e.planned !== c.planned) return false;
  if (e.date && c.date && !overlaps(e.date, c.date)) return false;
  if (e.participants.length === 0 || c.participants.length === 0) return false;
  const nested = subset(c.participants, e.participants) || subset(e.participants, c.participants);
  if (!nested) return false;
  if (e.type === c.type) return true;
  const types = new Set([e.type, c.type]);
  if (types.has('talks')) return [...types].some((t) => t === 'phone_call' || t === 'meeting');
  // A statement by both sides of a call («أكد الطرفان») is part of that call; so are condolences sent in it.
  if (types.has('statement') || types.has('message')) {
    const [said, other] = e.type === 'statement' || e.type === 'message' ? [e, c] : [c, e];
    if (!isContact(other.type) || other.type === said.type) return false;
    return (said.type === 'message' || said.participants.length >= 2) && subset(said.participants, other.participants);
  }
  return false;
}

const TYPE_STRENGTH: CandidateType[] = ['phone_call', 'meeting', 'visit', 'agreement', 'message', 'killing', 'military_action', 'talks', 'statement'];

function absorb(into: EventCandidate, c: EventCandidate): void {
  if (TYPE_STRENGTH.indexOf(c.type) < TYPE_STRENGTH.indexOf(into.type)) into.type = c.type;
  into.participants = [...new Set([...into.participants, ...c.participants])];
  into.date = betterDate(into.date, c.date);
  into.location ??= c.location;
  into.earlier = into.earlier && c.earlier;
  for (const id of c.passageIds) if (!into.passageIds.includes(id)) into.passageIds.push(id);
  for (const id of c.documentIds) if (!into.documentIds.includes(id)) into.documentIds.push(id);
}

const PRECISION = ['day', 'month', 'year'];
const BASIS = ['explicit', 'relative', 'publication'];

/** The more informative of two agreeing dates: finer precision first, then better evidence. */
export function betterDate(a: EventDate | null, b: EventDate | null): EventDate | null {
  if (!a || !b) return a ?? b;
  const score = (d: EventDate) => PRECISION.indexOf(d.precision) * 10 + BASIS.indexOf(d.basis);
  return score(b) < score(a) ? b : a;
}

export function overlaps(a: EventDate, b: EventDate): boolean {
  return a.start <= b.end && b.start <= a.end;
}

const subset = (a: string[], b: string[]) => a.every((x) => b.includes(x));
const sameSet = (a: string[], b: string[]) => a.length === b.length && subset(a, b);
