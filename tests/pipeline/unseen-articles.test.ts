// Articles the rules were not written for (other outlets, Egyptian spelling, Persian letters, English, no
// manifest): the pipeline must still find the people and the contacts.
import { runPipeline } from '../../src/pipeline/run-pipeline';
import { readCorpus } from './read-corpus';

const { files, manifest } = readCorpus('tests/fixtures/unseen');
const { dataset, issues } = runPipeline(files, manifest);
const contact = (type: string, ...people: string[]) =>
  dataset.events.filter((e) => e.type === type && e.participants.length === people.length && people.every((p) => e.participants.includes(p)));

describe('unseen articles', () => {
  it('dates articles with no manifest from their datelines and detects their language', () => {
    expect(issues).toEqual([]);
    expect(dataset.documents.map((d) => [d.id, d.published, d.publishedBasis, d.language])).toEqual([
      ['kremlin-araghchi-ar', '2025-04-18', 'dateline', 'ar'],
      ['larijani-putin-en', '2025-07-21', 'dateline', 'en'],
    ]);
  });

  it('finds the known people across spellings and scripts', () => {
    // Oman's and Turkey's foreign ministers were discovered before the registry covered their countries.
    expect(dataset.actors.filter((a) => !a.discovered).map((a) => a.id).sort()).toEqual(['araghchi', 'badr-albusaidi', 'hakan-fidan', 'larijani', 'lavrov', 'pezeshkian', 'putin']);
    expect(dataset.actors.filter((a) => a.discovered)).toEqual([]);
  });

  it('finds the contacts with the right day', () => {
    expect(contact('meeting', 'putin', 'araghchi').map((e) => e.date?.start)).toEqual(['2025-04-18']); // «اليوم الجمعة»
    expect(contact('meeting', 'araghchi', 'lavrov').map((e) => e.date?.start)).toEqual(['2025-04-17']); // «أمس الخميس»
    expect(contact('meeting', 'putin', 'larijani').map((e) => [e.date?.start, e.location])).toEqual([['2025-07-20', 'Moscow']]); // "on Sunday", not the dateline
    expect(contact('phone_call', 'araghchi', 'lavrov').map((e) => e.date?.start)).toEqual(['2025-07-21']);
  });

  it('reads what a speaker says as a statement, not as the talks it mentions', () => {
    const fidan = dataset.actors.find((a) => a.name.en === 'Hakan Fidan')!;
    expect(dataset.events.filter((e) => e.participants.includes(fidan.id)).map((e) => [e.type, e.planned])).toEqual([['statement', false]]);
  });
});

describe('the dateline of an article the manifest dates', () => {
  const encoder = new TextEncoder();
  const eventsOf = (text: string, published: string) =>
    runPipeline(
      [{ name: 'a.txt', bytes: encoder.encode(text) }],
      JSON.stringify([{ file: 'a.txt', title: 'T', source: 'S', url: null, published, language: 'ar' }]),
    ).dataset.events.map((e) => [e.type, e.date?.start, e.date?.basis]);

  it('is a date near the start that restates the manifest day, and dates no event', () => {
    const text = 'موسكو - 14 أكتوبر 2024 (رويترز) - التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان أمس في عشق آباد.';
    expect(eventsOf(text, '2024-10-14')).toEqual([['meeting', '2024-10-13', 'relative']]);
  });

  it('is not another full date in the first sentence: that one dates the event', () => {
    const text = 'التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان في 11 أكتوبر 2024 في عشق آباد.';
    expect(eventsOf(text, '2024-10-14')).toEqual([['meeting', '2024-10-11', 'explicit']]);
  });
});
