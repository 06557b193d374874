// Articles as an analyst pastes them from a news web page: the page's residue (other stories' headlines, credits,
// share prompts) gives no contact and no person; the article's own report is read as before.
import { datasetOfArticle as datasetOf } from './one-article';

/** The events as «type participants day», participants sorted. */
const eventLines = (d: ReturnType<typeof datasetOf>) => d.events.map((e) => `${e.type} ${[...e.participants].sort().join('+')} ${e.date?.start}`);
const actorNames = (d: ReturnType<typeof datasetOf>) => d.actors.filter((a) => a.mentionCount > 0).map((a) => a.name.en);

describe('a news page pasted whole', () => {
  it('Arabic: a related-stories block in the middle and one at the end give no contact', () => {
    const d = datasetOf(
      [
        'سياسة',
        'عمّان - التقى العاهل الأردني الملك عبدالله الثاني، اليوم الأحد، الرئيس المصري عبد الفتاح السيسي في العقبة.',
        'مواضيع ذات صلة',
        'بن سلمان يتلقى اتصالا من أردوغان',
        'بزشكيان يستقبل لافروف في طهران',
        'وتناول اللقاء تطورات الأوضاع في غزة.',
        'شارك',
        'الأكثر قراءة',
        'ترامب يهاتف نتنياهو بشأن الهدنة',
      ].join('\n'),
      '2025-03-02',
    );
    expect(eventLines(d).filter((l) => l.startsWith('meeting') || l.startsWith('phone_call'))).toEqual(['meeting abdel-fattah-el-sisi+abdullah-ii 2025-03-02']);
    expect(d.passages.map((p) => p.text)).not.toContain('بن سلمان يتلقى اتصالا من أردوغان');
  });

  it('English: the journalists of a wire\'s credits and byline are no persons, and a linked headline no call', () => {
    const d = datasetOf(
      [
        'By Andrew Mills and Maha El Dahan',
        'DOHA, Feb 9 (Reuters) - Qatar\'s Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani held talks with U.S. Secretary of State Marco Rubio in Washington on Friday.',
        'READ MORE: Erdogan speaks to Putin by phone about grain deal',
        'The two discussed the ceasefire in Gaza.',
        '(Reporting by Andrew Mills; Writing by Michael Georgy; Editing by Tomasz Janowski)',
      ].join('\n'),
      '2025-02-09',
      'en',
    );
    expect(eventLines(d).filter((l) => /^(meeting|phone_call)/.test(l))).toEqual(['meeting mohammed-bin-abdulrahman-al-thani+rubio 2025-02-07']);
    expect(actorNames(d)).not.toContain('Andrew Mills');
    expect(actorNames(d)).not.toContain('Michael Georgy');
    expect(d.documents[0].text).toContain('Editing by Tomasz Janowski');
  });

  it('a photographer credited beside the agency in a caption is no person; the caption\'s dated meeting stays', () => {
    const d = datasetOf(
      [
        'Saudi Crown Prince Mohammed bin Salman meets British Prime Minister Keir Starmer in Riyadh, December 9, 2024. Bandar Algaloud/Courtesy of Saudi Royal Court/Handout via REUTERS',
        'LONDON, Sept 3 (AP) — The crown prince spoke with Starmer by phone on Tuesday. Photo: Kirsty O\'Connor/PA Wire',
      ].join('\n'),
      '2025-09-03',
      'en',
    );
    expect(actorNames(d)).toEqual(['Mohammed bin Salman', 'Keir Starmer']);
    expect(eventLines(d).filter((l) => /^(meeting|phone_call)/.test(l))).toEqual(['meeting keir-starmer+mohammed-bin-salman 2024-12-09', 'phone_call keir-starmer+mohammed-bin-salman 2025-09-02']);
  });

  it('a page saved as source: its character references are read as the characters they write', () => {
    const d = datasetOf('ANKARA &#8212; Turkey&#8217;s President Recep Tayyip Erdogan received Hungary&rsquo;s Prime Minister Viktor&nbsp;Orban on Monday.', '2025-02-10', 'en');
    expect(eventLines(d).filter((l) => l.startsWith('meeting'))).toEqual(['meeting erdogan+viktor-orban 2025-02-10']);
  });

  it('a photographer credited with a copyright sign or before the agency is no person', () => {
    const d = datasetOf(
      'Turkish President Recep Tayyip Erdogan receives Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on May 8, 2025. © Adem Altan, AFP\nPhoto: Murat Kula, Anadolu',
      '2025-05-08',
      'en',
    );
    expect(actorNames(d)).toEqual(['Recep Tayyip Erdogan', 'Mohammed Shia al-Sudani']);
  });
});
