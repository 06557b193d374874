import { describe, expect, it } from 'vitest';
import { readsAsHeadline } from './headline';

const LEAD_AR =
  'مسقط - وصل وزير الخارجية الإيراني عباس عراقجي إلى العاصمة العمانية مساء أمس الجمعة، على رأس وفد يضم نائبيه للشؤون السياسية والقانونية، في مستهل جولة جديدة من المحادثات غير المباشرة.';
const LEAD_EN =
  'MUSCAT (Reuters) - Iranian Foreign Minister Abbas Araqchi arrived in Oman on Friday evening for a new round of indirect talks, Iranian state media said, as mediators pressed both sides to narrow their differences.';

describe('readsAsHeadline', () => {
  it('takes a short line with no sentence’s end, set apart by a blank line, in either language', () => {
    expect(readsAsHeadline('عراقجي يصل إلى مسقط لجولة جديدة من المحادثات', '\n\n', LEAD_AR)).toBe(true);
    expect(readsAsHeadline('Araghchi arrives in Muscat for new round of talks', '\n \n', LEAD_EN)).toBe(true);
  });

  it('takes it over one line break too, where a whole sentence longer than a headline follows (a page copied a paragraph a line)', () => {
    expect(readsAsHeadline('عراقجي يصل إلى مسقط لجولة جديدة من المحادثات', '\n', LEAD_AR)).toBe(true);
    expect(readsAsHeadline('Araghchi arrives in Muscat for new round of talks', '\n', LEAD_EN)).toBe(true);
  });

  it('leaves a sentence, a label, one word, a line the next one goes on from, or the lines of a wrapped paragraph', () => {
    expect(readsAsHeadline('وصل عراقجي إلى مسقط أمس.', '\n\n', LEAD_AR)).toBe(false);
    expect(readsAsHeadline('اقرأ أيضا:', '\n\n', LEAD_AR)).toBe(false);
    expect(readsAsHeadline('عاجل', '\n\n', LEAD_AR)).toBe(false);
    // A photo's caption, its credit at the end: what it shows is a contact of its own.
    expect(readsAsHeadline('Omani Foreign Minister Badr Albusaidi, left, greets Abbas Araqchi in Muscat on Friday [Getty Images]', '\n\n', LEAD_EN)).toBe(false);
    expect(readsAsHeadline('وزير الخارجية العماني يستقبل نظيره الإيراني في مسقط أمس (رويترز)', '\n\n', LEAD_AR)).toBe(false);
    // Over one line break: a line the next goes on from (it ends no sentence), or a next line as short as a headline.
    expect(readsAsHeadline('وصل وزير الخارجية الإيراني عباس عراقجي إلى مسقط', '\n', 'مساء أمس الجمعة، في مستهل جولة جديدة من المحادثات غير المباشرة مع الجانب الأمريكي بوساطة عمانية، بحسب ما أفادت وكالة الأنباء الرسمية في طهران، التي نقلت عن مصادر')).toBe(false);
    expect(readsAsHeadline('عراقجي يصل إلى مسقط لجولة جديدة من المحادثات', '\n', 'مسقط - وصل عراقجي إلى مسقط أمس.')).toBe(false);
    expect(readsAsHeadline('Iranian Foreign Minister Abbas Araqchi arrived in Oman', '\n', 'on Friday evening for a new round of indirect talks with the United States, Iranian state media said.')).toBe(false);
    expect(readsAsHeadline('وصل وزير الخارجية الإيراني عباس عراقجي\nإلى مسقط مساء أمس', '\n\n', LEAD_AR)).toBe(false);
  });
});
