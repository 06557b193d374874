// The eval's scoring: a person counts once and only with a whole name, a contact only with its type, every
// party and its day; the gold files are checked against their texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { goldProblems, goldSchema, scoreArticle, type Gold } from './score';

function score(text: string, gold: Omit<Gold, 'title' | 'source' | 'language' | 'countries' | 'classes'>) {
  const manifest = JSON.stringify([{ file: 'a.txt', title: null, source: null, url: null, published: gold.published, language: 'ar' }]);
  const { dataset } = runPipeline([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], manifest);
  return scoreArticle(dataset, { title: '', source: '', language: 'ar', countries: [], classes: [1], ...gold }, text);
}

describe('eval scoring', () => {
  const text = 'التقى الرئيس الروسي فلاديمير بوتين أمس نظيره الإيراني مسعود بزشكيان في موسكو.';
  const persons = [
    { id: 'putin', en: 'Vladimir Putin', ar: 'فلاديمير بوتين', forms: ['فلاديمير بوتين'] },
    { id: 'pezeshkian', en: 'Masoud Pezeshkian', ar: 'مسعود بزشكيان', forms: ['مسعود بزشكيان', 'نظيره الإيراني'] },
  ];

  it('counts a contact whose type, parties and day are right', () => {
    const s = score(text, { published: '2025-03-05', persons, contacts: [{ type: 'meeting', participants: ['putin', 'pezeshkian'], day: '2025-03-04', status: 'held' }] });
    expect(s.persons).toMatchObject({ gold: 2, found: 2, predicted: 2, correct: 2 });
    expect(s.contacts).toMatchObject({ gold: 1, predicted: 1, matched: 1, missed: [], invented: [] });
  });

  it('misses and invents a contact whose day is wrong, and says so under dates', () => {
    const s = score(text, { published: '2025-03-05', persons, contacts: [{ type: 'meeting', participants: ['putin', 'pezeshkian'], day: '2025-03-05', status: 'held' }] });
    expect(s.contacts).toMatchObject({ matched: 0, missed: ['meeting|pezeshkian+putin 2025-03-05'], invented: ['meeting|pezeshkian+putin 2025-03-04'] });
    expect(s.dates).toMatchObject({ compared: 1, right: 0 });
  });

  it('does not credit a discovered person whose name was cut short', () => {
    const said = 'وقال وزير الخارجية الغوياني هيو تود إن بلاده تدعم الحوار.';
    const manifest = JSON.stringify([{ file: 'a.txt', title: null, source: null, url: null, published: '2025-03-05', language: 'ar' }]);
    const { dataset } = runPipeline([{ name: 'a.txt', bytes: new TextEncoder().encode(said) }], manifest);
    const gold: Gold = { title: '', source: '', published: '2025-03-05', language: 'ar', countries: [], classes: [1], contacts: [], persons: [{ id: 'x', en: 'Hugh Todd', ar: 'هيو تود', forms: ['هيو تود'] }] };
    expect(scoreArticle(dataset, gold, said).persons).toMatchObject({ found: 1, correct: 1 });
    // The same mention under a name cut to its first word («قاسم جومارت» for «قاسم جومارت توكاييف»).
    const cut = { ...dataset, actors: dataset.actors.map((a) => (a.discovered ? { ...a, name: { ar: 'هيو', en: 'Hiou' } } : a)) };
    expect(scoreArticle(cut, gold, said).persons).toMatchObject({ found: 0, correct: 0, invented: ['هيو (discovered)'] });
  });

  it('finds every gold file well formed: its forms and evidence in its text', () => {
    for (const split of ['dev', 'heldout']) {
      const dir = join(__dirname, split);
      const stems = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
      expect(stems.length).toBeGreaterThanOrEqual(split === 'dev' ? 40 : 20);
      for (const f of stems) {
        const gold = goldSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
        expect(goldProblems(gold, readFileSync(join(dir, f.replace('.gold.json', '.txt')), 'utf8')), f).toEqual([]);
      }
    }
  });
});
