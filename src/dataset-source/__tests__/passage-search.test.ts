import { describe, expect, it } from 'vitest';
import { PassageOrder } from '../passage-order';
import { PassageSearch, searchWords } from '../passage-search';
import type { DatasetDocument, Passage } from '../../schema/dataset';

describe('searchWords', () => {
  it('normalises and splits as the pipeline does', () => {
    expect(searchWords('أكّد الرئيسُ «بوتين»، Putin!')).toEqual(['اكد', 'الرييس', 'بوتين', 'putin']);
    expect(searchWords(' ،؟ ')).toEqual([]);
  });
});

describe('PassageSearch', () => {
  const texts = [
    'وقال الرئيس الإيراني مسعود بزشكيان في اتصال هاتفي مع بوتين',
    'والتقى لافروف نظيره عراقجي في موسكو',
    'President Putin met President Pezeshkian',
    'اتصال آخر: بوتين وبزشكيان',
  ];
  const document: DatasetDocument = { id: 'd', file: 'd.txt', title: null, source: null, url: null, published: '2024-10-11', publishedBasis: 'manifest', language: 'ar', text: '' };
  const passages: Passage[] = texts.map((text, i) => ({ id: `p${i + 1}`, documentId: 'd', text, start: i * 100, end: i * 100 + text.length, paragraph: i }));
  const order = new PassageOrder(passages, new Map([['d', document]]));
  const search = new PassageSearch(order);
  const found = (q: string) => [...search.matchingRanks(q)].map((r) => order.at(r).id);

  it('needs every word, each beginning a word of the passage or its form without leading clitics', () => {
    expect(found('اتصال هاتفي')).toEqual(['p1']);
    expect(found('اتصال موسكو')).toEqual([]);
    expect(found('التقى')).toEqual(['p2']); // «والتقى» without «و»
    expect(found('بزش')).toEqual(['p1', 'p4']); // a prefix; «وبزشكيان» without «و»
    expect(found('ايراني')).toEqual(['p1']); // «الإيراني» without «ال», any alef
  });

  it('gives the passages in listing order, each once, whatever the order of the words or their repeats', () => {
    expect(found('بوتين اتصال')).toEqual(['p1', 'p4']);
    expect(found('اتصال بوتين بوتين')).toEqual(['p1', 'p4']);
  });

  it('ignores diacritics and Latin case; a query with no word finds nothing', () => {
    expect(found('بُوتِين')).toEqual(['p1', 'p4']);
    expect(found('putin PRESIDENT')).toEqual(['p3']);
    expect(found('، ؟')).toEqual([]);
  });
});
