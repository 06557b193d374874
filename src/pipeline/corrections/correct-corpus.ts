// The corrections' corpus stage, once the whole corpus's actors and events are known: merges, renames, promotes
// and drops actors; edits, deletes, merges and adds events (each found again by its anchor); and says what became
// of every correction. Its input's mentions are already corrected (correct-mentions.ts); edges are counted after.
import type { AppliedCorrections, Correction, CorrectionOf, CorrectionOutcome, EventAnchor } from '../../schema/corrections';
import { CORRECTIONS_VERSION } from '../../schema/corrections';
import type { Actor, DatasetEvent, EventDate, ParticipantVia } from '../../schema/dataset';
import { hashId } from '../hash-id';
import { eventTitle, sortEvents } from '../events/to-dataset-events';
import { splitActorId, type CorrectionPlan } from './correction-plan';
import type { MentionTrace } from './correct-mentions';

export interface CorpusToCorrect {
  actors: Actor[];
  events: DatasetEvent[];
  /** The corrected mentions (who is named in which passage). */
  mentions: { actorId: string; passageId: string }[];
  /** Documents of the passages that added events cite (those that exist). */
  citedPassages: Record<string, string>;
}

export interface CorrectedCorpus {
  actors: Actor[];
  events: DatasetEvent[];
  applied: AppliedCorrections;
}

/** The id of an event the analyst added. */
export const addedEventId = (correctionId: string) => hashId('ev', `analyst|${correctionId}`);

export function correctCorpus(input: CorpusToCorrect, plan: CorrectionPlan, trace: MentionTrace, earlier?: AppliedCorrections): CorrectedCorpus {
  return new CorpusCorrector(input, plan, trace, earlier).run();
}

class CorpusCorrector {
  private readonly actors: Map<string, Actor>;
  private readonly events: EventTable;
  private readonly outcomes: Record<string, CorrectionOutcome> = {};
  private readonly actorRedirects: Record<string, string>;
  private readonly eventRedirects: Record<string, string>;
  private readonly applied: Set<string>;

  constructor(
    private readonly input: CorpusToCorrect,
    private readonly plan: CorrectionPlan,
    private readonly trace: MentionTrace,
    private readonly earlier?: AppliedCorrections,
  ) {
    this.actors = new Map(input.actors.map((a) => [a.id, a]));
    this.events = new EventTable(input.events);
    this.actorRedirects = { ...earlier?.redirects.actors };
    this.eventRedirects = { ...earlier?.redirects.events };
    this.applied = new Set(trace.applied);
  }

  run(): CorrectedCorpus {
    for (const c of this.plan.corrections) this.actorStep(c);
    this.recordsForNamedActors();
    this.followActorChanges();
    for (const c of this.plan.corrections) this.eventStep(c);
    const counts = new Map<string, number>();
    for (const m of this.input.mentions) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
    const events = sortEvents(this.events.all());
    const participants = new Set(events.flatMap((e) => e.participants));
    const actors = [...this.actors.values()]
      .filter((a) => counts.has(a.id) || participants.has(a.id))
      .map((a) => (a.mentionCount === (counts.get(a.id) ?? 0) ? a : { ...a, mentionCount: counts.get(a.id) ?? 0 }));
    const known = new Set((this.earlier?.corrections ?? []).map((c) => c.id));
    return {
      actors,
      events,
      applied: {
        version: CORRECTIONS_VERSION,
        corrections: [...(this.earlier?.corrections ?? []), ...this.plan.corrections.filter((c) => !known.has(c.id))],
        outcomes: { ...this.earlier?.outcomes, ...this.outcomes },
        redirects: { actors: this.actorRedirects, events: this.eventRedirects },
      },
    };
  }

  private done(c: Correction, target: string, before?: Record<string, unknown>): void {
    this.outcomes[c.id] = { status: 'applied', target, ...(before ? { before } : {}) };
  }

  private orphan(c: Correction, why: string): void {
    this.outcomes[c.id] = { status: 'orphaned', why };
  }

  /** A copy of the actor, marked as changed by `c` (records are never changed in place: the input stays as it was). */
  private touchActor(id: string, c: Correction): Actor {
    const a = this.actors.get(id)!;
    const copy = { ...a, corrections: [...new Set([...(a.corrections ?? []), c.id])] };
    this.actors.set(id, copy);
    return copy;
  }

  private actorStep(c: Correction): void {
    const { actorOf } = this.plan;
    switch (c.kind) {
      case 'actor.merge': {
        const from = this.actors.get(c.from);
        if (this.plan.circular.has(c.id)) return this.orphan(c, `${c.from} and ${c.into} are already one actor`);
        if (!from) return this.orphan(c, `actor ${c.from} is not in the dataset`);
        const intoId = actorOf(c.into);
        this.actors.delete(c.from);
        this.actorRedirects[c.from] = intoId;
        for (const [id, to] of Object.entries(this.actorRedirects)) if (to === c.from) this.actorRedirects[id] = intoId;
        if (!this.actors.has(intoId)) this.actors.set(intoId, { ...from, id: intoId });
        const into = this.touchActor(intoId, c);
        into.aliases = [...new Set([...into.aliases, from.name.ar, from.name.en, ...from.aliases].filter(Boolean))];
        return this.done(c, intoId, { from: from.name });
      }
      case 'actor.notPerson': {
        const a = this.actors.get(c.actorId);
        if (!a) return this.orphan(c, `actor ${c.actorId} is not in the dataset`);
        this.actors.delete(c.actorId);
        return this.done(c, c.actorId, { name: a.name });
      }
      case 'actor.split': {
        if (!this.applied.has(c.id)) return this.orphan(c, this.trace.mismatched[c.id] ?? `no mention of «${c.mention.text}» in passage ${c.mention.passageId}`);
        const to = actorOf(c.to ?? splitActorId(c.id));
        if (!this.actors.has(to)) this.actors.set(to, newActor(to, c.name ?? { en: c.mention.text, ar: c.mention.text }, c.mention.text));
        this.touchActor(to, c);
        return this.done(c, to, { actorId: c.mention.actorId });
      }
      case 'actor.edit': {
        const id = actorOf(c.actorId);
        const a = this.actors.get(id);
        if (!a) return this.orphan(c, `actor ${c.actorId} is not in the dataset`);
        const before: Record<string, unknown> = {};
        const copy = this.touchActor(id, c);
        if (c.name) [before.name, copy.name] = [a.name, c.name];
        if (c.shortName) [before.shortName, copy.shortName] = [a.shortName, c.shortName];
        if (c.country !== undefined) [before.country, copy.country] = [a.country, c.country];
        if (c.roles) [before.roles, copy.roles] = [a.roles, c.roles];
        if (c.name) copy.aliases = [...new Set([...copy.aliases, c.name.ar, c.name.en].filter(Boolean))];
        return this.done(c, id, before);
      }
      case 'actor.promote': {
        const id = actorOf(c.actorId);
        const a = this.actors.get(id);
        if (!a) return this.orphan(c, `actor ${c.actorId} is not in the dataset`);
        this.touchActor(id, c).discovered = false;
        return this.done(c, id, { discovered: a.discovered });
      }
      case 'mention.add':
      case 'mention.remove':
        if (!this.applied.has(c.id)) return this.orphan(c, this.trace.mismatched[c.id] ?? `no mention of «${c.mention.text}» in passage ${c.mention.passageId}`);
        return this.done(c, actorOf(c.mention.actorId), { text: c.mention.text });
      default:
        return;
    }
  }

  /** An actor the corrected mentions name but the dataset has no record of (a rebuild lost it): made from the words. */
  private recordsForNamedActors(): void {
    for (const m of this.input.mentions) {
      if (this.actors.has(m.actorId)) continue;
      const words = this.trace.namedByAnalyst[m.actorId] ?? m.actorId;
      this.actors.set(m.actorId, newActor(m.actorId, { en: words, ar: words }, words));
    }
  }

  /** Events take the merged actor in place of the merged-away one and lose a "not a person"; one left with nobody goes. */
  private followActorChanges(): void {
    const why = new Map<string, string>();
    for (const c of this.plan.corrections) {
      if (c.kind === 'actor.merge' && this.outcomes[c.id]?.status === 'applied') why.set(c.from, c.id);
      if (c.kind === 'actor.notPerson' && this.outcomes[c.id]?.status === 'applied') why.set(c.actorId, c.id);
    }
    for (const e of this.events.all()) {
      const participants = [...new Set(e.participants.map(this.plan.actorOf))].filter((id) => this.actors.has(id));
      if (participants.length === e.participants.length && participants.every((id, i) => id === e.participants[i])) continue;
      if (participants.length === 0) {
        this.events.remove(e.id);
        continue;
      }
      const by = e.participants.flatMap((id) => (why.has(id) ? [why.get(id)!] : []));
      this.events.replace(this.titled({ ...e, participants, ...this.via(e, participants), corrections: [...new Set([...(e.corrections ?? []), ...by])] }));
    }
  }

  private eventStep(c: Correction): void {
    switch (c.kind) {
      case 'event.edit':
        return this.editEvent(c);
      case 'event.delete': {
        const e = this.find(c.event);
        if (!e) return this.orphan(c, `no event like «${c.event.id}» (${c.event.type}, ${c.event.day ?? 'undated'})`);
        this.events.remove(e.id);
        return this.done(c, e.id, { title: e.title });
      }
      case 'event.merge': {
        const from = this.find(c.event);
        const into = this.find(c.into);
        if (!from || !into) return this.orphan(c, `no event like «${(from ? c.into : c.event).id}» any more`);
        if (from.id === into.id) return this.orphan(c, 'the two events are already one');
        this.events.remove(from.id);
        const participants = [...new Set([...into.participants, ...from.participants])];
        this.events.replace(
          this.titled({
            ...into,
            participants,
            ...(into.participantVia || from.participantVia ? { participantVia: { ...from.participantVia, ...into.participantVia } } : {}),
            passageIds: [...new Set([...into.passageIds, ...from.passageIds])],
            documentIds: [...new Set([...into.documentIds, ...from.documentIds])],
            corrections: [...new Set([...(into.corrections ?? []), ...(from.corrections ?? []), c.id])],
          }),
        );
        this.eventRedirects[from.id] = into.id;
        for (const [id, to] of Object.entries(this.eventRedirects)) if (to === from.id) this.eventRedirects[id] = into.id;
        return this.done(c, into.id, { title: from.title });
      }
      case 'event.add':
        return this.addEvent(c);
      default:
        return;
    }
  }

  private editEvent(c: CorrectionOf<'event.edit'>): void {
    const e = this.find(c.event);
    if (!e) return this.orphan(c, `no event like «${c.event.id}» (${c.event.type}, ${c.event.day ?? 'undated'})`);
    const before: Record<string, unknown> = {};
    const next: DatasetEvent = { ...e, corrections: [...new Set([...(e.corrections ?? []), c.id])] };
    if (c.type !== undefined) [before.type, next.type] = [e.type, c.type];
    if (c.date !== undefined) {
      before.date = e.date && { start: e.date.start, end: e.date.end, precision: e.date.precision };
      next.date = analystDate(c.date);
      delete next.dateReadings;
    }
    if (c.participants !== undefined) {
      before.participants = e.participants;
      next.participants = this.actorsOf(c.participants);
      Object.assign(next, this.via(e, next.participants));
    }
    if (c.location !== undefined) [before.location, next.location] = [e.location, c.location];
    if (c.planned !== undefined) [before.planned, next.planned] = [e.planned, c.planned];
    this.events.replace(this.titled(next));
    this.done(c, e.id, before);
  }

  private addEvent(c: CorrectionOf<'event.add'>): void {
    const passageIds = c.passageIds.filter((p) => p in this.input.citedPassages);
    if (passageIds.length === 0) return this.orphan(c, `none of its passages (${c.passageIds.join(', ')}) is in the corpus`);
    const id = addedEventId(c.id);
    const participants = this.actorsOf(c.participants);
    this.events.remove(id);
    this.events.add(
      this.titled({
        id,
        type: c.type,
        title: { en: '', ar: '' },
        participants,
        participantVia: Object.fromEntries(participants.map((p) => [p, 'analyst' as const])),
        date: analystDate(c.date),
        location: c.location,
        planned: c.planned,
        passageIds,
        documentIds: [...new Set(passageIds.map((p) => this.input.citedPassages[p]))],
        corrections: [c.id],
      }),
    );
    this.done(c, id);
  }

  /** The analyst's choice of participants, as the actors they live on as (those still in the dataset). */
  private actorsOf(ids: string[]): string[] {
    return [...new Set(ids.map(this.plan.actorOf))].filter((id) => this.actors.has(id));
  }

  /** How each participant was read: kept for the ones the extraction found, 'analyst' for the others. */
  private via(e: DatasetEvent, participants: string[]): { participantVia?: Record<string, ParticipantVia> } {
    if (!e.participantVia) return {};
    const old = new Map(e.participants.map((id) => [this.plan.actorOf(id), e.participantVia![id]]));
    return { participantVia: Object.fromEntries(participants.map((id) => [id, old.get(id) ?? 'analyst'])) };
  }

  private titled(e: DatasetEvent): DatasetEvent {
    // Nobody named: the title keeps the source's words it was made of.
    if (e.participants.length === 0) return e;
    return { ...e, title: eventTitle(e, this.actors) };
  }

  private find(anchor: EventAnchor): DatasetEvent | undefined {
    let id = anchor.id;
    for (let hops = 0; this.eventRedirects[id] && hops < 100; hops++) id = this.eventRedirects[id];
    return this.events.find({ ...anchor, id, participants: anchor.participants.map(this.plan.actorOf) });
  }
}

function newActor(id: string, name: { en: string; ar: string }, words: string): Actor {
  return { id, name, shortName: name, aliases: [...new Set([words, name.en, name.ar].filter(Boolean))], country: null, roles: [], mentionCount: 0, discovered: false };
}

function analystDate(d: { start: string; end: string; precision: EventDate['precision'] } | null): EventDate | null {
  return d && { start: d.start, end: d.end, precision: d.precision, basis: 'analyst' };
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The events by id and by passage: an anchor is found by its id, else by type, participants and day, else by the
 * event of its type that shares the most passages with it (a rebuild that added reports keeps the event).
 */
class EventTable {
  private readonly byId: Map<string, DatasetEvent>;
  private readonly byPassage = new Map<string, Set<string>>();

  constructor(events: DatasetEvent[]) {
    this.byId = new Map(events.map((e) => [e.id, e]));
    for (const e of events) this.index(e);
  }

  all(): DatasetEvent[] {
    return [...this.byId.values()];
  }

  add(e: DatasetEvent): void {
    this.byId.set(e.id, e);
    this.index(e);
  }

  replace(e: DatasetEvent): void {
    this.byId.set(e.id, e);
    this.index(e);
  }

  remove(id: string): void {
    const e = this.byId.get(id);
    if (!e) return;
    this.byId.delete(id);
    for (const p of e.passageIds) this.byPassage.get(p)?.delete(id);
  }

  find(anchor: EventAnchor): DatasetEvent | undefined {
    const same = this.byId.get(anchor.id);
    if (same && same.type === anchor.type) return same;
    const near = new Map<string, number>();
    for (const p of anchor.passageIds) for (const id of this.byPassage.get(p) ?? []) near.set(id, (near.get(id) ?? 0) + 1);
    const candidates = [...near.entries()].map(([id, shared]) => ({ e: this.byId.get(id)!, shared }));
    const exact = candidates.find(({ e }) => e.type === anchor.type && (e.date?.start ?? null) === anchor.day && sameSet(e.participants, anchor.participants));
    if (exact) return exact.e;
    const ofType = candidates.filter(({ e }) => e.type === anchor.type);
    ofType.sort((a, b) => b.shared - a.shared || overlap(b.e.participants, anchor.participants) - overlap(a.e.participants, anchor.participants));
    return ofType[0]?.e ?? (same && anchor.passageIds.some((p) => same.passageIds.includes(p)) ? same : undefined);
  }

  private index(e: DatasetEvent): void {
    for (const p of e.passageIds) {
      let set = this.byPassage.get(p);
      if (!set) this.byPassage.set(p, (set = new Set()));
      set.add(e.id);
    }
  }
}

const overlap = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;
