// Counts read as each language counts: Arabic has six plural forms (Intl.PluralRules: zero, one, two, few 3–10,
// many 11–99, other 100–102…), each with its own noun form and word order.
import { describe, expect, it } from 'vitest';
import i18next from '../i18n';

const COUNTS = [1, 2, 3, 11, 100] as const;

const cases: [ns: string, key: string, en: readonly string[], ar: readonly string[]][] = [
  ['explorer', 'count.articles', ['1 article', '2 articles', '3 articles', '11 articles', '100 articles'], ['مقال واحد', 'مقالان', '3 مقالات', '11 مقالًا', '100 مقال']],
  ['explorer', 'count.actors', ['1 actor', '2 actors', '3 actors', '11 actors', '100 actors'], ['فاعل واحد', 'فاعلان', '3 فاعلين', '11 فاعلًا', '100 فاعل']],
  ['explorer', 'count.events', ['1 event', '2 events', '3 events', '11 events', '100 events'], ['حدث واحد', 'حدثان', '3 أحداث', '11 حدثًا', '100 حدث']],
  ['explorer', 'count.passages', ['1 passage', '2 passages', '3 passages', '11 passages', '100 passages'], ['مقطع واحد', 'مقطعان', '3 مقاطع', '11 مقطعًا', '100 مقطع']],
  ['explorer', 'count.mentions', ['1 mention', '2 mentions', '3 mentions', '11 mentions', '100 mentions'], ['إشارة واحدة', 'إشارتان', '3 إشارات', '11 إشارة', '100 إشارة']],
  ['ingest', 'count.articles', ['1 article', '2 articles', '3 articles', '11 articles', '100 articles'], ['مقال واحد', 'مقالان', '3 مقالات', '11 مقالًا', '100 مقال']],
  ['ingest', 'count.actors', ['1 actor', '2 actors', '3 actors', '11 actors', '100 actors'], ['فاعل واحد', 'فاعلان', '3 فاعلين', '11 فاعلًا', '100 فاعل']],
  ['ingest', 'count.events', ['1 event', '2 events', '3 events', '11 events', '100 events'], ['حدث واحد', 'حدثان', '3 أحداث', '11 حدثًا', '100 حدث']],
  ['common', 'glance.articles', ['article', 'articles', 'articles', 'articles', 'articles'], ['مقال', 'مقالان', 'مقالات', 'مقالًا', 'مقال']],
  ['common', 'glance.actors', ['actor', 'actors', 'actors', 'actors', 'actors'], ['فاعل', 'فاعلان', 'فاعلين', 'فاعلًا', 'فاعل']],
  ['common', 'glance.events', ['event', 'events', 'events', 'events', 'events'], ['حدث', 'حدثان', 'أحداث', 'حدثًا', 'حدث']],
  [
    'briefing',
    'slides.imported',
    ['1 slide added after yours.', '2 slides added after yours.', '3 slides added after yours.', '11 slides added after yours.', '100 slides added after yours.'],
    ['أُضيفت شريحة واحدة بعد شرائحك.', 'أُضيفت شريحتان بعد شرائحك.', 'أُضيفت 3 شرائح بعد شرائحك.', 'أُضيفت 11 شريحةً بعد شرائحك.', 'أُضيفت 100 شريحة بعد شرائحك.'],
  ],
];

describe('plural counts', () => {
  it.each(cases)('%s:%s in English and Arabic for 1, 2, 3, 11, 100', (ns, key, en, ar) => {
    for (const [lang, expected] of [['en', en], ['ar', ar]] as const) {
      const t = i18next.getFixedT(lang, ns);
      expect(COUNTS.map((count) => t(key, { count }))).toEqual(expected);
    }
  });

  it('the header glance counts events with the undated ones apart', () => {
    const t = (lang: string) => i18next.getFixedT(lang, 'common');
    expect(t('en')('glance.eventsUndated', { count: 22, undated: 1 })).toBe('events (1 undated)');
    expect(t('ar')('glance.eventsUndated', { count: 22, undated: 1 })).toBe('حدثًا (غير المؤرخة: 1)');
    expect(t('ar')('glance.eventsUndated', { count: 3, undated: 2 })).toBe('أحداث (غير المؤرخة: 2)');
  });

  it('ingest progress counts the articles being analysed', () => {
    expect(i18next.getFixedT('en', 'ingest')('progress.count', { done: 0, count: 1 })).toBe('0 / 1 article');
    expect(i18next.getFixedT('en', 'ingest')('progress.count', { done: 2, count: 5 })).toBe('2 / 5 articles');
    expect(i18next.getFixedT('ar', 'ingest')('progress.count', { done: 2, count: 11 })).toBe('المقالات: 2 / 11');
  });
});
