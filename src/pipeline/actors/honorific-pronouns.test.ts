import { prepareText } from '../normalize/normalize-arabic';
import { defaultActorIndex } from './default-actor-index';
import { HonorificAntecedents } from './honorific-pronouns';

type Span = { actorId: string; start: number; end: number };
const at = (text: string, phrase: string, actorId: string): Span => {
  const start = text.indexOf(phrase);
  return { actorId, start, end: start + phrase.length };
};

describe('pronouns of rank', () => {
  const index = defaultActorIndex();

  it('«بسموه» stands for the person styled «صاحب السمو الملكي الأمير» earlier in the article, not for one styled «فخامة»', () => {
    const honored = new HonorificAntecedents(index.honorificPronouns);
    const first = 'استقبل صاحب السمو الملكي الأمير محمد بن سلمان فخامة الرئيس رجب طيب أردوغان.';
    expect(honored.resolve(prepareText(first), [at(first, 'محمد بن سلمان', 'mbs'), at(first, 'رجب طيب أردوغان', 'erdogan')])).toEqual([]);
    const second = 'وأشاد الضيف بالعلاقات التي تربطه بسموه وبالمملكة.';
    // The span leaves the glued «ب» out.
    expect(honored.resolve(prepareText(second), [])).toEqual([at(second, 'سموه', 'mbs')]);
  });

  it('the last person styled with the rank, in the same passage before the pronoun', () => {
    const honored = new HonorificAntecedents(index.honorificPronouns);
    const text = 'التقى سمو الشيخ محمد بن زايد سمو الشيخ عبدالله بن زايد، ثم ترأس سموه الاجتماع.';
    const spans = [at(text, 'محمد بن زايد', 'mbz'), at(text, 'عبدالله بن زايد', 'abz')];
    expect(honored.resolve(prepareText(text), spans).map((s) => [s.actorId, text.slice(s.start, s.end)])).toEqual([['abz', 'سموه']]);
  });

  it('no pronoun stands for anyone the article never styled, and «معاليه» not for one styled «جلالة»', () => {
    const honored = new HonorificAntecedents(index.honorificPronouns);
    const text = 'استقبل جلالة الملك عبدالله الثاني الوزير أيمن الصفدي، وقدم معاليه إيجازا.';
    expect(honored.resolve(prepareText(text), [at(text, 'عبدالله الثاني', 'abdullah-ii'), at(text, 'أيمن الصفدي', 'safadi')])).toEqual([]);
  });
});
