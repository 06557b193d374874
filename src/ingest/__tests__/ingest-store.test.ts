import 'fake-indexeddb/auto';
import i18next from '../../i18n/i18n';
import { useAppStore } from '../../store/app-store';
import { loadRealDataset } from '../../test/fixtures';
import { datasetFileText } from '../download-dataset';
import { loadAddedArticles, loadOpenedDataset, saveAddedArticles, saveOpenedDataset } from '../ingest-persistence';
import { addFiles, addPastedArticle, initialIngestState, removeArticle, resetToBundled, setArticleDate, startIngest, useIngestStore } from '../ingest-store';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE, fileLike, fixtureFile, fixtureText } from './ingest-fixtures';

const bundled = loadRealDataset();
const shown = () => useAppStore.getState().dataset!;
const hasActor = (id: string) => shown().actors.some((a) => a.id === id);
const toasts = () => useAppStore.getState().notices.map((n) => [n.tone, n.text]);

/** A page load: the app shows the bundled dataset, then ingest re-applies what the browser kept. */
async function reload() {
  useIngestStore.setState({ ...initialIngestState });
  useAppStore.getState().reset();
  useAppStore.getState().loadSucceeded(bundled);
  await startIngest(bundled);
}

describe('adding articles in the browser', () => {
  beforeEach(async () => {
    await saveAddedArticles([]);
    await saveOpenedDataset(null);
    await reload();
  });

  it('adds the readable articles of a drop, reports each file, and keeps them across reloads', async () => {
    const reports = await addFiles([
      fixtureFile(ARABIC_ARTICLE),
      fixtureFile(ENGLISH_ARTICLE),
      fileLike('cable.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3])),
      fileLike('photo.png', 'png'),
    ]);
    expect(reports.map((r) => [r.name, r.outcome])).toEqual([
      [ARABIC_ARTICLE, 'added'],
      [ENGLISH_ARTICLE, 'added'],
      ['cable.txt', 'rejected'],
      ['photo.png', 'rejected'],
    ]);
    // Larijani is new, Shoigu is not; the call and Larijani's statement rest on the two new reports alone.
    expect(reports.slice(0, 2)).toMatchObject([
      { events: 2, actors: 1 },
      { events: 2, actors: 1 },
    ]);
    expect(hasActor('larijani')).toBe(true);
    expect(shown().documents).toHaveLength(bundled.documents.length + 2);
    expect((await loadAddedArticles()).map((a) => a.file)).toEqual([ARABIC_ARTICLE, ENGLISH_ARTICLE]);

    await reload();
    expect(hasActor('larijani')).toBe(true);
    expect(useIngestStore.getState().added).toHaveLength(2);
  });

  it('counts only the events and actors new to the dataset: a report of known ones adds none', async () => {
    const [arabic] = await addFiles([fixtureFile(ARABIC_ARTICLE)]);
    expect(arabic).toMatchObject({ outcome: 'added', events: 2, actors: 1 });
    // The English report names Shoigu, Larijani, Putin and Pezeshkian, and its two calls and Larijani's statement
    // join events already shown.
    const [english] = await addFiles([fixtureFile(ENGLISH_ARTICLE)]);
    expect(english).toMatchObject({ outcome: 'added', events: 0, actors: 0 });
    const call = shown().events.find((e) => e.type === 'phone_call' && e.participants.includes('larijani'))!;
    expect(call.documentIds).toEqual(['shoigu-larijani-call-ar', 'shoigu-larijani-call-en']);
  });

  it('sums the operation up in one toast, which replaces the progress toast, in the interface’s language', async () => {
    const seen = new Set<string>();
    const unsubscribe = useAppStore.subscribe((s) => s.notices.forEach((n) => seen.add(n.text)));
    await addFiles([fixtureFile(ARABIC_ARTICLE), fixtureFile(ENGLISH_ARTICLE), fileLike('cable.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1]))]);
    unsubscribe();
    // Only the two articles are analysed, merged into the extraction on screen.
    expect([...seen].filter((text) => text.startsWith('Analysing'))).toContain('Analysing the articles (0 / 2 articles)');
    // Both articles report the one new call and Larijani's statement: counted once.
    expect(toasts()).toEqual([['error', 'Added 2 articles: 2 new events, 1 new actor. “\u2068cable.txt\u2069” not added: the file is binary (it contains NUL bytes), not a text article.']]);
    await i18next.changeLanguage('ar');
    try {
      await removeArticle(ENGLISH_ARTICLE);
      expect(toasts().at(-1)).toEqual(['success', 'حُذف «\u2068Shoigu and Larijani discuss Middle East by phone\u2069».']);
      await addFiles([fixtureFile(ENGLISH_ARTICLE), fileLike('a.png', 'png'), fileLike('b.png', 'png')]);
      expect(toasts().at(-1)).toEqual(['error', 'أضيف مقال واحد: لا أحداث جديدة، لا فاعلين جدد. تعذرت إضافة ملفين: الأسباب في نافذة «إضافة مقالات».']);
    } finally {
      await i18next.changeLanguage('en');
    }
    expect(useAppStore.getState().notices.filter((n) => n.key === 'ingest')).toHaveLength(1);
  });

  it('turns away an article whose text is already in the dataset', async () => {
    await addFiles([fixtureFile(ARABIC_ARTICLE)]);
    const again = await addFiles([fileLike('copy.txt', `\n${fixtureText(ARABIC_ARTICLE)}\n`)]);
    expect(again).toEqual([{ name: 'copy.txt', outcome: 'rejected', rejection: { code: 'duplicate', of: ARABIC_ARTICLE } }]);
    const bundledAgain = await addFiles([fileLike('old.txt', bundled.documents[1].text)]);
    expect(bundledAgain[0]).toMatchObject({ outcome: 'rejected', rejection: { code: 'duplicate' } });
    expect(shown().documents).toHaveLength(bundled.documents.length + 1);
  });

  it('keeps the analyst’s selection and filters through adding and removing, while their ids exist', async () => {
    useAppStore.getState().selectActor('shoigu');
    useAppStore.getState().toggleEventType('statement');
    await addFiles([fixtureFile(ENGLISH_ARTICLE)]);
    expect(useAppStore.getState()).toMatchObject({ selection: { kind: 'actor', id: 'shoigu' }, hiddenEventTypes: ['statement'] });
    useAppStore.getState().selectActor('larijani');
    await removeArticle(ENGLISH_ARTICLE);
    expect(useAppStore.getState()).toMatchObject({ selection: null, hiddenEventTypes: ['statement'] });
  });

  it('removes one article at a time, and what only it reported goes with it', async () => {
    await addFiles([fixtureFile(ARABIC_ARTICLE), fixtureFile(ENGLISH_ARTICLE)]);
    await removeArticle(ARABIC_ARTICLE);
    expect(shown().documents.map((d) => d.file)).not.toContain(ARABIC_ARTICLE);
    expect(hasActor('larijani')).toBe(true); // the English report still names him
    await removeArticle(ENGLISH_ARTICLE);
    expect(hasActor('larijani')).toBe(false);
    expect(shown()).toBe(bundled);
    expect(await loadAddedArticles()).toEqual([]);
  });

  it('gives a dropped article with no date in its text the day the analyst sets, its «on Tuesday» read from it, across reloads', async () => {
    const text = 'Russian Security Council Secretary Sergei Shoigu spoke by phone with Ali Larijani on Tuesday about the region.';
    await addFiles([fileLike('undated-call.txt', text)]);
    const undated = () => shown().events.find((e) => e.type === 'phone_call' && e.documentIds.includes('undated-call'));
    expect(shown().documents.find((d) => d.file === 'undated-call.txt')).toMatchObject({ published: null, publishedBasis: 'unknown' });
    expect(undated()?.date ?? null).toBeNull();
    await setArticleDate('undated-call.txt', '2026-03-19');
    expect(shown().documents.find((d) => d.file === 'undated-call.txt')).toMatchObject({ published: '2026-03-19', publishedBasis: 'manifest' });
    expect(undated()?.date?.start).toBe('2026-03-17');
    await reload();
    expect(undated()?.date?.start).toBe('2026-03-17');
  });

  it('adds pasted text with the analyst’s date and outlet, hostile markup kept as text', async () => {
    const text = 'Shoigu phoned Larijani <img src=x onerror=alert(1)> about the region.';
    const [report] = await addPastedArticle({ text, title: '<b>Call</b>', source: 'Desk', published: '2026-03-19' });
    expect(report).toMatchObject({ name: '<b>Call</b>', outcome: 'added' });
    const doc = shown().documents.find((d) => d.title === '<b>Call</b>')!;
    expect(doc).toMatchObject({ text, source: 'Desk', published: '2026-03-19', publishedBasis: 'manifest' });
    expect(await addPastedArticle({ text: ' ', title: '', source: '', published: '' })).toEqual([
      { name: 'pasted-article', outcome: 'rejected', rejection: { code: 'unreadable', detail: expect.any(String) } },
    ]);
  });

  it('adds nothing to an opened dataset whose documents the pipeline cannot read again, rather than lose one', async () => {
    const foreign = structuredClone(bundled);
    foreign.documents[0].file = 'notes.md';
    await addFiles([fileLike('foreign.json', JSON.stringify(foreign))]);
    const reports = await addFiles([fixtureFile(ENGLISH_ARTICLE)]);
    expect(reports).toEqual([
      { name: ENGLISH_ARTICLE, outcome: 'rejected', rejection: { code: 'baseNotRebuilt', file: 'notes.md', detail: expect.stringMatching(/not a .txt article/) } },
    ]);
    expect(shown()).toEqual(foreign);
    expect(await loadAddedArticles()).toEqual([]);
  });

  it('opens a dataset file in place of the bundled one, keeps it across reloads, and resets in one step', async () => {
    await addFiles([fixtureFile(ENGLISH_ARTICLE)]);
    const merged = shown();
    const [bad, good] = await Promise.all([
      addFiles([fileLike('broken.json', '{"schemaVersion": 1')]),
      addFiles([fileLike('dataset.json', datasetFileText(merged)), fileLike('second.json', '{}'), fixtureFile(ARABIC_ARTICLE)]),
    ]);
    expect(bad[0]).toMatchObject({ outcome: 'rejected', rejection: { code: 'badJson' } });
    expect(good.map((r) => [r.name, r.outcome])).toEqual([
      ['dataset.json', 'opened'],
      ['second.json', 'rejected'],
      [ARABIC_ARTICLE, 'added'],
    ]);
    expect(useIngestStore.getState().added.map((a) => a.file)).toEqual([ARABIC_ARTICLE]);
    expect((await loadOpenedDataset())?.name).toBe('dataset.json');

    await reload();
    expect(useIngestStore.getState().opened?.name).toBe('dataset.json');
    expect(shown().documents).toHaveLength(bundled.documents.length + 2);

    await resetToBundled();
    expect(shown()).toBe(bundled);
    expect(await loadOpenedDataset()).toBeNull();
    expect(await loadAddedArticles()).toEqual([]);
  });
});
