// Corrections an analyst could have made to a dataset, drawn at random from its real ids, mentions and events: for
// the pipeline benchmark's corrections stage and for the corrections' property tests. A share of them may name
// things the dataset does not have (`nonsense`), as corrections made against another build would; and the merges
// and "not a person"s may be capped to a share of the actors (`actorShare`), as an analyst's would be (uncapped,
// a thousand corrections of a corpus with twenty actors would leave none of them).
import type { Correction, CorrectionKind, EventAnchor, MentionAnchor } from '../src/schema/corrections';
import type { Dataset, DatasetEvent, EventType } from '../src/schema/dataset';

/** How often each kind is made, roughly as analysts would: mostly events dated or fixed, and names. */
const MIX: [CorrectionKind, number][] = [
  ['event.edit', 25],
  ['actor.edit', 12],
  ['actor.split', 8],
  ['mention.remove', 10],
  ['event.delete', 10],
  ['mention.add', 6],
  ['actor.merge', 6],
  ['event.merge', 6],
  ['event.add', 6],
  ['actor.notPerson', 5],
  ['actor.promote', 6],
];
const TOTAL = MIX.reduce((sum, [, weight]) => sum + weight, 0);
const TYPES: EventType[] = ['phone_call', 'meeting', 'visit', 'statement', 'message', 'agreement'];
const AT = '2026-12-03T10:00:00.000Z';

export const eventAnchorOf = (e: DatasetEvent): EventAnchor => ({
  id: e.id,
  type: e.type,
  participants: e.participants,
  day: e.date?.start ?? null,
  passageIds: e.passageIds,
});

export interface SampleOptions {
  /** The share of corrections that name nothing the dataset has. */
  nonsense?: number;
  /** At most this share of the actors is merged away or marked as not a person. */
  actorShare?: number;
}

/** `count` corrections of `dataset` (ids c1…), drawn with `rand` (uniform in [0, 1)). */
export function sampleCorrections(dataset: Dataset, count: number, rand: () => number, { nonsense = 0, actorShare = Infinity }: SampleOptions = {}): Correction[] {
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)];
  const textOf = new Map(dataset.passages.map((p) => [p.id, p.text]));
  const actorIds = dataset.actors.map((a) => a.id);
  const discovered = dataset.actors.filter((a) => a.discovered).map((a) => a.id);
  const day = () => new Date(Date.UTC(2021, 0, 1) + Math.floor(rand() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
  const mention = (): MentionAnchor => {
    const m = pick(dataset.mentions);
    return { passageId: m.passageId, start: m.start, end: m.end, text: textOf.get(m.passageId)!.slice(m.start, m.end), actorId: m.actorId };
  };
  const event = (): EventAnchor => eventAnchorOf(pick(dataset.events));
  let actorsTaken = 0;
  const kindOf = (): CorrectionKind => {
    let at = rand() * TOTAL;
    const kind = MIX.find(([, weight]) => (at -= weight) < 0)?.[0] ?? MIX[0][0];
    if (kind !== 'actor.merge' && kind !== 'actor.notPerson') return kind;
    // Over the cap, an event is fixed instead.
    if (actorsTaken >= actorShare * actorIds.length) return 'event.edit';
    actorsTaken++;
    return kind;
  };
  const one = (id: string, kind: CorrectionKind, broken: boolean): Correction => {
    const base = { id, at: AT, author: 'bench' };
    const actor = () => (broken ? `nobody-${id}` : pick(actorIds));
    const anchorOfEvent = () => (broken ? { ...event(), id: `ev-gone-${id}`, passageIds: [`gone-${id}:p1`] } : event());
    const anchorOfMention = () => (broken ? { ...mention(), text: `«${id}»` } : mention());
    switch (kind) {
      case 'actor.merge':
        return { ...base, kind, from: actor(), into: pick(actorIds) };
      case 'actor.split':
        return rand() < 0.5
          ? { ...base, kind, mention: anchorOfMention(), to: pick(actorIds) }
          : { ...base, kind, mention: anchorOfMention(), to: null, name: { en: `Person ${id}`, ar: `شخص ${id}` } };
      case 'actor.edit':
        return rand() < 0.5
          ? { ...base, kind, actorId: actor(), shortName: { en: `Short ${id}`, ar: `مختصر ${id}` } }
          : { ...base, kind, actorId: actor(), country: pick(['RU', 'IR', 'US', null]) };
      case 'actor.notPerson':
        return { ...base, kind, actorId: broken || discovered.length === 0 ? actor() : pick(discovered) };
      case 'actor.promote':
        return { ...base, kind, actorId: broken || discovered.length === 0 ? actor() : pick(discovered) };
      case 'event.edit': {
        const change = rand();
        if (change < 0.5) return { ...base, kind, event: anchorOfEvent(), date: ((d) => ({ start: d, end: d, precision: 'day' as const }))(day()) };
        if (change < 0.7) return { ...base, kind, event: anchorOfEvent(), planned: rand() < 0.5 };
        if (change < 0.85) return { ...base, kind, event: anchorOfEvent(), type: pick(TYPES) };
        return { ...base, kind, event: anchorOfEvent(), participants: [pick(actorIds), pick(actorIds)] };
      }
      case 'event.delete':
        return { ...base, kind, event: anchorOfEvent() };
      case 'event.merge':
        return { ...base, kind, event: anchorOfEvent(), into: event() };
      case 'event.add': {
        const d = day();
        return {
          ...base,
          kind,
          type: pick(TYPES),
          participants: [pick(actorIds), pick(actorIds)],
          date: rand() < 0.8 ? { start: d, end: d, precision: 'day' } : null,
          location: null,
          planned: false,
          passageIds: [broken ? `gone-${id}:p1` : pick(dataset.passages).id],
        };
      }
      case 'mention.remove':
        return { ...base, kind, mention: anchorOfMention() };
      case 'mention.add':
        // The words of one mention, taken for another actor as well.
        return { ...base, kind, mention: { ...anchorOfMention(), actorId: pick(actorIds) } };
    }
  };
  return Array.from({ length: count }, (_, i) => one(`c${i + 1}`, kindOf(), rand() < nonsense));
}
