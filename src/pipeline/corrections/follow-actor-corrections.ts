// The analyst's actor corrections followed by an event report of an article appended to a corrected dataset: a
// merged-away actor takes part as the one it lives on as, a "not a person" takes no part, as the corrections' corpus
// stage makes the events of a whole build follow them (correct-corpus.ts, followActorChanges).
import type { EventCandidate } from '../events/extract-events';
import type { CorrectionPlan } from './correction-plan';

/** The report with its participants corrected; null when the corrections leave nobody in a report that named someone. */
export function followActorCorrections(c: EventCandidate, plan: CorrectionPlan): EventCandidate | null {
  const participants = [...new Set(c.participants.map(plan.actorOf))].filter((id) => !plan.notPersons.has(id));
  if (participants.length === c.participants.length && participants.every((id, i) => id === c.participants[i])) return c;
  if (participants.length === 0) return null;
  const via = c.via && Object.fromEntries(Object.entries(c.via).flatMap(([id, how]) => (participants.includes(plan.actorOf(id)) ? [[plan.actorOf(id), how]] : [])));
  return { ...c, participants, ...(via ? { via } : {}) };
}
