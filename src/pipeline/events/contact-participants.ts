// Who takes part in a contact a clause reports: the contact word's arguments, not every name in the clause.
// A sender of a message that someone else hands over, people discussed after the parties are named, and
// reported speech stay out; a list of separate audiences («استقبل X كلا من Y وZ», "met separately with")
// gives one bilateral contact per partner; a possessive contact word («لدى استقباله») brings in its owner.
import type { ParticipantVia } from '../../schema/dataset';
import type { RoleMarker } from './event-lexicon';

export interface MarkerHit {
  kind: RoleMarker | 'trigger';
  start: number;
  end: number;
}

export interface ClauseMention {
  actorId: string;
  start: number;
  end: number;
}

export interface ContactGroup {
  participants: string[];
  via: Record<string, ParticipantVia>;
}

/** How far after a carrier («رسالة من», "on behalf of") its sender is named (characters). */
const CARRIER_REACH = 40;
/** How far after «مرفوقا بـ», "joined by" the one who joins is named (characters: a title may come first). */
export const JOINING_REACH = 60;

export interface ClauseFacts {
  /** Mentions in the clause before any reported speech, in order. */
  mentions: ClauseMention[];
  /** Marker hits in the clause, in order. */
  markers: MarkerHit[];
  /** The contact word that types the event. */
  trigger: MarkerHit | undefined;
  /** The actor named last before the clause (the owner of «لدى استقباله»), if any. */
  previous: string | null;
  /**
   * The contact verb has no subject of its own in the clause ("Blinken, who …, also met separately with …",
   * «… وبحث مع نظيره»): the actor named before takes its place.
   */
  subjectless: boolean;
  /** The contact is a call: one between two, unless said to be joint. */
  call?: boolean;
  /** The sentence goes on about the guests as one («وعرض معهما», "and told them"): they were received together. */
  guestsTogether?: boolean;
  /** The country an actor serves, where known. */
  countryOf?: (actorId: string) => string | null;
  /** Whether an actor leads a state, a government or a parliament (by its roles on the contact's day). */
  leads?: (actorId: string) => boolean;
}

export function contactGroups(facts: ClauseFacts): ContactGroup[] {
  const { mentions, markers, trigger } = facts;
  // «ورافق الشرع في زيارته كلٌّ من …», «ويرافقه في زيارته …»: who travels with the visitor, told by a verb that opens
  // the clause; one party, no contact.
  const possessive = trigger !== undefined && markers.some((m) => m.kind === 'possessive' && overlaps(m, trigger));
  if (possessive && markers.some((m) => m.kind === 'accompanying' && m.end <= trigger.start && mentions.every((x) => x.start >= m.end))) return [];
  const bounds = trigger ? [...markers, trigger] : markers;
  const taking = withListedAfter(namedAfter(mentions, markers, 'joining', JOINING_REACH), mentions, bounds);
  const travelling = withListedAfter(namedAfter(mentions, markers, 'accompanying', JOINING_REACH), mentions, bounds);
  const groups = partyGroups({ ...facts, mentions: mentions.filter((m) => !taking.has(m) && !travelling.has(m)) });
  // «… الوزير الإسباني مرفوقا بالسيد بوريطة», "Araqchi, joined by his deputy, received Grossi": one more party of
  // each contact, not one more audience. Those travelling with a party alone ("Sharif arrived for a visit,
  // accompanied by Dar") have no one else to meet: a delegation is no contact of its own.
  const joiners = distinct([...taking, ...travelling]);
  const takingPart = distinct([...taking]);
  if (joiners.length === 0 || groups.length === 0) return groups;
  return groups.map((g) => {
    const more = g.participants.length < 2 ? takingPart : joiners;
    return more.length ? group(g.participants, 'named', more, 'joined', g.via) : g;
  });
}

function partyGroups({ mentions, markers, trigger, previous, subjectless, call, guestsTogether, countryOf, leads }: ClauseFacts): ContactGroup[] {
  const kept = withoutCarried(mentions, markers);
  const parties = beforeTopic(kept, markers, trigger);
  const possessive = trigger !== undefined && markers.some((m) => m.kind === 'possessive' && overlaps(m, trigger));
  // Who the verb's missing subject or the possessive's owner is: the actor named before the clause.
  const owner = (possessive || subjectless) && previous && !parties.some((m) => m.actorId === previous) ? previous : null;
  const ownerVia: ParticipantVia = possessive ? 'owner' : 'subject';
  const joint = markers.some((m) => m.kind === 'joint');
  // After the contact word («التقى كلا من»), or right before it ("held separate calls with").
  const list = joint ? undefined : markers.find((m) => m.kind === 'list' && (!trigger || m.start >= trigger.start || trigger.start - m.end <= 1));
  // «استقبل كل من A وB، كلا على حدة، الضيف»: the ones listed received, each on their own, the one named after the mark.
  const hostsApart = list && trigger ? separateHostsOfOne(parties, markers, trigger) : null;
  if (hostsApart) return hostsApart;
  if (list) {
    // «استقبل X Y وZ كلٌّ على حدة», "meeting A and B separately": a mark after the partners it sets apart; the host
    // is named before the verb, or is the one it left out, or (Arabic's verb first) the first named after it.
    const trailing = trigger !== undefined && list.start > trigger.end && !parties.some((m) => m.start >= list.end);
    const between = trailing ? distinct(parties.filter((m) => m.start >= trigger.end && m.start < list.start)) : [];
    const before = trailing ? distinct(parties.filter((m) => m.start < trigger.start)) : [];
    const hosts = trailing ? (before.length ? before : owner ? [] : between.slice(0, 1)) : distinct(parties.filter((m) => m.start < list.start));
    const partners = trailing ? between.filter((a) => !hosts.includes(a)) : distinct(parties.filter((m) => m.start >= list.end));
    if (hosts.length === 0 && owner && !partners.includes(owner)) hosts.push(owner);
    if (hosts.length > 0 && partners.length >= 2) return partners.map((p) => group(hosts, 'host', [p], 'partner'));
    // Separate audiences of a host the clause does not name: they did not meet each other.
    if (hosts.length === 0 && partners.length >= 2) return [];
  }
  // «وكان في استقباله X وY»: the owner is the guest, and those named receive them together.
  const welcomed = owner && trigger !== undefined && markers.some((m) => m.kind === 'welcoming' && overlaps(m, trigger));
  const welcomers = welcomed ? distinct(parties).filter((a) => a !== owner) : [];
  if (welcomers.length) return [group([owner!], 'owner', welcomers, 'host')];
  const reception = trigger !== undefined && !joint && markers.some((m) => m.kind === 'reception' && overlaps(m, trigger));
  if (reception) {
    // «استقبل X Y وZ» (host after the verb) or "X received Y and Z" (host before it): each guest is a meeting.
    const before = distinct(parties.filter((m) => m.end <= trigger.start));
    const after = distinct(parties.filter((m) => m.start >= trigger.end));
    const hosts = before.length ? before : owner ? [owner] : after.slice(0, 1);
    const guests = after.filter((a) => !hosts.includes(a));
    // Guests named by one phrase («الوزيرين الفرنسيين») are one audience.
    const audiences = new Map<number, string[]>();
    for (const g of guests) {
      const at = parties.find((m) => m.actorId === g && m.start >= trigger.end)!.start;
      audiences.set(at, [...(audiences.get(at) ?? []), g]);
    }
    // (Guests who all serve one country not the host's, «الموفد الأميركي X ونائبة المبعوث الأميركي Y», are its
    // delegation, received together: by a host the clause names, not one it leaves out; of envoys and ministers, not
    // leaders, whom a guest told of by a pronoun meets: «حين استقبله رئيس الجمهورية وعقد مباحثات مع الوزير …».)
    const oneDelegation = countryOf !== undefined && guests.length >= 2 && (before.length > 0 || !owner) && !guests.some((g) => leads?.(g)) && hostsOfOneCountry(hosts[0], guests, countryOf) && hosts.every((h) => countryOf(h) === countryOf(hosts[0]));
    if (audiences.size >= 2 && !guestsTogether && !oneDelegation) return [...audiences.values()].map((a) => group(hosts, 'host', a, 'partner'));
  }
  // "Starmer spoke by phone with both Trump and Zelensky", «أجرى X اتصالين هاتفيين مع Y وZ»: one caller, a call each.
  if (call && trigger !== undefined && !joint) {
    const callers = distinct(parties.filter((m) => m.end <= trigger.start));
    const callees = distinct(parties.filter((m) => m.start >= trigger.end)).filter((a) => !callers.includes(a));
    const caller = callers.length === 1 ? callers[0] : callers.length === 0 && owner ? owner : null;
    if (caller && callees.length >= 2) return callees.map((c) => group([caller], callers.length ? 'host' : ownerVia, [c], 'partner'));
  }
  const named = distinct(parties);
  // «والتقى حينها خامنئي والرئيس رئيسي», "he met the emir and the prime minister": a visitor who meets the leaders of
  // the country visited (of state, government, parliament) meets each of them; a leader with a minister or an envoy
  // receives him together.
  if (owner && named.length > 1 && !possessive && countryOf && leads && named.every(leads) && hostsOfOneCountry(owner, named, countryOf)) return named.map((a) => group([owner], ownerVia, [a], 'named'));
  // "he met A and B": the subject left out meets those named, not they each other.
  if (owner && (named.length === 1 || (named.length > 1 && !possessive))) return [group([owner], ownerVia, named, 'named')];
  return named.length ? [group(named, 'named', [], 'named')] : [];
}

/** «استقبل كل من A وB، كلا على حدة، Z»: after the verb, a list of two or more, a mark that sets them apart, then one
 *  more: each of the list met that one (none named before the verb). */
function separateHostsOfOne(parties: ClauseMention[], markers: MarkerHit[], trigger: MarkerHit): ContactGroup[] | null {
  const [opening, mark] = markers.filter((m) => m.kind === 'list' && m.start >= trigger.end);
  if (!mark || parties.some((m) => m.start < trigger.start)) return null;
  const listed = distinct(parties.filter((m) => m.start >= opening.end && m.start < mark.start));
  const after = distinct(parties.filter((m) => m.start >= mark.end)).filter((a) => !listed.includes(a));
  return listed.length >= 2 && after.length === 1 ? listed.map((h) => group([h], 'host', after, 'partner')) : null;
}

/** Whether all the hosts serve one country, which the guest does not. */
function hostsOfOneCountry(guest: string, hosts: string[], countryOf: (actorId: string) => string | null): boolean {
  const country = countryOf(hosts[0]);
  return country !== null && country !== countryOf(guest) && countryOf(guest) !== null && hosts.every((a) => countryOf(a) === country);
}

/** A contact's parties without the senders named right after a carrier («سلّمه رسالة من الرئيس X»). */
function withoutCarried(mentions: ClauseMention[], markers: MarkerHit[]): ClauseMention[] {
  const carried = namedAfter(mentions, markers, 'carrier', CARRIER_REACH);
  return carried.size ? mentions.filter((m) => !carried.has(m)) : mentions;
}

/**
 * "in the presence of his chief of staff X, Foreign Minister Y and the secretary general, Z": the ones named after
 * the first, each within reach of the one before and no contact word between, are in the same list.
 */
function withListedAfter(first: Set<ClauseMention>, mentions: ClauseMention[], markers: MarkerHit[]): Set<ClauseMention> {
  const listed = new Set(first);
  for (const m of first) {
    let last = m;
    for (const next of mentions.filter((x) => x.start > m.start)) {
      if (next.start - last.end > JOINING_REACH || markers.some((k) => k.kind === 'trigger' && k.start > last.end && k.start < next.start)) break;
      listed.add(next);
      last = next;
    }
  }
  return listed;
}

/** The first mention within `reach` characters after each marker of a kind. */
function namedAfter(mentions: ClauseMention[], markers: MarkerHit[], kind: MarkerHit['kind'], reach: number): Set<ClauseMention> {
  const found = new Set<ClauseMention>();
  for (const c of markers) {
    if (c.kind !== kind) continue;
    const first = mentions.find((m) => m.start >= c.end && m.start - c.end <= reach);
    if (first) found.add(first);
  }
  return found;
}

/** The mentions before the talk turns to its subject: once two parties are named, a topic word ends the list. */
function beforeTopic(mentions: ClauseMention[], markers: MarkerHit[], trigger: MarkerHit | undefined): ClauseMention[] {
  const after = trigger?.end ?? 0;
  for (const t of markers) {
    if (t.kind !== 'topic' || t.start < after) continue;
    if (distinct(mentions.filter((m) => m.end <= t.start)).length >= 2) return mentions.filter((m) => m.end <= t.start);
  }
  return mentions;
}

/** `known`: how the first ones were read already (kept over `firstVia`). */
function group(first: string[], firstVia: ParticipantVia, rest: string[], restVia: ParticipantVia, known: Record<string, ParticipantVia> = {}): ContactGroup {
  const via: Record<string, ParticipantVia> = {};
  for (const a of first) via[a] = known[a] ?? firstVia;
  for (const a of rest) via[a] ??= restVia;
  return { participants: Object.keys(via), via };
}

const distinct = (mentions: ClauseMention[]) => [...new Set(mentions.map((m) => m.actorId))];
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
