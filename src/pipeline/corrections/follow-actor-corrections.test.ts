import type { EventCandidate } from '../events/extract-events';
import { planCorrections } from './correction-plan';
import { followActorCorrections } from './follow-actor-corrections';

const at = '2026-03-18T12:00:00.000Z';
const plan = planCorrections([
  { id: 'merge', at, kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi' },
  { id: 'not-person', at, kind: 'actor.notPerson', actorId: 'nasrallah' },
]);
const report = (participants: string[], via?: EventCandidate['via']): EventCandidate => ({
  type: 'phone_call',
  participants,
  ...(via ? { via } : {}),
  date: { start: '2026-03-10', end: '2026-03-10', precision: 'day', basis: 'explicit' },
  location: null,
  planned: false,
  earlier: false,
  passageIds: ['new:p1'],
  documentIds: ['new'],
});

describe('followActorCorrections', () => {
  it('puts the actor a merged-away one lives on as in its place, with how it took part', () => {
    expect(followActorCorrections(report(['lavrov', 'amir-abdollahian'], { lavrov: 'host', 'amir-abdollahian': 'partner' }), plan)).toMatchObject({
      participants: ['lavrov', 'araghchi'],
      via: { lavrov: 'host', araghchi: 'partner' },
    });
    expect(followActorCorrections(report(['araghchi', 'amir-abdollahian']), plan)?.participants).toEqual(['araghchi']);
  });

  it('drops a "not a person", and the report when nobody is left; leaves other reports as they are', () => {
    expect(followActorCorrections(report(['putin', 'nasrallah']), plan)?.participants).toEqual(['putin']);
    expect(followActorCorrections(report(['nasrallah']), plan)).toBeNull();
    const untouched = report(['putin', 'pezeshkian']);
    expect(followActorCorrections(untouched, plan)).toBe(untouched);
  });
});
