// Titles as outlets of one country write them, each met first in a development article and tested here in other
// words: «رئيس الدولة» alone in Emirati news is the country's president; an intelligence service's «مدير
// (عام) جهاز المخابرات» is a title a person can be found by.
import { runPipeline } from '../../src/pipeline/run-pipeline';

const encoder = new TextEncoder();
function datasetOf(text: string, published: string) {
  const manifest = JSON.stringify([{ file: 'a.txt', title: 'T', source: 'S', url: null, published, language: 'ar' }]);
  return runPipeline([{ name: 'a.txt', bytes: encoder.encode(text) }], manifest).dataset;
}

describe('titles of one country’s outlets', () => {
  it('«رئيس الدولة» alone is the president of the country the article reports from', () => {
    const d = datasetOf(
      'أبوظبي - بحث الشيخ محمد بن زايد آل نهيان خلال اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون مستجدات المنطقة.\n\nوكان رئيس الدولة قد التقى ماكرون في باريس في يوليو الماضي.',
      '2024-09-12',
    );
    const meeting = d.events.find((e) => e.type === 'meeting')!;
    expect([...meeting.participants].sort()).toEqual(['emmanuel-macron', 'mohamed-bin-zayed']);
    expect(meeting.date?.start).toBe('2024-07-01');
  });

  it('finds a person by «مدير جهاز المخابرات» and a rank before the name', () => {
    const d = datasetOf('عمّان - استقبل وزير الخارجية أيمن الصفدي اليوم مدير جهاز المخابرات العامة اللبناني اللواء طوني قهوجي، وبحثا التنسيق الأمني.', '2025-05-06');
    const found = d.actors.find((a) => a.discovered);
    expect(found?.name.ar).toBe('طوني قهوجي');
    expect(found?.roles[0]?.role).toBe('intelligence_chief');
  });
});
