// Who takes part in a contact, from the markers around its contact word (offsets as in a clause's text).
import { contactGroups, type ClauseMention, type MarkerHit } from './contact-participants';

const m = (actorId: string, start: number): ClauseMention => ({ actorId, start, end: start + 5 });
const k = (kind: MarkerHit['kind'], start: number, end = start + 5): MarkerHit => ({ kind, start, end });

describe('contactGroups', () => {
  it('gives every actor named in a plain clause', () => {
    expect(contactGroups({ mentions: [m('a', 10), m('b', 30)], markers: [], trigger: k('trigger', 0), previous: null, subjectless: false })).toEqual([
      { participants: ['a', 'b'], via: { a: 'named', b: 'named' } },
    ]);
  });

  it('splits a list of separate audiences into one contact per partner', () => {
    const groups = contactGroups({ mentions: [m('host', 10), m('x', 40), m('y', 60)], markers: [k('list', 30)], trigger: k('trigger', 0), previous: null, subjectless: false });
    expect(groups.map((g) => g.participants)).toEqual([['host', 'x'], ['host', 'y']]);
    expect(groups[0].via).toEqual({ host: 'host', x: 'partner' });
  });

  it('keeps a joint meeting whole', () => {
    const groups = contactGroups({ mentions: [m('a', 10), m('b', 40), m('c', 60)], markers: [k('list', 30), k('joint', 70)], trigger: k('trigger', 0), previous: null, subjectless: false });
    expect(groups.map((g) => g.participants)).toEqual([['a', 'b', 'c']]);
  });

  it('drops the sender named after a carrier, and those discussed after a topic word', () => {
    const groups = contactGroups({
      mentions: [m('a', 10), m('b', 20), m('sender', 45), m('discussed', 90)],
      markers: [k('carrier', 35), k('topic', 70)],
      trigger: k('trigger', 0),
      previous: null,
      subjectless: false,
    });
    expect(groups.map((g) => g.participants)).toEqual([['a', 'b']]);
  });

  it('brings in the owner of a possessive contact word, and the subject a verb leaves out', () => {
    const trigger = k('trigger', 0, 8);
    expect(contactGroups({ mentions: [m('guest', 20)], markers: [k('possessive', 0, 8)], trigger, previous: 'host', subjectless: false })).toEqual([
      { participants: ['host', 'guest'], via: { host: 'owner', guest: 'named' } },
    ]);
    expect(contactGroups({ mentions: [m('partner', 20)], markers: [], trigger, previous: 'subject', subjectless: true })[0].via).toEqual({ subject: 'subject', partner: 'named' });
  });
});

describe('contactGroups: separate audiences of an unnamed host', () => {
  it('makes no contact between the audiences', () => {
    expect(contactGroups({ mentions: [m('x', 40), m('y', 60)], markers: [k('list', 30)], trigger: k('trigger', 0), previous: null, subjectless: false })).toEqual([]);
  });
});

describe('contactGroups: a host and guests after a verb of reception', () => {
  const facts = { mentions: [m('host', 10), m('x', 30), m('y', 50)], markers: [k('reception', 0, 6)], trigger: k('trigger', 0, 6), previous: null, subjectless: false };
  it('makes each guest an audience, or one when the sentence goes on about them as one', () => {
    expect(contactGroups(facts).map((g) => g.participants)).toEqual([['host', 'x'], ['host', 'y']]);
    expect(contactGroups({ ...facts, guestsTogether: true }).map((g) => g.participants)).toEqual([['host', 'x', 'y']]);
  });
});
