// The same report as outlets, pages and keyboards also write it: the contacts found do not change with how its
// lines, letters, digits and spaces are written (eval/perturb.ts measures this over the gold articles). Every
// article here is new: none of its sentences is in the development corpus.
import { datasetOfArticle as datasetOf } from './one-article';

/** The events of a dataset as «type participants day» (participants sorted, joined by +). */
const eventLines = (d: ReturnType<typeof datasetOf>) => d.events.map((e) => `${e.type} ${[...e.participants].sort().join('+')} ${e.date?.start}`).sort();

describe('a hard-wrapped article (pasted from a PDF, an e-mail or a wire feed)', () => {
  const arabic = [
    'أجرى وزير الخارجية الجزائري أحمد عطاف، مساء الأحد،',
    'اتصالا هاتفيا بنظيره الموريتاني محمد سالم ولد مرزوك،',
    'تناول التحضير للدورة المقبلة للجنة المشتركة. وجدد',
    'الوزيران دعمهما للحوار الإقليمي.',
    '',
    'وكان الوزيران قد التقيا في نواكشوط في التاسع من',
    'أيلول الماضي على هامش منتدى اقتصادي جمع رجال أعمال',
    'من البلدين.',
  ].join('\n');

  it('reads its contacts as the same article written a paragraph a line', () => {
    const expected = ['meeting ahmed-attaf+mohamed-salem-ould-merzoug 2025-09-09', 'phone_call ahmed-attaf+mohamed-salem-ould-merzoug 2025-10-12'];
    expect(eventLines(datasetOf(arabic, '2025-10-14'))).toEqual(expected);
    expect(eventLines(datasetOf(arabic.replace(/(?<=\S)\n(?=\S)/g, ' '), '2025-10-14'))).toEqual(expected);
  });

  it('keeps the article’s own line ends in its passages', () => {
    const d = datasetOf(arabic, '2025-10-14');
    expect(d.passages).toHaveLength(3);
    expect(d.passages[2].text).toBe('وكان الوزيران قد التقيا في نواكشوط في التاسع من\nأيلول الماضي على هامش منتدى اقتصادي جمع رجال أعمال\nمن البلدين.');
    for (const p of d.passages) expect(d.documents[0].text.slice(p.start, p.end)).toBe(p.text);
  });

  it('reads an English one, its paragraphs apart by blank lines', () => {
    const english = [
      'Turkish Foreign Minister Hakan Fidan held talks with',
      'his Egyptian counterpart Badr Abdelatty in Ankara on',
      'Monday, the ministry said, a week after the two spoke',
      'by telephone about the situation in Gaza.',
      '',
      'Fidan is due to travel to Cairo next month.',
    ].join('\n');
    expect(eventLines(datasetOf(english, '2025-10-15', 'en'))).toEqual(['meeting badr-abdelatty+hakan-fidan 2025-10-13', 'phone_call badr-abdelatty+hakan-fidan 2025-10-06']);
  });
});

describe('letters, digits and commas as outlets and keyboards write them', () => {
  it('reads an Egyptian outlet’s final ى («فى اليوم التالى») as the day after', () => {
    const egyptian =
      'القاهرة - وصل رئيس الوزراء اليونانى كيرياكوس ميتسوتاكيس إلى القاهرة مساء الأحد، حيث كان فى استقباله رئيس الوزراء مصطفى مدبولى، ثم التقى الرئيس عبد الفتاح السيسى فى اليوم التالى بقصر الاتحادية.';
    expect(eventLines(datasetOf(egyptian, '2025-10-14'))).toEqual([
      'meeting abdel-fattah-el-sisi+kyriakos-mitsotakis 2025-10-13',
      'meeting kyriakos-mitsotakis+mostafa-madbouly 2025-10-12',
    ]);
  });

  it('reads a year in Eastern Arabic digits as the year «of the same year» points back to', () => {
    const eastern =
      'الرياض - استقبل ولي العهد السعودي الأمير محمد بن سلمان، اليوم الثلاثاء، رئيس الوزراء الباكستاني شهباز شريف.\n' +
      'وكان شريف قد زار جدة في نيسان/أبريل ٢٠٢٣، ثم عاد إلى المملكة في ١١ تشرين الثاني/نوفمبر من العام نفسه حيث التقى ولي العهد على هامش القمة العربية الإسلامية.';
    expect(eventLines(datasetOf(eastern, '2025-10-14'))).toContain('meeting mohammed-bin-salman+shehbaz-sharif 2023-11-11');
  });

  it('reads commas typed before their space («مساء الأحد ،حيث») as the same article with them after it', () => {
    const spaced = 'أنقرة - وصل وزير الخارجية الإيراني عباس عراقجي إلى أنقرة مساء الأحد، حيث التقى نظيره التركي هاكان فيدان، وذلك بعد يوم من زيارته بغداد.';
    const glued = spaced.replace(/، /g, ' ،');
    expect(eventLines(datasetOf(glued, '2025-10-14'))).toEqual(eventLines(datasetOf(spaced, '2025-10-14')));
    expect(eventLines(datasetOf(glued, '2025-10-14'))).toContain('meeting araghchi+hakan-fidan 2025-10-12');
  });
});

describe('marks that web pages and some outlets add', () => {
  const plain =
    'مسقط - استقبل السلطان هيثم بن طارق، صباح اليوم الأربعاء، وزير الخارجية الهندي سوبراهمانيام جايشانكار.\n\n' +
    'وكان السلطان هيثم قد التقى في 3 حزيران/يونيو الماضي، في نيودلهي، رئيس الوزراء الهندي ناريندرا مودي.';

  it('reads a page’s direction marks after commas and around figures as the same article without them', () => {
    const tour =
      'الجزائر - استقبل وزير الخارجية الجزائري أحمد عطاف، اليوم الخميس، نظيره التونسي محمد علي النفطي.\n\n' +
      'وأطلع عطاف ضيفه على نتائج جولته الإفريقية، إذ التقى في أديس أبابا يوم الاثنين رئيس الوزراء الإثيوبي آبي أحمد، قبل أن يجتمع في اليوم التالي بالرئيس الكيني وليام روتو في نيروبي.';
    const marked = tour.replace(/،/g, '،\u200f').replace(/[0-9]+/g, (n) => `\u200f${n}\u200e`);
    expect(eventLines(datasetOf(marked, '2025-07-10'))).toEqual([
      'meeting abiy-ahmed+ahmed-attaf 2025-07-07',
      'meeting ahmed-attaf+mohamed-ali-nafti 2025-07-10',
      'meeting ahmed-attaf+william-ruto 2025-07-08',
    ]);
  });

  it('reads words stretched by tatweel («استقبـل», «حزيـران») as the same article, its text closed up', () => {
    const stretched = plain.replace('استقبل', 'استقبـل').replace('حزيران', 'حزيـران').replace('الخارجية', 'الخارجـيـة');
    const dataset = datasetOf(stretched, '2025-07-09');
    expect(eventLines(dataset)).toEqual(eventLines(datasetOf(plain, '2025-07-09')));
    expect(dataset.passages.map((p) => p.text).join('\n\n')).toBe(plain);
  });
});

describe('a headline pasted over the article', () => {
  /** The events as «type participants day», the participants in the order the pipeline gives (the caller first). */
  const ordered = (d: ReturnType<typeof datasetOf>) => d.events.map((e) => `${e.type} ${e.participants.join('+')} ${e.date?.start}`);
  const lead = 'أنقرة - الأناضول: أجرى الرئيس التركي رجب طيب أردوغان، أمس الاثنين، اتصالا هاتفيا بنظيره الروسي فلاديمير بوتين، تناول التطورات في أوكرانيا.';

  it('changes nothing the article reports: the lead, its caller and its day are the body’s', () => {
    const alone = ordered(datasetOf(lead, '2025-10-14'));
    expect(alone).toEqual(['phone_call erdogan+putin 2025-10-13']);
    expect(ordered(datasetOf(`بوتين وأردوغان يبحثان الأزمة الأوكرانية\n\n${lead}`, '2025-10-14'))).toEqual(alone);
  });

  it('reads it so over one line break too, in a page copied a paragraph a line', () => {
    const page = [
      'لافروف وعطاف يبحثان الوضع في مالي والساحل',
      'الجزائر - واج: بحث وزير الدولة وزير الشؤون الخارجية أحمد عطاف، اليوم الخميس، في اتصال هاتفي مع نظيره الروسي سيرغي لافروف، تطورات الأوضاع في مالي ومنطقة الساحل.',
      'وكان الوزيران قد التقيا في موسكو في الثامن من أيار الماضي، على هامش الاجتماع الوزاري لمنتدى الشراكة الروسية العربية.',
    ];
    const body = page.slice(1).join('\n');
    expect(ordered(datasetOf(body, '2025-07-17'))).toEqual(['meeting ahmed-attaf+lavrov 2025-05-08', 'phone_call ahmed-attaf+lavrov 2025-07-17']);
    expect(ordered(datasetOf(page.join('\n'), '2025-07-17'))).toEqual(ordered(datasetOf(body, '2025-07-17')));
  });

  it('keeps the headline as a passage, its names found, for search and the reader', () => {
    const d = datasetOf(`بوتين وأردوغان يبحثان الأزمة الأوكرانية\n\n${lead}`, '2025-10-14');
    expect(d.passages[0].text).toBe('بوتين وأردوغان يبحثان الأزمة الأوكرانية');
    expect(d.mentions.filter((m) => m.passageId === d.passages[0].id).map((m) => m.actorId)).toEqual(['putin', 'erdogan']);
  });
});
