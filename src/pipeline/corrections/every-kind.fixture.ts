// For tests: corrections of every kind against the bundled corpus's real ids, anchors and words, and two that find
// nothing to apply to (orphans).
import { eventAnchorOf } from '../../../bench/sample-corrections';
import type { Correction } from '../../schema/corrections';
import type { Dataset } from '../../schema/dataset';

const at = '2026-12-03T10:00:00Z';

export function correctionsOfEveryKind(bundled: Dataset): Correction[] {
  const anchor = (id: string) => eventAnchorOf(bundled.events.find((e) => e.id === id)!);
  return [
    { id: 'merge', at, kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi' },
    {
      id: 'split',
      at,
      kind: 'actor.split',
      mention: { passageId: '001_da3dc91e64642310:p4', start: 75, end: 87, text: 'نظيره الروسي', actorId: 'putin' },
      to: null,
      name: { en: 'Russian counterpart', ar: 'نظيره الروسي' },
    },
    { id: 'edit', at, kind: 'actor.edit', actorId: 'lavrov', shortName: { en: 'S. Lavrov', ar: 'س. لافروف' }, country: 'RU' },
    { id: 'not-person', at, kind: 'actor.notPerson', actorId: 'nasrallah' },
    { id: 'promote', at, kind: 'actor.promote', actorId: 'borisenko' },
    // Lavrov's call with Araghchi, a day earlier.
    { id: 'redate', at, kind: 'event.edit', event: anchor('ev-1i2aokf'), date: { start: '2026-03-09', end: '2026-03-09', precision: 'day' } },
    { id: 'delete', at, kind: 'event.delete', event: anchor('ev-1r1oig7') },
    { id: 'merge-events', at, kind: 'event.merge', event: anchor('ev-0j97z1t'), into: anchor('ev-16hfmf7') },
    {
      id: 'add-event',
      at,
      kind: 'event.add',
      type: 'phone_call',
      participants: ['iravani', 'araghchi'],
      date: { start: '2024-10-11', end: '2024-10-11', precision: 'day' },
      location: null,
      planned: false,
      passageIds: ['004_01f64be52bd482f2:p24'],
    },
    { id: 'remove', at, kind: 'mention.remove', mention: { passageId: '000_31ef86482aa971b7:p2', start: 14, end: 19, text: 'بوتين', actorId: 'putin' } },
    { id: 'add', at, kind: 'mention.add', mention: { passageId: '004_01f64be52bd482f2:p24', start: 5, end: 17, text: 'أمير إيرواني', actorId: 'lavrov' } },
    { id: 'orphan-actor', at, kind: 'actor.merge', from: 'nobody', into: 'putin' },
    { id: 'orphan-mention', at, kind: 'mention.remove', mention: { passageId: '003_642b06d6276772ac:p6', start: 0, end: 5, text: 'وأضاف', actorId: 'putin' } },
  ];
}
