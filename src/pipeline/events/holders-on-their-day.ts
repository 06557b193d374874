// «وكان بوتين قد التقى الرئيس الإيراني في طهران في يوليو 2022», "when he met the Iranian president" in a recap: a
// bare title names who held the office on the day of the contact told, not on the day the article was published.
import { holderOn, type ActorIndex } from '../actors/actor-index';
import type { TitleOffice } from '../actors/match-actors';
import { WRITTEN_YEAR } from '../dates/same-year';
import type { EventCandidate } from './extract-events';

/** A mention of a passage, as this stage reads and rewrites it. */
interface OfficeMention {
  actorId: string;
}

/**
 * Rewrites, in one passage, the persons named by a title alone who take part in a contact the passage dates to a
 * time when another person held that office: the contact's participant and the title's mentions become that holder.
 * Only when every contact of the passage with that person is of such a day, a date that writes its year («في يوليو
 * 2022», not a month the pipeline placed in a year itself), and every mention of them here is by that title: a passage
 * that also names them, or tells a contact of theirs today, keeps them.
 */
export function holdersOnTheirDay(index: ActorIndex, events: EventCandidate[], mentions: OfficeMention[], officeOf: ReadonlyMap<OfficeMention, TitleOffice>): void {
  const byPerson = new Map<string, OfficeMention[]>();
  for (const m of mentions) byPerson.set(m.actorId, [...(byPerson.get(m.actorId) ?? []), m]);
  for (const [actorId, titled] of byPerson) {
    const offices = titled.map((m) => officeOf.get(m));
    if (offices.some((o) => !o || !sameOffice(o, offices[0]!))) continue;
    const office = offices[0]!;
    const theirs = events.filter((e) => e.participants.includes(actorId));
    const holders = new Set(theirs.map((e) => (e.date && WRITTEN_YEAR.test(e.date.text ?? '') ? holderThrough(index, office, e.date.start, e.date.end) : null)));
    const [then] = holders;
    if (holders.size !== 1 || !then || then === actorId) continue;
    for (const e of theirs) {
      // ("China's foreign minister at the time, Qin Gang": the title was the holder the contact names too.)
      const named = e.participants.includes(then);
      e.participants = named ? e.participants.filter((a) => a !== actorId) : e.participants.map((a) => (a === actorId ? then : a));
      if (e.via && actorId in e.via) {
        const { [actorId]: how, ...others } = e.via;
        e.via = named ? others : { ...others, [then]: how };
      }
    }
    for (const m of titled) m.actorId = then;
  }
}

const sameOffice = (a: TitleOffice, b: TitleOffice) => a.role === b.role && a.country === b.country;

/** The one holder of the office from `start` to `end` (null when it changed hands or none held it). */
function holderThrough(index: ActorIndex, office: TitleOffice, start: string, end: string): string | null {
  const first = holderOn(index, office.role, office.country, start);
  return first !== null && holderOn(index, office.role, office.country, end) === first ? first : null;
}
