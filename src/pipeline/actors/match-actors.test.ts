import { defaultActorIndex } from './default-actor-index';
import { matchActors } from './match-actors';

const index = defaultActorIndex();
const found = (text: string, date: string | null = '2024-10-11', previous: string | null = null) =>
  matchActors(index, text, date, previous).map((m) => [m.actorId ?? `new:${m.discovered?.name}`, m.via, text.slice(m.start, m.end)]);

describe('matchActors: names and spelling variants', () => {
  it.each([
    ['التقى الرئيس الروسي فلاديمير بوتين نظيره', [['putin', 'full_name', 'فلاديمير بوتين']]],
    ['وبوتين قال', [['putin', 'surname', 'بوتين']]],
    ['أعرب لبزشكيان', [['pezeshkian', 'surname', 'بزشكيان']]],
    ['مسعود بيزشكيان', [['pezeshkian', 'full_name', 'مسعود بيزشكيان']]],
    ['قال بِزِشْكِيان', [['pezeshkian', 'surname', 'بِزِشْكِيان']]],
    ['وزير الدفاع الروسي سيرجي شويجو', [['shoigu', 'full_name', 'سيرجي شويجو']]], // Egyptian ج
    ['أمير عبداللهيان', [['amir-abdollahian', 'surname', 'أمير عبداللهيان']]], // a compound surname
    ['وصرح عبد اللهيان', [['amir-abdollahian', 'surname', 'عبد اللهيان']]],
    ['الإيرانى عباس عراقچی', [['araghchi', 'full_name', 'عباس عراقچی']]], // Persian letters, Egyptian ى
    ['Russian Foreign Minister Sergei Lavrov spoke to Abbas Araghchi', [['lavrov', 'full_name', 'Sergei Lavrov'], ['araghchi', 'full_name', 'Abbas Araghchi']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not read ordinary words as names', () => {
    expect(found('وهو الهدف الرئيسي للأمير في المنطقة')).toEqual([]);
  });
});

describe('matchActors: titles resolve to who held the office on the date', () => {
  it.each([
    ['2024-01-15', 'amir-abdollahian'],
    ['2024-09-01', 'araghchi'],
  ])('«وزير الخارجية الإيراني» on %s is %s', (date, id) => {
    expect(found('وقال وزير الخارجية الإيراني إن', date)).toEqual([[id, 'role', 'وزير الخارجية الإيراني']]);
  });

  it('resolves «الرئيس الإيراني» before and after the 2024 election, and not without a date', () => {
    expect(found('أكد الرئيس الإيراني', '2023-06-01')[0][0]).toBe('raisi');
    expect(found('أكد الرئيس الإيراني', '2025-06-01')[0][0]).toBe('pezeshkian');
    expect(found('أكد الرئيس الإيراني', null)).toEqual([]);
  });

  it('names the last holder of an office left vacant by a death a week earlier', () => {
    expect(found('اغتيال قائد الثورة الإسلامية', '2026-03-07')).toEqual([['khamenei', 'role', 'قائد الثورة الإسلامية']]);
  });

  it('English titles', () => {
    expect(found('the Iranian President said', '2025-01-01')).toEqual([['pezeshkian', 'role', 'Iranian President']]);
  });

  it('a title before a name is that name, not a second mention', () => {
    expect(found('نظيره الإيراني العميد محمد أشتياني', '2024-01-15', 'shoigu')).toEqual([['ashtiani', 'full_name', 'محمد أشتياني']]);
  });

  it('a title after a name describes that person (apposition)', () => {
    expect(found('واسماعيل هنية رئيس المكتب السياسي لحركة حماس', '2024-10-11').map((m) => m[0])).toEqual(['haniyeh']);
  });
});

describe('matchActors: counterparts', () => {
  it('«نظيره الإيراني» is the Iranian holder of the role of the actor just named', () => {
    expect(found('بحث وزير الدفاع الروسي سيرغي شويغو مع نظيره الإيراني', '2024-01-15')).toEqual([
      ['shoigu', 'full_name', 'سيرغي شويغو'],
      ['ashtiani', 'counterpart', 'نظيره الإيراني'],
    ]);
  });
  it('uses the actor named in an earlier passage', () => {
    expect(found('وأعرب عن ارتياحه للقاء نظيره الروسي', '2024-10-11', 'pezeshkian')).toEqual([['putin', 'counterpart', 'نظيره الروسي']]);
  });
  it('English: his Russian counterpart', () => {
    expect(found('Araghchi called his Russian counterpart', '2025-02-01').map((m) => m[0])).toEqual(['araghchi', 'lavrov']);
  });
});

describe('matchActors: discovering persons the registry does not know', () => {
  it.each([
    ['وقال وزير الخارجية الغوياني هيو تود إن', 'هيو تود'],
    ['استقبل وزير الخارجية القطري محمد عبدالرحمن', 'محمد عبدالرحمن'],
    ['التقى نائب وزير الخارجية ألكسندر بانكين', 'ألكسندر بانكين'],
    ['Jamaican Foreign Minister Kamina Johnson Smith said', 'Kamina Johnson Smith'],
    // A general's or an admiral's rank stands only before a person, whatever the name («الفريق» is also a team).
    ['وصافح الجنرال فابيان ماندون قائد الأركان', 'فابيان ماندون'],
    ['واستقبل الأدميرال بيير فاندييه في باريس', 'بيير فاندييه'],
    // A style of two words, one of them a person's («معالي الشيخ», «سمو الأمير»), with no title before it.
    ['وحضر الاستقبال معالي الشيخ سلطان بن سعود القاسمي', 'سلطان بن سعود القاسمي'],
    ['وأكد سمو الأمير فهد بن تركي بن فيصل أهمية التعاون', 'فهد بن تركي بن فيصل'],
  ])('%s', (text, name) => {
    const m = matchActors(index, text, '2025-05-01', null);
    expect(m.map((x) => [x.via, x.discovered?.name])).toEqual([['discovered', name]]);
  });
  it('does not take words after a title for a name', () => {
    for (const text of [
      'وقال الرئيس الإيراني خلال الاتصال',
      'ووصف الرئيس الإيراني، خلال المباحثات',
      'دعا وزير الخارجية إلى وقف',
      // «آخر مرة» (the last time), «يضم ممثلين» (includes representatives): words of prose after a title.
      'وكان الأمين العام قد التقى المبعوث الأممي آخر مرة في يونيو',
      'وأشار إلى أن وفد الرئيس يضم ممثلين عن الشركات',
    ]) {
      expect(matchActors(index, text, '2025-05-01', null).filter((m) => m.via === 'discovered')).toEqual([]);
    }
  });
});
