// «زيارة أردوغان إلى القاهرة في فبراير الماضي», "Modi's visit to Moscow": a visit names its visitor and the place,
// seldom its host. When the visit's passage, or else the article, names the one who, that day, held the visitor's
// office (or, for a head of state or government, a leader's office) in the country visited, that person received it.
// A visit still planned («دعوة لزيارة طهران»), or of no day or month, gets no host.
import { isOfOffice } from './event-lexicon';
import type { EventCandidate } from './extract-events';

export interface VisitContext {
  /** Every actor the article names. */
  named: string[];
  /** The actors a passage names. */
  namedIn: (passageId: string) => string[];
  /** The registry roles an actor held on a day. */
  rolesOn: (actorId: string, day: string) => { role: string; country: string }[];
  /** The country of a place an event is located at (events' `location`), or null (a seat of international bodies). */
  countryOf: (place: string) => string | null;
  published: string | null;
}

const LEADER = 'leader';
/** How long a visit may last: a contact of the visitor and the host this near is the one the visit was for. */
const VISIT_DAYS = 3;

/**
 * Days from one event to the other's span (0 inside it), an undated one being news of the publication day; 0 when
 * nothing tells them apart.
 */
function daysApart(a: EventCandidate, b: EventCandidate, published: string | null): number {
  const [x, from, to] = [a.date?.start ?? published, b.date?.start ?? published, b.date?.end ?? published];
  if (!x || !from || !to) return 0;
  const [at, start, end] = [x, from, to].map((d) => Date.parse(d) / 86_400_000);
  return at < start ? start - at : at > end ? at - end : 0;
}

/** The visits of one visitor to a located place, with the host the article names added (via 'host'). */
export function withVisitHosts(candidates: EventCandidate[], context: VisitContext): EventCandidate[] {
  for (const c of candidates) {
    // A visit dated by no day or month is no one visit ("has visited Turkey twice this year"): whom it met is not said.
    if (c.type !== 'visit' || c.planned || !c.date || c.date.precision === 'year' || c.participants.length !== 1 || !c.location) continue;
    const day = c.date.start;
    const near = [...new Set(c.passageIds.flatMap(context.namedIn))];
    const host = hostAmong(near, c.participants[0], c.location, day, context) ?? hostAmong(context.named, c.participants[0], c.location, day, context);
    // "Arrived in Doha on Monday … On Tuesday, Cooper held talks with …": the contact is reported on its own day; and
    // «زار طهران …، والتقى كلا من …»: the passage says whom the visitor met.
    const told = (o: EventCandidate) =>
      o !== c &&
      !o.planned &&
      o.participants.length > 1 &&
      o.participants.includes(c.participants[0]) &&
      daysApart(o, c, context.published) <= VISIT_DAYS &&
      (o.participants.includes(host!) || o.passageIds.some((id) => c.passageIds.includes(id)));
    if (!host || candidates.some(told)) continue;
    c.participants = [...c.participants, host];
    c.via = { ...c.via, [host]: 'host' };
  }
  return candidates;
}

function hostAmong(named: string[], visitor: string, place: string, day: string | null, context: VisitContext): string | null {
  const country = context.countryOf(place);
  if (!country || !day) return null;
  const roles = context.rolesOn(visitor, day).filter((r) => r.country !== country);
  if (roles.length === 0) return null;
  const held = (a: string) => context.rolesOn(a, day).filter((r) => r.country === country);
  const counterparts = named.filter((a) => a !== visitor && held(a).some((r) => roles.some((v) => v.role === r.role)));
  if (counterparts.length === 1) return counterparts[0];
  if (counterparts.length > 1 || !roles.some((r) => isOfOffice(r.role, LEADER))) return null;
  const leaders = named.filter((a) => a !== visitor && held(a).some((r) => isOfOffice(r.role, LEADER)));
  return leaders.length === 1 ? leaders[0] : null;
}
