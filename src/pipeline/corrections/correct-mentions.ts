// The corrections' mention stage, run on each slice of the corpus where its passages' texts are at hand: moves a
// merged actor's mentions to the one it lives on as, drops those of a "not a person", removes and moves the spans
// the analyst named, and adds the ones the analyst selected (when the passage still has those words there).
import type { Mention } from '../../schema/dataset';
import type { CorrectionPlan } from './correction-plan';
import { spanKey } from './correction-plan';

/** What the mention stage saw, summed over the slices: small, so that workers can send it back. */
export interface MentionTrace {
  /** Corrections that found their mention. */
  applied: string[];
  /** Corrections that found their passage but not the words they name there, with why. */
  mismatched: Record<string, string>;
  /** Every actor the extraction named, before corrections: the actors a corrected dataset starts from. */
  actorsNamed: string[];
  /** Passages cited by added events that exist, with their documents. */
  citedPassages: Record<string, string>;
  /** Actors given mentions by the analyst, with the words: a record is made from them if the dataset has none. */
  namedByAnalyst: Record<string, string>;
}

export const emptyTrace = (): MentionTrace => ({ applied: [], mismatched: {}, actorsNamed: [], citedPassages: {}, namedByAnalyst: {} });

/** Adds one slice's trace to the whole corpus's. */
export function joinTrace(into: MentionTrace, slice: MentionTrace): void {
  into.applied.push(...slice.applied);
  Object.assign(into.mismatched, slice.mismatched);
  const named = new Set(into.actorsNamed);
  for (const a of slice.actorsNamed) if (!named.has(a)) into.actorsNamed.push(a);
  Object.assign(into.citedPassages, slice.citedPassages);
  Object.assign(into.namedByAnalyst, slice.namedByAnalyst);
}

interface PassageText {
  id: string;
  documentId: string;
  text: string;
}

/** A slice's mentions corrected (in passage order, by offset within a passage where the analyst added some), and its trace. */
export function correctMentions(passages: PassageText[], mentions: Mention[], plan: CorrectionPlan): { mentions: Mention[]; trace: MentionTrace } {
  const trace = emptyTrace();
  const named = new Set<string>();
  const textOf = new Map(passages.map((p) => [p.id, p.text]));
  for (const p of passages) if (plan.citedPassages.has(p.id)) trace.citedPassages[p.id] = p.documentId;
  const wordsThere = (passageId: string, start: number, end: number, words: string) => textOf.get(passageId)?.slice(start, end) === words;
  const out: Mention[] = [];
  for (const m of mentions) {
    named.add(m.actorId);
    const key = spanKey(m.passageId, m.start, m.end);
    const removal = plan.removed.get(key);
    if (removal && wordsThere(m.passageId, m.start, m.end, removal.mention.text)) {
      trace.applied.push(removal.id);
      continue;
    }
    let actorId = m.actorId;
    const move = plan.moved.get(key);
    if (move && wordsThere(m.passageId, m.start, m.end, move.correction.mention.text)) {
      trace.applied.push(move.correction.id);
      actorId = move.to;
      trace.namedByAnalyst[plan.actorOf(actorId)] ??= move.correction.mention.text;
    }
    actorId = plan.actorOf(actorId);
    if (plan.notPersons.has(actorId)) continue;
    out.push(actorId === m.actorId ? m : { ...m, actorId });
  }
  // The extraction gives mentions in passage order, by offset: only a slice that got the analyst's needs sorting
  // (the sort is most of this stage's time on a large corpus).
  let addedHere = false;
  for (const p of passages) {
    const additions = plan.added.get(p.id);
    if (!additions) continue;
    for (const c of additions) {
      const { start, end, text, actorId: named } = c.mention;
      if (p.text.slice(start, end) !== text) {
        trace.mismatched[c.id] = `the passage no longer has «${text}» at ${start}–${end}`;
        continue;
      }
      const actorId = plan.actorOf(named);
      if (plan.notPersons.has(actorId)) {
        trace.mismatched[c.id] = `${actorId} was marked as not a person`;
        continue;
      }
      trace.applied.push(c.id);
      trace.namedByAnalyst[actorId] ??= text;
      if (!out.some((m) => m.passageId === p.id && m.start === start && m.end === end && m.actorId === actorId)) {
        out.push({ actorId, passageId: p.id, start, end, via: 'analyst' });
        addedHere = true;
      }
    }
  }
  trace.actorsNamed = [...named];
  return { mentions: addedHere ? inPassageOrder(out, passages) : out, trace };
}

function inPassageOrder(mentions: Mention[], passages: PassageText[]): Mention[] {
  const order = new Map(passages.map((p, i) => [p.id, i]));
  return mentions
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (order.get(a.m.passageId) ?? 0) - (order.get(b.m.passageId) ?? 0) || a.m.start - b.m.start || a.i - b.i)
    .map(({ m }) => m);
}
