// Where an actor and a participant come from, on screen: a discovered person's written name and its
// transliteration, and for each participant of a contact why the pipeline counts it.
import { act, render, screen, within } from '@testing-library/react';
import PassagePanel from '../passage-panel';
import { loadStore } from '../../../test/render-with-store';
import { runPipeline } from '../../../pipeline/run-pipeline';
import { isolate } from '../../../i18n/bidi';

const text = 'استقبل وزير الخارجية التركي هاكان فيدان في أنقرة، أمس الثلاثاء، كلا من وزير الخارجية الغوياني هيو تود ووزير الخارجية الإيراني عباس عراقجي.';
const manifest = JSON.stringify([{ file: 'a.txt', title: 'فيدان يستقبل', source: null, url: null, published: '2025-03-05', language: 'ar' }]);
const { dataset } = runPipeline([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], manifest);

describe('provenance in the source panel', () => {
  it('says a discovered actor is not in the registry, how the text wrote the name, and that the English is transliterated', () => {
    const store = loadStore(dataset);
    const found = dataset.actors.find((a) => a.discovered)!;
    act(() => store.getState().selectActor(found.id));
    render(<PassagePanel />);
    const card = screen.getByRole('article', { name: /^Actor:/ });
    expect(card).toHaveTextContent('Not in the registry: found after a title, written “\u2068هيو تود\u2069” in an Arabic text.');
    expect(card).toHaveTextContent('The English name is a transliteration made by the pipeline.');
  });

  it('says a registry actor is curated', () => {
    const store = loadStore(dataset);
    act(() => store.getState().selectActor('hakan-fidan'));
    render(<PassagePanel />);
    expect(screen.getByRole('article', { name: `Actor: ${isolate('Hakan Fidan')}` })).toHaveTextContent('In the curated registry');
  });

  it('shows the host and the guest of each separate meeting, with why they count', () => {
    const store = loadStore(dataset);
    const meeting = dataset.events.find((e) => e.type === 'meeting' && e.participants.includes('araghchi'))!;
    expect(meeting.participantVia).toEqual({ 'hakan-fidan': 'host', araghchi: 'partner' });
    act(() => store.getState().selectEvent(meeting.id));
    render(<PassagePanel />);
    const card = screen.getByRole('article', { name: /^Event:/ });
    const chips = within(card.querySelector<HTMLElement>('.participants')!).getAllByRole('button').map((b) => b.textContent);
    expect(chips).toEqual(['Hakan Fidanhost', 'Abbas Araghchiguest']);
    expect(within(card).getByTitle('one of the guests, met separately')).toBeInTheDocument();
  });
});

describe('reports that disagree on the day', () => {
  it('keep both days on the one event and say so on its card', () => {
    const files = [
      { name: 'a.txt', text: 'أجرى الرئيس الروسي فلاديمير بوتين أمس اتصالا هاتفيا بنظيره الإيراني مسعود بزشكيان.', published: '2025-03-05' },
      { name: 'b.txt', text: 'Russian President Vladimir Putin spoke by phone with Iranian President Masoud Pezeshkian on Wednesday.', published: '2025-03-06' },
    ];
    const manifest = JSON.stringify(files.map((f) => ({ file: f.name, title: null, source: null, url: null, published: f.published, language: /[a-z]/i.test(f.text) ? 'en' : 'ar' })));
    const { dataset: two } = runPipeline(files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) })), manifest);
    const calls = two.events.filter((e) => e.type === 'phone_call');
    expect(calls).toHaveLength(1);
    expect(calls[0].dateReadings?.map((r) => r.date.start).sort()).toEqual(['2025-03-04', '2025-03-05']);
    const store = loadStore(two);
    act(() => store.getState().selectEvent(calls[0].id));
    render(<PassagePanel />);
    expect(screen.getByRole('article', { name: /^Event:/ })).toHaveTextContent(/Reports disagree on the day: \d+ Mar 2025 \(1 passage\) · \d+ Mar 2025 \(1 passage\)/);
  });
});
