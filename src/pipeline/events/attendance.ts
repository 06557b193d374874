// «وحضر اللقاء X», "the talks were attended by X": who attended a contact told before it in the article is one more
// participant of that contact (via 'joined'), and the passage that says so one more of its sources. Run on an
// article's candidates in the order the article tells them, before they are dated or merged.
import type { EventCandidate } from './extract-events';

const ATTENDED = new Set<EventCandidate['type']>(['phone_call', 'talks', 'meeting', 'visit']);

/**
 * The candidates with each attendance (`attends`) joined to the last held contact of two or more told before it (the
 * last two for 'both', the last of the pair's for a pair, else the last); an attendance with no such contact before it
 * stays as reported.
 */
export function joinAttendance(candidates: EventCandidate[]): EventCandidate[] {
  const kept: EventCandidate[] = [];
  // The held contacts told so far, the last one last («وحضر اللقاءين X»: the last two).
  const attended: EventCandidate[] = [];
  for (const c of candidates) {
    if (c.attends && attended.length) {
      const { attends } = c;
      const ofPair = typeof attends === 'object' ? attended.findLast((e) => attends.pair.every((a) => e.participants.includes(a))) : undefined;
      for (const contact of ofPair ? [ofPair] : attended.slice(attends === 'both' ? -2 : -1)) joinAttendees(contact, c);
      continue;
    }
    kept.push(c);
    if (!c.attends && ATTENDED.has(c.type) && !c.planned && c.participants.length >= 2) attended.push(c);
  }
  return kept;
}

/** Those `c` names as attending join `attended`, and its passages become sources of it. */
function joinAttendees(attended: EventCandidate, c: EventCandidate): void {
  const joining = c.participants.filter((a) => !attended.participants.includes(a));
  attended.participants = [...attended.participants, ...joining];
  attended.via = { ...attended.via, ...Object.fromEntries(joining.map((a) => [a, 'joined' as const])) };
  attended.passageIds = [...new Set([...attended.passageIds, ...c.passageIds])];
}
