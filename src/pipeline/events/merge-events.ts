// One real event is one event: reports of it in several passages or articles merge when their type,
// participants and dates agree (see arabic-news-notes §7).
import type { EventDate } from '../../schema/dataset';
import type { CandidateType } from './event-lexicon';
import type { EventCandidate } from './extract-events';

const CONTACTS = new Set<CandidateType>(['phone_call', 'meeting', 'visit', 'message', 'agreement']);
export const isContact = (t: CandidateType) => CONTACTS.has(t);

/**
 * Merges the events of one article: later mentions of a call or meeting join the first report of it. A report with
 * no date of its own is news of the article's day (`published`) when it is compared: a call reported today is not
 * the meeting of last July that a later paragraph recalls.
 */
export function mergeWithinDocument(candidates: EventCandidate[], published: string | null = null): EventCandidate[] {
  const merged: EventCandidate[] = [];
  for (const c of candidates) {
    // A report joins one of its own type, then the call or meeting it belongs to, before any lesser event that fits.
    const fits = merged.filter((e) => sameEventInDocument(e, c) && !recalledAsOlder(e, c, published));
    const target = fits.find((e) => e.type === c.type) ?? fits.find((e) => isContact(e.type)) ?? fits[0];
    if (target) absorb(target, c);
    else merged.push({ ...c, participants: [...c.participants], passageIds: [...c.passageIds], documentIds: [...c.documentIds] });
  }
  // Talks that joined no call or meeting were a meeting.
  for (const e of merged) if (e.type === 'talks') e.type = 'meeting';
  return merged;
}

/**
 * Merges events reported by several articles: same type, same participants, agreeing dates. Reports are taken
 * one at a time, in corpus order, so that a large corpus is merged as its slices come.
 */
export class CrossDocumentMerger {
  readonly merged: EventCandidate[] = [];
  // Only events of one type, planned-ness and participant set can merge, and only if their dates meet:
  // index them by that key and by month, so a large corpus is not compared pair by pair.
  private readonly byMonth = new Map<string, EventCandidate[]>();
  private readonly wide = new Map<string, EventCandidate[]>(); // undated, or spanning months
  private readonly byKey = new Map<string, EventCandidate[]>();

  add(c: EventCandidate): void {
    const key = keyOf(c);
    const month = monthOf(c.date);
    // The dates first: of the events of one key and month, most are of another day.
    const joins = (e: EventCandidate) =>
      (e.date && c.date ? overlaps(e.date, c.date) : isContact(e.type) && !(e.date === null && c.date === null)) &&
      sameSet(e.participants, c.participants) &&
      (e.participants.length > 0 || (e.date !== null && e.location === c.location));
    // An undated report can only join a dated call or meeting; a wide date may meet any month.
    const target =
      (month
        ? (this.byMonth.get(`${key}|${month}`)?.find(joins) ?? this.wide.get(key)?.find(joins))
        : c.date || isContact(c.type)
          ? this.byKey.get(key)?.find(joins)
          : undefined) ?? this.dayApartFrom(key, c);
    if (target) {
      const before = monthOf(target.date);
      absorb(target, c);
      if (before === null && monthOf(target.date) !== null) {
        // An undated event that gained a date moves from the wide list to its month.
        this.wide.set(key, (this.wide.get(key) ?? []).filter((e) => e !== target));
        push(this.byMonth, `${key}|${monthOf(target.date)}`, target);
      }
      return;
    }
    this.keep(c);
  }

  /**
   * Takes an event as it is, joining nothing: a new one, or one an earlier build merged (appending articles to a
   * dataset), which later reports may join. Events must come in the order their first reports did.
   */
  keep(c: EventCandidate): void {
    this.merged.push(c);
    // Nothing can join an undated event other than a call or meeting: it is not indexed (statements with no
    // date would otherwise pile up under their speaker and be tried, in vain, against every dated one).
    if (!c.date && !isContact(c.type)) return;
    const key = keyOf(c);
    const month = monthOf(c.date);
    push(this.byKey, key, c);
    if (month) push(this.byMonth, `${key}|${month}`, c);
    else push(this.wide, key, c);
  }

  /** A report of the same parties a day away in another article (the day before or after may be in another month). */
  private dayApartFrom(key: string, c: EventCandidate): EventCandidate | undefined {
    if (c.date?.precision !== 'day') return undefined;
    const day = Date.parse(`${c.date.start}T00:00:00Z`);
    const months = new Set([day - DAY_MS, day + DAY_MS].map(monthOfTime));
    for (const m of months) {
      const found = this.byMonth.get(`${key}|${m}`)?.find((e) => dayApart(e, c));
      if (found) return found;
    }
    return undefined;
  }
}

/**
 * Two articles' reports of one call or meeting a day apart («أمس» in one, the weekday in the other): one event
 * that keeps both readings (EventCandidate.dateReadings), so the app can show the disagreement.
 */
function dayApart(e: EventCandidate, c: EventCandidate): boolean {
  if (!isContact(e.type) || e.planned || e.participants.length < 2 || !e.date || !c.date) return false;
  if (e.date.precision !== 'day' || c.date.precision !== 'day') return false;
  // The days before the articles: an event many articles report has a long list of them.
  return Math.abs(Date.parse(e.date.start) - Date.parse(c.date.start)) === DAY_MS && !e.documentIds.some((d) => c.documentIds.includes(d));
}

const DAY_MS = 86_400_000;

/** 'YYYY-MM' of a time, as toISOString().slice(0, 7) writes it for years 0–9999 (those of dates), several times faster. */
function monthOfTime(time: number): string {
  const d = new Date(time);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * What reports of one event share: only reports with one key can merge across articles, so the reports of each key
 * may be merged apart from the others (a CrossDocumentMerger per key), which the CLI does to bound its memory.
 */
export const keyOf = (c: EventCandidate) => `${c.type}|${c.planned}|${[...c.participants].sort().join(',')}`;

function push(map: Map<string, EventCandidate[]>, key: string, e: EventCandidate): void {
  const list = map.get(key);
  if (list) list.push(e);
  else map.set(key, [e]);
}

/** 'YYYY-MM' of a date within one month; null when undated or spanning months. */
function monthOf(d: EventDate | null): string | null {
  return d && d.start.slice(0, 7) === d.end.slice(0, 7) ? d.start.slice(0, 7) : null;
}

/**
 * The first report `e` is news with no date of its own (the article's day), and a later one `c` is dated by a month
 * or a year that does not hold that day («وكان قد التقاه في يوليو الماضي»): an older contact recalled, not the same
 * one. (The other way round, an undated clause after a dated one goes on telling of it: «زار الرياض في سبتمبر،
 * حيث استقبله…».)
 */
function recalledAsOlder(e: EventCandidate, c: EventCandidate, published: string | null): boolean {
  if (!published || e.date || !c.date || e.earlier || e.planned) return false;
  // A day more than a week before the article («في 17 أبريل من العام الماضي»): recalled too. (A day of the last week,
  // "the talks, held on Sunday", may be the news itself.)
  // (Not in the sentence that tells the undated one: "travelled to Tehran and met Pezeshkian on August 5" is one visit.)
  if (c.date.precision === 'day') {
    const daysBefore = (Date.parse(published) - Date.parse(c.date.end)) / DAY_MS;
    // A call and a meeting are one contact only on the story's day: the call of four days before is another.
    const callAndMeeting = (e.type === 'phone_call') !== (c.type === 'phone_call');
    return daysBefore > (callAndMeeting ? 1 : RECALLED_DAYS) && !c.passageIds.some((id) => e.passageIds.includes(id));
  }
  return published < c.date.start || published > c.date.end;
}

const RECALLED_DAYS = 7;

function sameEventInDocument(e: EventCandidate, c: EventCandidate): boolean {
  if (e.planned !== c.planned) return false;
  const [ed, cd] = [e.date, c.date];
  if (ed && cd && !overlaps(ed, cd)) return false;
  if (e.participants.length === 0 || c.participants.length === 0) return false;
  // The same parties, or a lone party's visit inside the meeting held during it; a third party in one report
  // («… وأردوغان وزرداري») is another contact.
  // (Not an arrival with a day of its own told after an undated meeting, in another passage: «وكان قد وصل … مساء أمس»
  // is not the talks told before it.)
  const arrivalAfter = c.type === 'visit' && ed === null && cd !== null && !c.passageIds.some((id) => e.passageIds.includes(id));
  // («وشدد رئيس الحكومة خلال الاتصال …» after a meeting he held and the call he took: a lone party's call is not
  // inside a meeting or a visit.)
  const callInMeeting = (one: EventCandidate, other: EventCandidate) => one.type === 'phone_call' && (other.type === 'meeting' || other.type === 'visit');
  const inside = (one: EventCandidate, other: EventCandidate) => one.participants.length === 1 && subset(one.participants, other.participants) && !callInMeeting(one, other);
  const nested = sameSet(c.participants, e.participants) || (inside(c, e) && !arrivalAfter) || inside(e, c) || grownByAttendees(e, c) || grownByAttendees(c, e);
  if (!nested) return false;
  if (e.type === c.type) return true;
  const types = new Set([e.type, c.type]);
  // One article's call, talks, meeting or visit between the same people on one day is one contact, typed by
  // its strongest evidence (TYPE_STRENGTH): a call also called "talks", the meeting held during a visit.
  // Not a meeting of the month with a call of one of its days («خلال لقائهما الأخير مطلع الشهر»): another contact.
  // A visit of a month and the reception or talks of that month («زار الرياض في سبتمبر، حيث استقبله …»): one.
  if ([...types].every((t) => MEETS.has(t))) return !ed || !cd || (ed.precision === 'day' && cd.precision === 'day') || (sameSpan(ed, cd) && !types.has('phone_call'));
  // A statement by both sides of a call («أكد الطرفان») is part of that call; so are condolences sent in it.
  if (types.has('statement') || types.has('message')) {
    const [said, other] = e.type === 'statement' || e.type === 'message' ? [e, c] : [c, e];
    if (!isContact(other.type) || other.type === said.type) return false;
    return (said.type === 'message' || said.participants.length >= 2) && subset(said.participants, other.participants);
  }
  return false;
}

const sameSpan = (a: EventDate, b: EventDate) => a.start === b.start && a.end === b.end;

/** «وقّع X وY … في ختام جلسة محادثات جمعتهما» read twice in one passage, once with those who attended joined (via
 *  'joined'), the other's parties its own: one contact. (Across passages a bilateral and the extended meeting with
 *  attendees are often two: «عقدا لقاء ثنائيا … ثم جلسة مباحثات موسعة بحضور …».) */
const grownByAttendees = (grown: EventCandidate, other: EventCandidate) =>
  other.participants.length >= 2 &&
  other.passageIds.some((id) => grown.passageIds.includes(id)) &&
  subset(other.participants, grown.participants) &&
  grown.participants.every((a) => (grown.via?.[a] === 'joined') !== other.participants.includes(a));

const MEETS = new Set<CandidateType>(['phone_call', 'meeting', 'visit', 'talks']);

const TYPE_STRENGTH: CandidateType[] = ['phone_call', 'meeting', 'visit', 'agreement', 'message', 'killing', 'military_action', 'talks', 'statement'];

/** Of a call and an in-person contact, the report that gives the day itself says more of what happened that day
 *  than one with no day of its own: "met … on Thursday" and "apologised in a phone call" is the meeting. Otherwise
 *  the stronger type of the two (TYPE_STRENGTH). */
function strongerType(c: EventCandidate, than: EventCandidate): boolean {
  const own = (e: EventCandidate) => e.date !== null && e.date.basis !== 'publication';
  const callAndNot = (c.type === 'phone_call') !== (than.type === 'phone_call') && MEETS.has(c.type) && MEETS.has(than.type);
  if (callAndNot && own(c) !== own(than)) return own(c);
  return TYPE_STRENGTH.indexOf(c.type) < TYPE_STRENGTH.indexOf(than.type);
}

function absorb(into: EventCandidate, c: EventCandidate): void {
  if (into.date && c.date && into.date.precision === 'day' && c.date.precision === 'day' && into.date.start !== c.date.start) {
    into.dateReadings ??= [{ date: into.date, passageIds: [...into.passageIds] }];
    const same = into.dateReadings.find((r) => r.date.start === c.date!.start);
    if (same) addMissing(same.passageIds, c.passageIds);
    else into.dateReadings.push({ date: c.date, passageIds: [...c.passageIds] });
  } else if (into.dateReadings && c.date) {
    const same = into.dateReadings.find((r) => r.date.start === c.date!.start);
    if (same) addMissing(same.passageIds, c.passageIds);
  }
  if (strongerType(c, into)) into.type = c.type;
  into.participants = [...new Set([...into.participants, ...c.participants])];
  if (c.via) into.via = { ...c.via, ...into.via };
  into.date = betterDate(into.date, c.date);
  into.location ??= c.location;
  into.earlier = into.earlier && c.earlier;
  addMissing(into.passageIds, c.passageIds);
  addMissing(into.documentIds, c.documentIds);
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

// Ids already in each merged list, so absorbing a report stays linear however many reports an event has.
const members = new WeakMap<string[], Set<string>>();

function addMissing(into: string[], ids: string[]): void {
  let seen = members.get(into);
  if (!seen) members.set(into, (seen = new Set(into)));
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    into.push(id);
  }
}
