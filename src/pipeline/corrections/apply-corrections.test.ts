import { describe, expect, it } from 'vitest';
import type { Correction } from '../../schema/corrections';
import { parseDataset, type Dataset } from '../../schema/dataset';
import { loadRealDataset } from '../../test/fixtures';
import { applyCorrections } from './apply-corrections';
import { addedEventId } from './correct-corpus';
import { splitActorId } from './correction-plan';

const at = '2026-12-03T10:00:00Z';
const bundled = loadRealDataset();
const eventOf = (d: Dataset, id: string) => d.events.find((e) => e.id === id);
const anchorOf = (d: Dataset, id: string) => {
  const e = eventOf(d, id)!;
  return { id: e.id, type: e.type, participants: e.participants, day: e.date?.start ?? null, passageIds: e.passageIds };
};
/** The bundled corpus's Ashgabat meeting (11 Oct 2024) and Lavrov's call with Araghchi (10 Mar 2026). */
const ASHGABAT = 'ev-1io8kxt';
const LAVROV_ARAGHCHI_CALL = 'ev-1i2aokf';

describe('applyCorrections on the bundled dataset', () => {
  it('merges two actors: one record with both names, their mentions, events and edges', () => {
    const merge: Correction = { id: 'c1', at, kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi', reason: 'test' };
    const d = parseDataset(applyCorrections(bundled, [merge]));
    expect(d.actors.some((a) => a.id === 'amir-abdollahian')).toBe(false);
    const araghchi = d.actors.find((a) => a.id === 'araghchi')!;
    expect(araghchi.mentionCount).toBe(6);
    expect(araghchi.aliases).toContain('Hossein Amir-Abdollahian');
    expect(araghchi.corrections).toEqual(['c1']);
    expect(eventOf(d, 'ev-09y6yio')!.participants).toEqual(['lavrov', 'araghchi']);
    expect(eventOf(d, 'ev-09y6yio')!.title.en).toBe('Phone call: Lavrov – Araghchi');
    expect(d.edges.find((e) => e.source === 'araghchi' && e.target === 'lavrov')!.eventIds).toEqual(
      expect.arrayContaining(['ev-09y6yio', LAVROV_ARAGHCHI_CALL]),
    );
    expect(d.corrections!.redirects.actors).toEqual({ 'amir-abdollahian': 'araghchi' });
    expect(d.corrections!.outcomes.c1).toEqual({ status: 'applied', target: 'araghchi', before: { from: { en: 'Hossein Amir-Abdollahian', ar: expect.any(String) } } });
  });

  it('drops a name marked as not a person from mentions, events and edges', () => {
    const d = parseDataset(applyCorrections(bundled, [{ id: 'c1', at, kind: 'actor.notPerson', actorId: 'borisenko' }]));
    expect(d.actors.map((a) => a.id)).not.toContain('borisenko');
    expect(d.mentions.filter((m) => m.actorId === 'borisenko')).toEqual([]);
    // His meeting had nobody else named: it goes with him.
    expect(eventOf(d, 'ev-1jwa9w9')).toBeUndefined();
    expect(d.events).toHaveLength(bundled.events.length - 1);
  });

  it('changes a day, and the event keeps its id and moves in the order', () => {
    const edit: Correction = { id: 'c1', at, kind: 'event.edit', event: anchorOf(bundled, LAVROV_ARAGHCHI_CALL), date: { start: '2026-03-09', end: '2026-03-09', precision: 'day' } };
    const d = parseDataset(applyCorrections(bundled, [edit]));
    const call = eventOf(d, LAVROV_ARAGHCHI_CALL)!;
    expect(call.date).toEqual({ start: '2026-03-09', end: '2026-03-09', precision: 'day', basis: 'analyst' });
    expect(call.corrections).toEqual(['c1']);
    expect(d.corrections!.outcomes.c1.before).toEqual({ date: { start: '2026-03-10', end: '2026-03-10', precision: 'day' } });
    expect(d.events.findIndex((e) => e.id === LAVROV_ARAGHCHI_CALL)).toBeLessThan(d.events.findIndex((e) => e.id === 'ev-0j97z1t'));
  });

  it('adds a missed call cited by its passage, and the pair becomes a direct contact', () => {
    const add: Correction = {
      id: 'c1',
      at,
      kind: 'event.add',
      type: 'phone_call',
      participants: ['iravani', 'araghchi'],
      date: { start: '2024-10-11', end: '2024-10-11', precision: 'day' },
      location: null,
      planned: false,
      passageIds: ['004_01f64be52bd482f2:p24'],
    };
    const d = parseDataset(applyCorrections(bundled, [add]));
    const added = eventOf(d, addedEventId('c1'))!;
    expect(added.title.en).toBe('Phone call: Iravani – Araghchi');
    expect(added.documentIds).toEqual(['004_01f64be52bd482f2']);
    expect(d.edges.find((e) => e.source === 'araghchi' && e.target === 'iravani')).toMatchObject({ contact: true, eventIds: [addedEventId('c1')] });
  });

  it('removes and adds mentions by passage and span, and moves one to a new actor', () => {
    const borisenko = { passageId: '003_642b06d6276772ac:p6', start: 92, end: 108, text: 'غيورغي بوريسينكو', actorId: 'borisenko' };
    const removed = parseDataset(applyCorrections(bundled, [{ id: 'r', at, kind: 'mention.remove', mention: borisenko }]));
    expect(removed.mentions.some((m) => m.passageId === borisenko.passageId)).toBe(false);
    // Still the participant of his meeting: kept, with no mention left.
    expect(removed.actors.find((a) => a.id === 'borisenko')!.mentionCount).toBe(0);

    const iravani = { passageId: '004_01f64be52bd482f2:p24', start: 5, end: 17, text: 'أمير إيرواني', actorId: 'lavrov' };
    const added = parseDataset(applyCorrections(bundled, [{ id: 'a', at, kind: 'mention.add', mention: iravani }]));
    expect(added.mentions.filter((m) => m.passageId === iravani.passageId).map((m) => [m.actorId, m.via])).toEqual([
      ['iravani', 'full_name'],
      ['lavrov', 'analyst'],
    ]);

    const split: Correction = { id: 's', at, kind: 'actor.split', mention: borisenko, to: null, name: { en: 'Georgy Borisenko', ar: 'غيورغي بوريسينكو' } };
    const moved = parseDataset(applyCorrections(bundled, [split]));
    expect(moved.mentions.find((m) => m.passageId === borisenko.passageId)!.actorId).toBe(splitActorId('s'));
    expect(moved.actors.find((a) => a.id === splitActorId('s'))).toMatchObject({ name: { en: 'Georgy Borisenko' }, mentionCount: 1, corrections: ['s'] });
  });

  it('merges two events into one that keeps the passages of both', () => {
    const merge: Correction = { id: 'm', at, kind: 'event.merge', event: anchorOf(bundled, 'ev-0j97z1t'), into: anchorOf(bundled, 'ev-16hfmf7') };
    const d = parseDataset(applyCorrections(bundled, [merge]));
    expect(eventOf(d, 'ev-0j97z1t')).toBeUndefined();
    expect(eventOf(d, 'ev-16hfmf7')!.documentIds).toEqual(['000_31ef86482aa971b7', '003_642b06d6276772ac']);
    expect(d.corrections!.redirects.events).toEqual({ 'ev-0j97z1t': 'ev-16hfmf7' });
  });

  it('finds an event again by its passages when a rebuild gave it another id', () => {
    const anchor = { ...anchorOf(bundled, ASHGABAT), id: 'ev-0000000', day: '2024-10-12' };
    const d = applyCorrections(bundled, [{ id: 'p', at, kind: 'event.edit', event: anchor, planned: true }]);
    expect(eventOf(d, ASHGABAT)!.planned).toBe(true);
    expect(eventOf(d, ASHGABAT)!.title.en).toBe('Planned meeting: Putin – Pezeshkian in Ashgabat');
  });

  it('keeps a correction with nothing to apply to, as an orphan with the reason', () => {
    const gone = { ...anchorOf(bundled, ASHGABAT), id: 'ev-0000000', passageIds: ['999_x:p1'] };
    const d = applyCorrections(bundled, [
      { id: 'o1', at, kind: 'event.delete', event: gone },
      { id: 'o2', at, kind: 'actor.merge', from: 'nobody', into: 'putin' },
      { id: 'o3', at, kind: 'mention.remove', mention: { passageId: '003_642b06d6276772ac:p6', start: 0, end: 5, text: 'وأضاف', actorId: 'putin' } },
    ]);
    expect(d.events).toHaveLength(bundled.events.length);
    expect(Object.values(d.corrections!.outcomes).map((o) => o.status)).toEqual(['orphaned', 'orphaned', 'orphaned']);
    expect(d.corrections!.outcomes.o2.why).toBe('actor nobody is not in the dataset');
    expect(d.corrections!.corrections.map((c) => c.id)).toEqual(['o1', 'o2', 'o3']);
  });

  it('applying the same corrections twice changes nothing; no corrections leave the dataset as it was', () => {
    const list: Correction[] = [
      { id: 'c1', at, kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi' },
      { id: 'c2', at, kind: 'event.delete', event: anchorOf(bundled, 'ev-1r1oig7') },
    ];
    const once = applyCorrections(bundled, list);
    expect(applyCorrections(once, list)).toEqual(once);
    expect(applyCorrections(bundled, [])).toBe(bundled);
    // One at a time on top of each other gives what all at once gives.
    expect(applyCorrections(applyCorrections(bundled, list.slice(0, 1)), list)).toEqual(once);
  });
});
