import { runPipeline } from '../run-pipeline';
import { withoutCompatriotContacts } from './compatriot-contacts';
import { newCandidate, type EventCandidate } from './extract-events';

const COUNTRY: Record<string, string> = { sisi: 'EG', madbouly: 'EG', faisal: 'SA' };
const countryOf = (id: string) => COUNTRY[id] ?? null;
const candidate = (type: EventCandidate['type'], participants: string[]) =>
  newCandidate({ type, participants, date: null, location: null, planned: false, earlier: false, passageIds: ['p'], documentIds: ['d'] });
const partiesOf = (cs: EventCandidate[]) => cs.map((c) => `${c.type} ${c.participants.join('+')}`);
/** The contacts the pipeline finds in one article: type, parties sorted, first day. */
const contactsOf = (text: string, published: string, language: 'ar' | 'en') => {
  const manifest = JSON.stringify([{ file: 'a.txt', title: 'T', source: 'S', url: null, published, language }]);
  const { events } = runPipeline([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], manifest).dataset;
  return events.filter((e) => ['meeting', 'visit', 'phone_call'].includes(e.type)).map((e) => `${e.type} ${[...e.participants].sort().join('+')} ${e.date?.start}`);
};

describe('contacts between officials of one country', () => {
  it('are dropped from an article that reports a contact across countries', () => {
    const kept = withoutCompatriotContacts(
      [candidate('meeting', ['sisi', 'faisal']), candidate('meeting', ['sisi', 'madbouly']), candidate('visit', ['madbouly', 'sisi']), candidate('statement', ['sisi', 'madbouly'])],
      countryOf,
    );
    expect(partiesOf(kept)).toEqual(['meeting sisi+faisal', 'statement sisi+madbouly']);
  });

  it('are kept when a host received them one by one in a list of audiences', () => {
    const listed = newCandidate({ ...candidate('meeting', ['sisi', 'madbouly']), via: { sisi: 'host', madbouly: 'partner' } });
    expect(partiesOf(withoutCompatriotContacts([candidate('meeting', ['sisi', 'faisal']), listed], countryOf))).toEqual(['meeting sisi+faisal', 'meeting sisi+madbouly']);
  });

  it('are kept in an article about one country’s own affairs, and with a party of no known country', () => {
    expect(partiesOf(withoutCompatriotContacts([candidate('meeting', ['sisi', 'madbouly'])], countryOf))).toEqual(['meeting sisi+madbouly']);
    const withUnknown = [candidate('phone_call', ['sisi', 'faisal']), candidate('meeting', ['sisi', 'someone'])];
    expect(partiesOf(withoutCompatriotContacts(withUnknown, countryOf))).toEqual(['phone_call sisi+faisal', 'meeting sisi+someone']);
  });

  it('leaves a visiting president’s ministers out of contacts with him (Arabic)', () => {
    const text =
      'أنقرة - الأناضول: التقى الرئيس التركي رجب طيب أردوغان أمس في أنقرة الرئيس السوري أحمد الشرع. وكان الشرع قد وصل إلى أنقرة برفقة وزير الخارجية أسعد الشيباني ووزير الدفاع مرهف أبو قصرة، والتقى الشيباني والشرع في وقت لاحق وفدا من رجال الأعمال.';
    expect(contactsOf(text, '2025-02-05', 'ar')).toEqual(['meeting ahmed-al-sharaa+erdogan 2025-02-04']);
  });

  it('leaves a minister and his deputy, or two who travelled together, out of contacts with each other (English)', () => {
    const deputy = 'TEHRAN - Iranian Foreign Minister Abbas Araghchi met his Omani counterpart Badr Albusaidi in Tehran on Monday. Araghchi and his deputy Majid Takht-Ravanchi later met reporters.';
    expect(contactsOf(deputy, '2025-04-08', 'en')).toEqual(['meeting araghchi+badr-albusaidi 2025-04-07']);
    const together = 'TEHRAN - Iranian Foreign Minister Abbas Araghchi met his Omani counterpart Badr Albusaidi in Tehran on Monday. He was accompanied by his deputy Majid Takht-Ravanchi, who had visited Muscat in March with Ali Larijani.';
    expect(contactsOf(together, '2025-04-08', 'en')).toEqual(['meeting araghchi+badr-albusaidi 2025-04-07']);
  });
});

describe('a briefing between officials of one country', () => {
  it('is kept: «أطلع X الرئيس على نتائج الزيارة خلال لقائهما» (Arabic)', () => {
    const text =
      'الرياض - واس: التقى وزير الخارجية الأمير فيصل بن فرحان أمس في باريس نظيره الفرنسي جان نويل بارو.\n\nوفور عودته، أطلع الأمير فيصل بن فرحان ولي العهد الأمير محمد بن سلمان على نتائج الزيارة خلال لقائهما في الرياض أمس.';
    expect(contactsOf(text, '2025-05-06', 'ar').sort()).toEqual(['meeting faisal-bin-farhan+jean-noel-barrot 2025-05-05', 'meeting faisal-bin-farhan+mohammed-bin-salman 2025-05-05']);
  });

  it('is kept: "X briefed President Y at a meeting on the outcome" (English)', () => {
    const text = 'ANKARA - Turkish Foreign Minister Hakan Fidan held talks with Russian Foreign Minister Sergei Lavrov in Moscow on Monday.\n\nFidan briefed President Recep Tayyip Erdogan on the talks at a meeting in Ankara on Tuesday.';
    expect(contactsOf(text, '2025-05-07', 'en').sort()).toEqual(['meeting erdogan+hakan-fidan 2025-05-06', 'meeting hakan-fidan+lavrov 2025-05-05']);
  });
});
