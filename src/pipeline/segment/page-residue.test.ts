import { describe, expect, it } from 'vitest';
import { dropPageResidue, pageResidueLines } from './page-residue';
import { segmentPassages } from './segment-passages';

/** The lines of `text` the stage leaves out, as written. */
const residueOf = (text: string) => pageResidueLines(text).map(([s, e]) => text.slice(s, e));

describe('pageResidueLines', () => {
  it('leaves out a block of other stories after «اقرأ أيضا», and takes the article back at its next paragraph', () => {
    const text = [
      'الدوحة - استقبل أمير قطر الشيخ تميم بن حمد آل ثاني أمس الرئيس التركي.',
      'اقرأ أيضاً:',
      'السيسي يتلقى اتصالا هاتفيا من ولي العهد السعودي',
      'عراقجي يصل إلى مسقط في جولة خليجية',
      'وتناولت المباحثات العلاقات الثنائية.',
    ].join('\n');
    expect(residueOf(text)).toEqual(['اقرأ أيضاً:', 'السيسي يتلقى اتصالا هاتفيا من ولي العهد السعودي', 'عراقجي يصل إلى مسقط في جولة خليجية']);
  });

  it('leaves out a related headline on the opener\'s own line, in either language', () => {
    expect(residueOf('إقرأ أيضا | الملك عبدالله الثاني يهاتف الرئيس المصري\nوأكد الجانبان أهمية التنسيق.')).toEqual(['إقرأ أيضا | الملك عبدالله الثاني يهاتف الرئيس المصري']);
    expect(residueOf('Read more: Sunak hosts Saudi crown prince at Downing Street\nThe two leaders spoke for an hour.')).toEqual([
      'Read more: Sunak hosts Saudi crown prince at Downing Street',
    ]);
  });

  it('leaves out a pasted link list with its item marks, up to its end', () => {
    const text = [
      'Qatar\'s emir met the US envoy in Doha on Sunday.',
      'More Stories',
      'list of 2 items',
      'list 1 of 2',
      'Blinken and Safadi talk by phone on aid corridors',
      'list 2 of 2',
      'Modi receives Emirati president in New Delhi',
      'end of list',
      'Talks are expected to resume next week',
    ].join('\n');
    expect(residueOf(text)).toEqual(text.split('\n').slice(1, 8));
  });

  it('leaves out credit lines: wire credits, bylines of names alone, Arabic credit labels, AP contributions', () => {
    const text = [
      'By Samia Nakhoul and Parisa Hafezi, Reuters',
      'TEHRAN (Reuters) - Iran\'s president received Russia\'s security council secretary on Monday.',
      '(Additional reporting by Dmitry Antonov in Moscow; Writing by Michael Georgy; Editing by Alex Richardson)',
      'بقلم: محمد عبد الرحيم',
      'المصدر: وكالات',
      'Associated Press writer Jon Gambrell in Dubai contributed to this report.',
    ].join('\n');
    expect(residueOf(text)).toEqual([text.split('\n')[0], ...text.split('\n').slice(2)]);
  });

  it('leaves out share prompts, ads and timestamps with their figures', () => {
    const text = ['Advertisement', 'Published On 14 May 2025', 'آخر تحديث: 14:32', 'شارك الخبر', 'The meeting lasted two hours.'].join('\n');
    expect(residueOf(text)).toEqual(text.split('\n').slice(0, 4));
  });

  it('leaves out an archive photo\'s caption with no date, and keeps one that gives its day', () => {
    expect(residueOf('الرئيس أردوغان ونظيره الأذربيجاني خلال لقاء سابق (صورة أرشيفية)')).toHaveLength(1);
    expect(residueOf('FILE PHOTO: Putin meets Pezeshkian in Kazan, Russia, October 23, 2024. REUTERS/File Photo')).toEqual([]);
  });

  it('keeps sentences that open with the same words: «كتب» as a verb, "By" and "Related" in prose, a headline at the top', () => {
    const text = [
      'بوتين يستقبل عراقجي في الكرملين',
      'كتب وزير الخارجية الإيراني على منصة إكس أن المحادثات كانت بناءة.',
      'By the time the minister landed in Riyadh, the agenda had been agreed.',
      'Related talks between the two delegations continued on Tuesday.',
      'تقرير صادر عن الخارجية الروسية تناول نتائج الزيارة.',
      'كتبت: هند باسم أجرى وزير الخارجية اليوم مشاورات سياسية عبر تقنية الفيديو مع نظيره المغربي تناولت العلاقات الثنائية',
    ].join('\n');
    expect(residueOf(text)).toEqual([]);
  });

  it('reads an Arabic label with or without the article on its words', () => {
    const text = ['وأكد الوزيران أهمية التنسيق.', 'الأخبار ذات الصلة', 'ولي العهد الكويتي يستقبل وزير الخارجية العماني', 'وكان الجانبان قد التقيا في مسقط.'].join('\n');
    expect(residueOf(text)).toEqual(['الأخبار ذات الصلة', 'ولي العهد الكويتي يستقبل وزير الخارجية العماني']);
  });

  it('leaves out a byline of a name alone over the journalist\'s post, and keeps a caption and a short line over prose', () => {
    const text = [
      'Hannah Okafor',
      'Middle East correspondent, Beirut',
      'محمد يوسف الكعبي',
      'مراسل الجزيرة نت - طهران',
      'Image caption, Aoun and Tamim met at the Amiri Diwan on Wednesday',
      'Gulf Diplomacy',
      'News of the visit was welcomed in Beirut by all the parties, who called it a turning point for the country.',
    ].join('\n');
    expect(residueOf(text)).toEqual(text.split('\n').slice(0, 4));
  });

  it('leaves out a newsletter prompt, and keeps the article\'s own headline under a menu label', () => {
    const text = ['آخر الأخبار', 'سياسة', 'عون يلتقي ميقاتي في بعبدا.. تفاصيل الاجتماع', 'Get the Gulf Briefing newsletter', 'سجّل في النشرة الإخبارية', 'Sign up now'].join('\n');
    expect(residueOf(text)).toEqual(text.split('\n').slice(3));
  });

  it('takes no prose for a headline: a block ends at the first sentence after it', () => {
    const text = ['Related', 'Erdogan calls Aliyev after earthquake', 'Fidan, for his part, met Bayramov in Ankara on Monday.', 'Short line with no stop'].join('\n');
    expect(residueOf(text)).toEqual(['Related', 'Erdogan calls Aliyev after earthquake']);
  });
});

describe('dropPageResidue', () => {
  it('drops the passages of residue lines and keeps every other passage with its offsets', () => {
    const text = 'استقبل الرئيس عبد المجيد تبون أمس وزير الخارجية الإيطالي.\nاقرأ أيضا: ميلوني تهاتف تبون\nوبحث الجانبان التعاون.';
    const kept = dropPageResidue(segmentPassages(text), text);
    expect(kept.map((p) => p.text)).toEqual(['استقبل الرئيس عبد المجيد تبون أمس وزير الخارجية الإيطالي.', 'وبحث الجانبان التعاون.']);
    expect(text.slice(kept[1].start, kept[1].end)).toBe('وبحث الجانبان التعاون.');
  });

  it('drops a residue line a hard-wrapped page broke in two, whose halves make one passage', () => {
    const text = [
      'استقبل الرئيس عبد المجيد تبون، أمس الاثنين، وزير الخارجية',
      'الإيطالي أنطونيو تاياني في قصر المرادية، وبحث معه التعاون في',
      'مجال الطاقة وتطورات الأوضاع في ليبيا ومنطقة الساحل، كما',
      'تناول اللقاء التحضير لزيارة مرتقبة لرئيسة الحكومة الإيطالية.',
      '',
      'اقرأ أيضا:',
      'ميلوني تهاتف تبون وتبحث معه أمن الطاقة والهجرة غير النظامية',
      'في المتوسط',
    ].join('\n');
    const passages = segmentPassages(text);
    expect(passages.map((p) => p.text.slice(-10))).toEqual(['الإيطالية.', 'اقرأ أيضا:', 'في المتوسط']);
    expect(dropPageResidue(passages, text).map((p) => p.text.slice(-10))).toEqual(['الإيطالية.']);
  });
});
