// What a list of corrections asks of the mentions, worked out once before any article is read: which actor ids
// live on as which (merges, followed through chains), which are not persons, and which spans are removed, moved
// or added. The mention stage (correct-mentions.ts) runs it on each slice of the corpus, in whichever thread.
import type { AppliedCorrections, Correction, CorrectionOf, MentionAnchor } from '../../schema/corrections';
import { hashId } from '../hash-id';

export interface CorrectionPlan {
  /** The corrections in the order they were made. */
  corrections: Correction[];
  /** An actor id as it lives on after the merges (itself when not merged away). */
  actorOf: (id: string) => string;
  /** Merges that would merge an actor into itself (through a chain): not applied. */
  circular: Set<string>;
  notPersons: Map<string, CorrectionOf<'actor.notPerson'>>;
  /** By spanKey: the mention removed, or moved to another actor. */
  removed: Map<string, CorrectionOf<'mention.remove'>>;
  moved: Map<string, { correction: CorrectionOf<'actor.split'>; to: string }>;
  /** By passage id. */
  added: Map<string, CorrectionOf<'mention.add'>[]>;
  /** Passage ids cited by added events: the mention stage notes which exist, and in which document. */
  citedPassages: Set<string>;
}

export const spanKey = (passageId: string, start: number, end: number) => `${passageId}\u0000${start}\u0000${end}`;

/** The id of the actor a split makes when the analyst names a new one. */
export const splitActorId = (correctionId: string) => hashId('a', correctionId);

/** `earlier`: the redirects of corrections already applied to the dataset, which new ones build on. */
export function planCorrections(corrections: Correction[], earlier?: AppliedCorrections['redirects']): CorrectionPlan {
  const into = new Map<string, string>(Object.entries(earlier?.actors ?? {}));
  const actorOf = (id: string) => {
    let at = id;
    for (let hops = 0; into.has(at) && hops <= into.size; hops++) at = into.get(at)!;
    return at;
  };
  const plan: CorrectionPlan = {
    corrections,
    actorOf,
    circular: new Set(),
    notPersons: new Map(),
    removed: new Map(),
    moved: new Map(),
    added: new Map(),
    citedPassages: new Set(),
  };
  for (const c of corrections) {
    switch (c.kind) {
      case 'actor.merge':
        // An actor already merged away is not in the dataset any more: the corpus stage leaves the merge an orphan,
        // so the actor it lives on as must not be merged in its stead.
        if (into.has(c.from)) break;
        if (actorOf(c.into) === actorOf(c.from)) plan.circular.add(c.id);
        else into.set(actorOf(c.from), actorOf(c.into));
        break;
      case 'actor.notPerson':
        plan.notPersons.set(c.actorId, c);
        break;
      case 'actor.split':
        plan.moved.set(anchorKey(c.mention), { correction: c, to: c.to ?? splitActorId(c.id) });
        break;
      case 'mention.remove':
        plan.removed.set(anchorKey(c.mention), c);
        break;
      case 'mention.add': {
        const list = plan.added.get(c.mention.passageId);
        if (list) list.push(c);
        else plan.added.set(c.mention.passageId, [c]);
        break;
      }
      case 'event.add':
        for (const p of c.passageIds) plan.citedPassages.add(p);
        break;
      default:
        break;
    }
  }
  return plan;
}

const anchorKey = (m: MentionAnchor) => spanKey(m.passageId, m.start, m.end);

