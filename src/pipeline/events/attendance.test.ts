import { joinAttendance } from './attendance';
import { newCandidate, type EventCandidate } from './extract-events';

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const, basis: 'relative' as const });
const candidate = (type: EventCandidate['type'], participants: string[], passage: string, more: Partial<EventCandidate> = {}) =>
  newCandidate({ type, participants, date: null, location: null, planned: false, earlier: false, passageIds: [passage], documentIds: ['d'], ...more });

describe('joinAttendance', () => {
  it('joins those who attended to the last held contact of two told before, with the passage that says so', () => {
    const call = candidate('phone_call', ['a', 'b'], 'p1', { date: day('2025-01-02') });
    const planned = candidate('meeting', ['a', 'c'], 'p1', { planned: true });
    const statement = candidate('statement', ['a'], 'p2');
    const attends = candidate('meeting', ['b', 'e'], 'p3', { attends: 'last', via: { b: 'joined', e: 'joined' } });
    const joined = joinAttendance([call, planned, statement, attends]);
    expect(joined).toEqual([call, planned, statement]);
    expect(call.participants).toEqual(['a', 'b', 'e']);
    expect(call.via).toEqual({ e: 'joined' });
    expect(call.passageIds).toEqual(['p1', 'p3']);
  });

  it('leaves an attendance with no contact before it as it was told', () => {
    const attends = candidate('meeting', ['e'], 'p1', { attends: 'last' });
    expect(joinAttendance([attends, candidate('meeting', ['a', 'b'], 'p2')])).toHaveLength(2);
  });
});
