import { describe, expect, it } from 'vitest';
import { PassageSearch, searchWords } from '../passage-search';
import type { Passage } from '../../schema/dataset';

const passage = (id: string, text: string): Passage => ({ id, documentId: 'd', text, start: 0, end: text.length, paragraph: 0 });

describe('searchWords', () => {
  it('normalises and splits as the pipeline does', () => {
    expect(searchWords('أكّد الرئيسُ «بوتين»، Putin!')).toEqual(['اكد', 'الرييس', 'بوتين', 'putin']);
    expect(searchWords(' ،؟ ')).toEqual([]);
  });
});

describe('PassageSearch', () => {
  const search = new PassageSearch([
    passage('p1', 'وقال الرئيس الإيراني مسعود بزشكيان في اتصال هاتفي مع بوتين'),
    passage('p2', 'والتقى لافروف نظيره عراقجي في موسكو'),
    passage('p3', 'President Putin met President Pezeshkian'),
  ]);
  const found = (q: string) => search.matching(q).sort();

  it('needs every word, each beginning a word of the passage or its form without leading clitics', () => {
    expect(found('اتصال هاتفي')).toEqual(['p1']);
    expect(found('اتصال موسكو')).toEqual([]);
    expect(found('التقى')).toEqual(['p2']); // «والتقى» without «و»
    expect(found('بزش')).toEqual(['p1']); // a prefix
    expect(found('ايراني')).toEqual(['p1']); // «الإيراني» without «ال», any alef
  });

  it('ignores diacritics and Latin case; a query with no word finds nothing', () => {
    expect(found('بُوتِين')).toEqual(['p1']);
    expect(found('putin PRESIDENT')).toEqual(['p3']);
    expect(found('، ؟')).toEqual([]);
  });
});
