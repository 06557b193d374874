// Co-mentions: two actors in one passage. An edge's weight is the number of distinct passages naming both.
import type { DatasetEvent, Edge } from '../../schema/dataset';

/** Event types that make a direct contact between their participants. */
export const CONTACT_TYPES: ReadonlySet<string> = new Set(['phone_call', 'meeting', 'visit', 'message', 'agreement']);

/** A direct contact between its participants: a call, meeting, visit, message or agreement that took place. */
export function isDirectContact(ev: Pick<DatasetEvent, 'type' | 'planned'>): boolean {
  return CONTACT_TYPES.has(ev.type) && !ev.planned;
}

export function countComentions(mentions: { actorId: string; passageId: string }[], events: DatasetEvent[]): Edge[] {
  const actorsByPassage = new Map<string, Set<string>>();
  for (const m of mentions) {
    let set = actorsByPassage.get(m.passageId);
    if (!set) actorsByPassage.set(m.passageId, (set = new Set()));
    set.add(m.actorId);
  }
  const edges = new Map<string, Edge>();
  const edgeFor = (a: string, b: string): Edge => {
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}\u0000${target}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { source, target, weight: 0, passageIds: [], eventIds: [], contact: false }));
    return e;
  };
  for (const [passageId, set] of actorsByPassage) {
    const ids = [...set].sort();
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) edgeFor(ids[i], ids[j]).passageIds.push(passageId);
  }
  for (const ev of events) {
    const ids = [...new Set(ev.participants)].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const e = edgeFor(ids[i], ids[j]);
        e.eventIds.push(ev.id);
        if (isDirectContact(ev)) e.contact = true;
        // A contact reported only through «the two ministers» still links the pair, through its passages.
        if (e.passageIds.length === 0) e.passageIds.push(...ev.passageIds);
      }
    }
  }
  const out = [...edges.values()];
  for (const e of out) {
    e.passageIds = [...new Set(e.passageIds)];
    e.weight = e.passageIds.length;
  }
  return out.sort(compareEdges);
}

/** The dataset's order of edges: heaviest first, then by their actors. */
export const compareEdges = (a: Pick<Edge, 'source' | 'target' | 'weight'>, b: Pick<Edge, 'source' | 'target' | 'weight'>) =>
  b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target);
