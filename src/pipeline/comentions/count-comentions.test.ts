import type { DatasetEvent } from '../../schema/dataset';
import { countComentions } from './count-comentions';

const event = (id: string, type: DatasetEvent['type'], participants: string[], passageIds: string[]): DatasetEvent => ({
  id,
  type,
  title: { en: id, ar: id },
  participants,
  date: null,
  location: null,
  planned: false,
  passageIds,
  documentIds: ['d'],
});

describe('countComentions', () => {
  const mentions = [
    { actorId: 'putin', passageId: 'p1' },
    { actorId: 'pezeshkian', passageId: 'p1' },
    { actorId: 'putin', passageId: 'p1' }, // twice in one passage counts once
    { actorId: 'putin', passageId: 'p2' },
    { actorId: 'pezeshkian', passageId: 'p2' },
    { actorId: 'lavrov', passageId: 'p2' },
    { actorId: 'lavrov', passageId: 'p3' },
  ];

  it('weighs an edge by the distinct passages naming both, heaviest first', () => {
    const edges = countComentions(mentions, []);
    expect(edges.map((e) => [e.source, e.target, e.weight, e.passageIds])).toEqual([
      ['pezeshkian', 'putin', 2, ['p1', 'p2']],
      ['lavrov', 'pezeshkian', 1, ['p2']],
      ['lavrov', 'putin', 1, ['p2']],
    ]);
  });

  it('lists shared events and marks a direct contact', () => {
    const edges = countComentions(mentions, [event('call', 'phone_call', ['putin', 'pezeshkian'], ['p1']), event('said', 'statement', ['lavrov', 'putin'], ['p2'])]);
    const pair = (a: string, b: string) => edges.find((e) => e.source === a && e.target === b)!;
    expect(pair('pezeshkian', 'putin')).toMatchObject({ eventIds: ['call'], contact: true });
    expect(pair('lavrov', 'putin')).toMatchObject({ eventIds: ['said'], contact: false });
    expect(pair('lavrov', 'pezeshkian')).toMatchObject({ eventIds: [], contact: false });
  });

  it('links a pair whose contact is reported only through «the two ministers», by its passages', () => {
    const edges = countComentions([], [event('call', 'phone_call', ['lavrov', 'amir-abdollahian'], ['p9'])]);
    expect(edges).toEqual([{ source: 'amir-abdollahian', target: 'lavrov', weight: 1, passageIds: ['p9'], eventIds: ['call'], contact: true }]);
  });
});
