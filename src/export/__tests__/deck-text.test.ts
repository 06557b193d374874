// The deck's lines in their logical order, with the marks that keep them in order in a presentation program, and
// the bidi helpers behind them.
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../briefing/citations';
import { embedded, paragraphLanguage } from '../bidi-text';
import { isolate } from '../../i18n/bidi';
import { citationLine, contentsLine, datasetFacts } from '../deck-text';

const RLE = '\u202b';
const PDF = '\u202c';
const LRM = '\u200e';

const baath: Citation = {
  n: 1,
  documentId: 'd1',
  outlet: 'Al-Baath / صحيفة البعث / سانا (SANA)',
  published: '2024-01-15',
  url: null,
  title: 'وزيرا الدفاع الروسي والإيراني يبحثان تعزيز التعاون',
};

describe('datasetFacts', () => {
  it.each([
    [{ documents: 5, actors: 16, events: 23 }, 'ar', '5 مقالات · 16 فاعلًا · 23 حدثًا'],
    [{ documents: 1, actors: 2, events: 0 }, 'ar', 'مقال واحد · فاعلان · لا أحداث'],
    [{ documents: 11, actors: 3, events: 100 }, 'ar', '11 مقالًا · 3 فاعلين · 100 حدث'],
    [{ documents: 5, actors: 16, events: 23 }, 'en', '5 articles · 16 actors · 23 events'],
    [{ documents: 1, actors: 1, events: 1 }, 'en', '1 article · 1 actor · 1 event'],
  ] as const)('%j in %s: %s', (counts, lang, expected) => {
    expect(datasetFacts(counts, lang)).toBe(expected);
  });
});

describe('citationLine', () => {
  it('embeds the outlet, the date and the title of an Arabic source line, each apart', () => {
    expect(citationLine(baath, 'ar')).toEqual({
      number: '[1] ',
      text: `${RLE}Al-Baath / صحيفة البعث / سانا (SANA)${PDF} · ${RLE}15 يناير 2024${PDF} · ${RLE}وزيرا الدفاع الروسي والإيراني يبحثان تعزيز التعاون${PDF}`,
    });
  });

  it('in an English line embeds only what starts in Arabic', () => {
    const line = citationLine({ ...baath, outlet: 'صحيفة البعث / سانا (Al-Baath / SANA)', title: 'Putin (Russia) meets Pezeshkian' }, 'en');
    expect(line.text).toBe(`${RLE}صحيفة البعث / سانا (Al-Baath / SANA)${PDF}${LRM} · 15 Jan 2024 · Putin (Russia) meets Pezeshkian`);
  });

  it('names an unknown outlet and an undated source in the deck’s language', () => {
    const line = citationLine({ ...baath, outlet: null, published: null, title: null }, 'ar');
    expect(line.text).toBe(`${RLE}وسيلة إعلام غير معروفة${PDF} · ${RLE}غير مؤرَّخ${PDF}`);
  });
});

describe('contentsLine', () => {
  it('keeps a Latin title with brackets and digits whole after its number in an Arabic list', () => {
    expect(contentsLine(2, 'The pair (2024)', 'ar')).toBe(`2. ${RLE}The pair (2024)${PDF}`);
    expect(contentsLine(2, 'The pair (2024)', 'en')).toBe('2. The pair (2024)');
  });
});

describe('isolate', () => {
  it('isolates a file name for a sentence of the interface', () => {
    expect(isolate('actors-graph-2026-03-10.png')).toBe('\u2068actors-graph-2026-03-10.png\u2069');
  });

  it('embeds by the first letter, past leading digits and punctuation', () => {
    expect(embedded('«2024» بيان', 'en')).toBe(`${RLE}«2024» بيان${PDF}${LRM}`);
    expect(embedded('2024 statement', 'en')).toBe('2024 statement');
  });
});

describe('paragraphLanguage', () => {
  it('sets a title or caption in the direction of its first letter, else the slide’s', () => {
    expect(paragraphLanguage('تعليق: التقى لافروف 3 مرات في 2024 (SANA)', 'en')).toBe('ar');
    expect(paragraphLanguage('2024: Lavrov (لافروف)', 'ar')).toBe('en');
    expect(paragraphLanguage('2024 – 2025', 'ar')).toBe('ar');
  });
});
