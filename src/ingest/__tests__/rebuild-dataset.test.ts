import { parseDataset, type Dataset } from '../../schema/dataset';
import { loadRealDataset } from '../../test/fixtures';
import { uniqueArticleFileName, type AddedArticle } from '../added-article';
import { datasetFileText } from '../download-dataset';
import { appendArticles, rebuildDataset } from '../rebuild-dataset';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, fixtureText } from './ingest-fixtures';

const added = (file: string, extra: Partial<AddedArticle> = {}): AddedArticle => ({
  file,
  originalName: file,
  text: extra.text ?? fixtureText(file),
  title: null,
  source: null,
  published: null,
  addedAt: '2026-03-18T12:00:00.000Z',
  ...extra,
});

const ids = (d: Dataset) => d.documents.map((x) => x.id);

describe('rebuilding a dataset from its documents', () => {
  const bundled = loadRealDataset();

  it('gives the bundled dataset back exactly: its documents hold everything the pipeline read', () => {
    const { dataset, issues } = rebuildDataset(bundled.documents, [], []);
    expect(issues).toEqual([]);
    // All but the graph's layout, which only build:data stores: the app lays a rebuilt dataset out itself.
    const { layout, ...analysed } = bundled;
    expect(layout).toBeDefined();
    expect(dataset).toEqual(analysed);
  });

  describe('with two reports of a call the corpus does not have', () => {
    const progress: [number, number][] = [];
    const { dataset, issues } = rebuildDataset(bundled.documents, [added(ARABIC_ARTICLE), added(ENGLISH_ARTICLE)], [], (done, total) =>
      progress.push([done, total]),
    );

    it('keeps every bundled document, passage and id, and adds the articles with dates from their datelines', () => {
      expect(issues).toEqual([]);
      expect(ids(dataset)).toEqual(expect.arrayContaining(ids(bundled)));
      expect(dataset.passages).toEqual(expect.arrayContaining(bundled.passages));
      const docs = dataset.documents.filter((d) => !ids(bundled).includes(d.id));
      expect(docs.map((d) => [d.id, d.published, d.publishedBasis, d.language])).toEqual([
        ['shoigu-larijani-call-ar', '2026-03-18', 'dateline', 'ar'],
        ['shoigu-larijani-call-en', '2026-03-18', 'dateline', 'en'],
      ]);
    });

    it('finds the new actor and merges the two reports into one new call', () => {
      expect(bundled.actors.some((a) => a.id === 'larijani')).toBe(false);
      expect(dataset.actors.find((a) => a.id === 'larijani')).toMatchObject({ country: 'IR', discovered: false });
      const calls = dataset.events.filter((e) => e.type === 'phone_call' && e.participants.includes('larijani'));
      expect(calls).toHaveLength(1);
      expect(calls[0]).toMatchObject({
        participants: ['shoigu', 'larijani'],
        date: { start: '2026-03-18', precision: 'day' },
        documentIds: ['shoigu-larijani-call-ar', 'shoigu-larijani-call-en'],
      });
      expect(dataset.edges.find((e) => e.source === 'larijani' && e.target === 'shoigu')).toMatchObject({ contact: true });
    });

    it('merges a new report of a known call into that event, under its id, instead of duplicating it', () => {
      const putinPezeshkian = (e: Dataset['events'][number]) =>
        e.type === 'phone_call' && e.date?.start === '2026-03-10' && ['putin', 'pezeshkian'].every((a) => e.participants.includes(a));
      const known = bundled.events.find(putinPezeshkian)!;
      const merged = dataset.events.filter(putinPezeshkian);
      expect(merged).toHaveLength(1);
      expect(merged[0].id).toBe(known.id);
      expect(merged[0].documentIds).toEqual([...known.documentIds, 'shoigu-larijani-call-en']);
    });

    it('reports progress over all the articles it analyses', () => {
      expect(progress.at(-1)).toEqual([bundled.documents.length + 2, bundled.documents.length + 2]);
    });

    it('downloads as a file that the app loads as it is, and that rebuilds to itself', () => {
      const reread = parseDataset(JSON.parse(datasetFileText(dataset)), 'dataset.json');
      expect(reread).toEqual(dataset);
      expect(rebuildDataset(reread.documents, [], []).dataset).toEqual(dataset);
    });
  });

  it('takes an analyst’s date, outlet and headline over what the text says', () => {
    const pasted = added('pasted.txt', { text: fixtureText(ENGLISH_ARTICLE), title: 'My headline', source: 'Desk', published: '2026-03-19' });
    const { dataset } = rebuildDataset(bundled.documents, [pasted], []);
    expect(dataset.documents.find((d) => d.file === 'pasted.txt')).toMatchObject({
      title: 'My headline',
      source: 'Desk',
      published: '2026-03-19',
      publishedBasis: 'manifest',
    });
  });

  it('names an added article so that no document already there changes its id', () => {
    const taken = new Set(bundled.documents.map((d) => d.id));
    const first = bundled.documents[0];
    const file = uniqueArticleFileName(first.file, taken);
    expect(file).toBe(`${first.id}-2.txt`);
    const { dataset } = rebuildDataset(bundled.documents, [added(ENGLISH_ARTICLE, { file })], []);
    expect(ids(dataset).sort()).toEqual([...ids(bundled), `${first.id}-2`].sort());
    expect(uniqueArticleFileName('  <b>Report: 18.03.txt', new Set())).toBe('b-Report-18-03.txt');
    expect(uniqueArticleFileName('مقال جديد.TXT', new Set())).toBe('مقال-جديد.txt');
  });

  describe('appending the added articles to the extraction instead', () => {
    const articles = [added(ARABIC_ARTICLE), added(ENGLISH_ARTICLE)];
    const { layout: _layout, ...extraction } = bundled;

    it('analyses only them and gives what the rebuild of the whole corpus gives', () => {
      const progress: [number, number][] = [];
      const appended = appendArticles(bundled, articles, [], (done, total) => progress.push([done, total]));
      expect(appended).toEqual(rebuildDataset(bundled.documents, articles, []));
      expect(progress.at(-1)).toEqual([2, 2]);
    });

    it('one at a time as well, and with the analyst’s corrections applied to the result', () => {
      const first = appendArticles(extraction, articles.slice(0, 1), []).dataset;
      const both = appendArticles(first, articles.slice(1), []).dataset;
      expect(both).toEqual(rebuildDataset(bundled.documents, articles, []).dataset);
      const corrections = [{ id: 'c1', at: '2026-03-18T12:00:00.000Z', kind: 'actor.notPerson' as const, actorId: 'larijani' }];
      const { corrected } = appendArticles(first, articles.slice(1), corrections);
      expect(corrected).toEqual(rebuildDataset(bundled.documents, articles, corrections).corrected);
      expect(corrected.actors.some((a) => a.id === 'larijani')).toBe(false);
    });
  });
});
