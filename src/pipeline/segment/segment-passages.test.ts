import { dropRepeatedPassages } from './drop-repeated-passages';
import { segmentPassages } from './segment-passages';

describe('segmentPassages', () => {
  it('splits paragraphs into sentences at . ! ? ؟ but not inside numbers', () => {
    const text = 'قال لافروف إن النمو بلغ 3.5 في المئة. هل هذا صحيح؟ نعم!\nالفقرة الثانية في 10.03.2026 هنا';
    const ps = segmentPassages(text);
    expect(ps.map((p) => p.text)).toEqual([
      'قال لافروف إن النمو بلغ 3.5 في المئة.',
      'هل هذا صحيح؟',
      'نعم!',
      'الفقرة الثانية في 10.03.2026 هنا',
    ]);
    expect(ps.map((p) => p.paragraph)).toEqual([0, 0, 0, 1]);
    for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('splits a sentence glued to the next one after a closing quote', () => {
    const ps = segmentPassages('موقف موسكو الداعم".وأضاف البيان: "شكر الرئيس".');
    expect(ps.map((p) => p.text)).toEqual(['موقف موسكو الداعم".', 'وأضاف البيان: "شكر الرئيس".']);
  });

  it('starts after a header and skips lines with no letters', () => {
    const text = 'date 2026-03-07 وقال بزشكيان شيئا.\n\n---\nثم انتهى.';
    const ps = segmentPassages(text, 16);
    expect(ps.map((p) => p.text)).toEqual(['وقال بزشكيان شيئا.', 'ثم انتهى.']);
    expect(ps.map((p) => p.paragraph)).toEqual([0, 1]);
  });
});

describe('segmentPassages on hard-wrapped text', () => {
  // A report pasted from a PDF or an e-mail: each paragraph broken into lines at a width, blank lines between them.
  const wrapped = [
    'استقبل وزير الخارجية العماني بدر البوسعيدي، صباح الأحد، في',
    'مسقط نظيره القطري الشيخ محمد بن عبدالرحمن آل ثاني، وبحثا',
    'مسار المفاوضات الإقليمية الجارية. وأعرب الجانبان عن',
    'ارتياحهما لنتائج الجولة الأخيرة.',
    '',
    'وكان الوزيران قد اجتمعا في الدوحة في الثالث من آب الماضي',
    'على هامش اجتماع وزاري خليجي شارك فيه وزراء خارجية دول',
    'المجلس.',
  ].join('\n');

  it('joins the lines of a paragraph back into its sentences, keeping the article’s own characters', () => {
    const ps = segmentPassages(wrapped);
    expect(ps.map((p) => p.text.replace(/\n/g, ' '))).toEqual([
      'استقبل وزير الخارجية العماني بدر البوسعيدي، صباح الأحد، في مسقط نظيره القطري الشيخ محمد بن عبدالرحمن آل ثاني، وبحثا مسار المفاوضات الإقليمية الجارية.',
      'وأعرب الجانبان عن ارتياحهما لنتائج الجولة الأخيرة.',
      'وكان الوزيران قد اجتمعا في الدوحة في الثالث من آب الماضي على هامش اجتماع وزاري خليجي شارك فيه وزراء خارجية دول المجلس.',
    ]);
    expect(ps.map((p) => p.paragraph)).toEqual([0, 0, 1]);
    for (const p of ps) expect(wrapped.slice(p.start, p.end)).toBe(p.text);
  });

  it('joins English lines broken at a width, a paragraph a line between them', () => {
    const text = [
      'Kenyan President William Ruto hosted his Tanzanian',
      'counterpart Samia Suluhu Hassan at State House in',
      'Nairobi on Tuesday, his office said, two weeks after',
      'their foreign ministers met in Dar es Salaam.',
      'The two leaders had last met in Arusha in March.',
    ].join('\n');
    expect(segmentPassages(text).map((p) => p.text.replace(/\n/g, ' '))).toEqual([
      'Kenyan President William Ruto hosted his Tanzanian counterpart Samia Suluhu Hassan at State House in Nairobi on Tuesday, his office said, two weeks after their foreign ministers met in Dar es Salaam.',
      'The two leaders had last met in Arusha in March.',
    ]);
  });

  it('leaves an article written a paragraph a line as it is, its headline and dateline too', () => {
    const text = [
      'عطاف يبحث مع نظيره الموريتاني التحضير للجنة المشتركة',
      'الجزائر - واج',
      'أجرى وزير الخارجية أحمد عطاف اتصالا هاتفيا بنظيره الموريتاني محمد سالم ولد مرزوك تناول التحضير للدورة المقبلة.',
      'وجدد الوزيران دعمهما للحوار الإقليمي',
      'وكان الوزيران قد التقيا في نواكشوط في سبتمبر الماضي.',
    ].join('\n');
    expect(segmentPassages(text).map((p) => p.paragraph)).toEqual([0, 1, 2, 3, 4]);
  });

  it('leaves a list of headlines apart, however long they are', () => {
    const text = [
      'الرئيس الجزائري يستقبل وزير الخارجية الموريتاني في قصر المرادية',
      'وزيرا خارجية البلدين يبحثان التحضير للجنة المشتركة',
      'الرئيس الجزائري يستقبل وزير الخارجية الموريتاني في قصر المرادية',
      'اتفاق على فتح معبر حدودي جديد قبل نهاية العام',
      'منتدى اقتصادي في نواكشوط يجمع رجال أعمال البلدين',
    ].join('\n');
    expect(segmentPassages(text)).toHaveLength(5);
  });
});

describe('dropRepeatedPassages', () => {
  it('drops a block pasted twice, even when its lines are broken differently', () => {
    const first = 'وأضافت وزارة الخارجية الروسية في بيان لها اليوم تأكيد الجانب الروسي على ضرورة خفض التصعيد وحل الأزمة الحادة المحيطة بإيران بشكل سريع.';
    const text = `${first}\nوأضافت وزارة الخارجية الروسية في بيان لها اليوم تأكيد الجانب الروسي على ضرورة خفض التصعيد\nوحل الأزمة الحادة المحيطة بإيران بشكل سريع.`;
    const kept = dropRepeatedPassages(segmentPassages(text));
    expect(kept.map((p) => p.text)).toEqual([first]);
  });

  it('keeps a lead restated with new facts (a day and a place)', () => {
    const a = 'خلال لقاءه برئيس روسيا الاتحادية فلاديمير بوتين، أكد الرئيس الإيراني مسعود بزشكيان على تطوير التعاون المشترك بين إيران وروسيا.';
    const b = 'خلال لقاءه برئيس روسيا الاتحادية فلاديمير بوتين، ظهر اليوم الجمعة في عشق آباد، أكد الرئيس الإيراني مسعود بزشكيان على تطوير التعاون المشترك بين إيران وروسيا.';
    expect(dropRepeatedPassages(segmentPassages(`${a}\n${b}`))).toHaveLength(2);
  });

  it('drops a repeated short fragment but keeps distinct short lines', () => {
    const kept = dropRepeatedPassages(segmentPassages('الأخبار\nعاجل\nالأخبار'));
    expect(kept.map((p) => p.text)).toEqual(['الأخبار', 'عاجل']);
  });
});
