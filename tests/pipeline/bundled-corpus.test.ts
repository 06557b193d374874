// The pipeline on the five bundled Arabic articles: the identities, contacts and dates an analyst checks.
import { readFileSync } from 'node:fs';
import { parseDataset, type Dataset, type DatasetEvent } from '../../src/schema/dataset';
import { runPipeline } from '../../src/pipeline/run-pipeline';
import { readCorpus } from './read-corpus';

const { files, manifest } = readCorpus('public/data/corpus');
const { dataset, issues } = runPipeline(files, manifest);

const eventsOf = (d: Dataset, type: DatasetEvent['type'], ...people: string[]) =>
  d.events.filter((e) => e.type === type && people.every((p) => e.participants.includes(p)) && e.participants.length === people.length);
const docs = (e: DatasetEvent) => e.documentIds.map((id) => id.slice(0, 3)).sort();

describe('the bundled corpus', () => {
  it('builds a valid dataset with no warnings', () => {
    expect(issues).toEqual([]);
    expect(() => parseDataset(JSON.parse(JSON.stringify(dataset)))).not.toThrow();
    expect(dataset.documents.map((d) => [d.id.slice(0, 3), d.published, d.publishedBasis])).toEqual([
      ['000', '2026-03-07', 'manifest'],
      ['001', '2024-10-11', 'manifest'],
      ['002', '2024-01-15', 'manifest'],
      ['003', '2026-03-10', 'manifest'],
      ['004', '2024-10-11', 'manifest'],
    ]);
  });

  it('is the dataset committed in public/data/dataset.json (which also holds the graph layout build:data adds)', () => {
    const { layout, ...committed } = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as Dataset;
    expect(committed).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(layout?.key).toMatch(/^v\d+:/);
  });

  it('finds every person named, with the right identity', () => {
    expect(dataset.actors.map((a) => a.id).sort()).toEqual(
      ['amir-abdollahian', 'araghchi', 'ashtiani', 'biden', 'borisenko', 'gallant', 'haniyeh', 'harris', 'iravani', 'khamenei', 'lavrov', 'nasrallah', 'netanyahu', 'pezeshkian', 'putin', 'shoigu'].sort(),
    );
    expect(dataset.actors.filter((a) => a.discovered)).toEqual([]);
    const byId = new Map(dataset.actors.map((a) => [a.id, a]));
    expect(byId.get('pezeshkian')?.aliases).toEqual(expect.arrayContaining(['بزشكيان', 'بيزشكيان']));
    expect(byId.get('khamenei')?.mentionCount).toBe(2); // only ever «قائد الثورة», resolved on 2026-03-07
  });

  it('records how each mention was resolved, with offsets into the original passage', () => {
    const passages = new Map(dataset.passages.map((p) => [p.id, p]));
    const at = (m: Dataset['mentions'][number]) => passages.get(m.passageId)!.text.slice(m.start, m.end);
    const via = (actor: string, v: string) => dataset.mentions.filter((m) => m.actorId === actor && m.via === v).map(at);
    expect(via('ashtiani', 'full_name')).toEqual(['محمد أشتياني']);
    expect(via('khamenei', 'role')).toEqual(['قائد الثورة الإسلامية', 'قائد الثورة']);
    expect(via('putin', 'counterpart')).toEqual(['نظيره الروسي', 'نظيره الروسي']);
    expect(via('pezeshkian', 'role')).toContain('رئيس الجمهورية الإسلامية الإيرانية');
    for (const p of dataset.passages) {
      const doc = dataset.documents.find((d) => d.id === p.documentId)!;
      expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('has the two calls announced on 15 January 2024', () => {
    const [defence] = eventsOf(dataset, 'phone_call', 'shoigu', 'ashtiani');
    expect(defence.date).toMatchObject({ start: '2024-01-15', precision: 'day', basis: 'relative' });
    const [foreign] = eventsOf(dataset, 'phone_call', 'lavrov', 'amir-abdollahian');
    expect(foreign.date).toMatchObject({ start: '2024-01-15', precision: 'day', basis: 'publication' });
  });

  it('has the Ashgabat meeting of 11 October 2024 as one event from two articles', () => {
    const meetings = eventsOf(dataset, 'meeting', 'putin', 'pezeshkian').filter((e) => !e.planned);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ location: 'Ashgabat', date: { start: '2024-10-11', precision: 'day' } });
    expect(docs(meetings[0])).toEqual(['001', '004']);
  });

  it('has the calls of March 2026', () => {
    const calls = eventsOf(dataset, 'phone_call', 'putin', 'pezeshkian').map((e) => [e.date?.start, docs(e)]);
    expect(calls).toEqual([
      ['2026-03-07', ['000']],
      ['2026-03-10', ['003']],
    ]);
    const [lavrov] = eventsOf(dataset, 'phone_call', 'lavrov', 'araghchi');
    expect(lavrov.date).toMatchObject({ start: '2026-03-10', basis: 'explicit' });
  });

  it('puts dated happenings mentioned in passing on the timeline, and leaves the undated undated', () => {
    const strike = dataset.events.find((e) => e.type === 'military_action' && e.date?.start === '2024-10-01');
    expect(strike && docs(strike)).toEqual(['001', '004']);
    expect(eventsOf(dataset, 'killing', 'nasrallah')[0].date).toMatchObject({ start: '2024-09-27', precision: 'day' });
    expect(eventsOf(dataset, 'killing', 'haniyeh')[0]).toMatchObject({ location: 'Tehran', date: { start: '2024-07-01', end: '2024-07-31', precision: 'month' } });
    expect(eventsOf(dataset, 'killing', 'khamenei')[0].date).toBeNull();
    expect(eventsOf(dataset, 'statement', 'araghchi')[0].date).toMatchObject({ start: '2024-10-10', basis: 'relative' }); // «في مقابلة الخميس»
  });

  it('makes Putin–Pezeshkian the heaviest edge, a direct contact', () => {
    const [top, next] = dataset.edges;
    expect([top.source, top.target]).toEqual(['pezeshkian', 'putin']);
    expect(top.weight).toBeGreaterThan(next.weight);
    expect(top.contact).toBe(true);
    const lavrovAraghchi = dataset.edges.find((e) => e.source === 'araghchi' && e.target === 'lavrov');
    expect(lavrovAraghchi).toMatchObject({ contact: true });
  });

  it('counts a paragraph an article repeats only once', () => {
    const repeated = 'نائب وزير الخارجية غيورغي بوريسينكو';
    expect(dataset.passages.filter((p) => p.text.includes(repeated))).toHaveLength(1);
  });
});
