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
