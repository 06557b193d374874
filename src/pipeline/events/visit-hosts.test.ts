import type { EventCandidate } from './extract-events';
import { withVisitHosts, type VisitContext } from './visit-hosts';

const ROLES: Record<string, { role: string; country: string }[]> = {
  erdogan: [{ role: 'president', country: 'TR' }],
  fidan: [{ role: 'foreign_minister', country: 'TR' }],
  sisi: [{ role: 'president', country: 'EG' }],
  madbouly: [{ role: 'prime_minister', country: 'EG' }],
  abdelatty: [{ role: 'foreign_minister', country: 'EG' }],
  shoukry: [{ role: 'foreign_minister', country: 'EG' }],
};

const context = (named: string[], inPassage: string[] = []): VisitContext => ({
  named,
  namedIn: () => inPassage,
  rolesOn: (a) => ROLES[a] ?? [],
  countryOf: (place) => (place === 'Cairo' ? 'EG' : null),
  published: '2024-09-05',
});

const visit = (visitor: string, extra: Partial<EventCandidate> = {}): EventCandidate => ({
  type: 'visit',
  participants: [visitor],
  via: { [visitor]: 'named' },
  date: { start: '2024-02-14', end: '2024-02-14', precision: 'day', basis: 'explicit' },
  location: 'Cairo',
  planned: false,
  earlier: false,
  passageIds: ['d:p2'],
  documentIds: ['d'],
  ...extra,
});

const hostOf = (c: EventCandidate, ctx: VisitContext) => withVisitHosts([c], ctx)[0].participants.slice(1);

describe('withVisitHosts', () => {
  it('a president visiting is received by the president of the country visited', () => {
    expect(hostOf(visit('erdogan'), context(['erdogan', 'madbouly', 'sisi', 'abdelatty']))).toEqual(['sisi']);
  });

  it('a minister by the counterpart holding his office there', () => {
    expect(hostOf(visit('fidan'), context(['fidan', 'sisi', 'abdelatty']))).toEqual(['abdelatty']);
  });

  it('two who could be the host: none is chosen, unless the visit’s own passage names one', () => {
    expect(hostOf(visit('fidan'), context(['fidan', 'abdelatty', 'shoukry']))).toEqual([]);
    expect(hostOf(visit('fidan'), context(['fidan', 'abdelatty', 'shoukry'], ['fidan', 'shoukry']))).toEqual(['shoukry']);
  });

  it('a planned visit, a place of no country, a visit of no day or month ("twice this year"), or a contact with the host reported within days get no host', () => {
    expect(hostOf(visit('erdogan', { planned: true }), context(['erdogan', 'sisi']))).toEqual([]);
    expect(hostOf(visit('erdogan', { location: 'Geneva' }), context(['erdogan', 'sisi']))).toEqual([]);
    const thisYear = { start: '2024-01-01', end: '2024-12-31', precision: 'year' as const, basis: 'relative' as const };
    expect(hostOf(visit('erdogan', { date: thisYear }), context(['erdogan', 'sisi']))).toEqual([]);
    expect(hostOf(visit('erdogan', { date: null }), context(['erdogan', 'sisi']))).toEqual([]);
    const talks: EventCandidate = { ...visit('erdogan'), type: 'meeting', participants: ['erdogan', 'sisi'], date: { start: '2024-02-15', end: '2024-02-15', precision: 'day', basis: 'explicit' } };
    expect(withVisitHosts([visit('erdogan'), talks], context(['erdogan', 'sisi']))[0].participants).toEqual(['erdogan']);
    // The visit's passage says whom he met (the prime minister): not also the president.
    const told: EventCandidate = { ...visit('erdogan'), type: 'meeting', participants: ['erdogan', 'madbouly'] };
    expect(withVisitHosts([visit('erdogan'), told], context(['erdogan', 'sisi', 'madbouly']))[0].participants).toEqual(['erdogan']);
  });
});
