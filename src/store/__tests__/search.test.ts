import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../dataset-index';
import { search } from '../search/search-index';
import { indexTerms, matchesWords } from '../search/search-terms';
import { loadFixture } from '../../test/fixtures';

const index = buildDatasetIndex(loadFixture());
const actorIds = (q: string) => search(index, q).actors.map((a) => a.id);

describe('search', () => {
  it.each([
    ['Lavrov', 'lavrov'],
    ['lavrov', 'lavrov'],
    ['لافروف', 'lavrov'],
    ['سيرجي لافروف', 'lavrov'], // a spelling variant listed as an alias
    ['بيزشكيان', 'pezeshkian'],
    ['بزشكيان', 'pezeshkian'],
    ['عبد اللهيان', 'amir-abdollahian'],
    ['امير عبد اللهيان', 'amir-abdollahian'], // alef without hamza
    ['Pezeshkyan', 'pezeshkian'], // fuzzy
  ])('finds %s → %s', (q, id) => {
    expect(actorIds(q)[0]).toBe(id);
  });

  it('finds passages by a word with a clitic', () => {
    const ids = search(index, 'عشق آباد').passages.map((p) => p.passage.id);
    expect(ids).toContain('p-ash-1');
    expect(search(index, 'اليمن').passages.map((p) => p.passage.id)).toEqual(['p-baath-2']);
  });

  it('strips leading clitics for indexing', () => {
    expect(indexTerms('ولافروف')).toContain('لافروف');
    expect(indexTerms('والإيراني')).toContain('ايراني');
  });

  it('matches word prefixes in any spelling', () => {
    expect(matchesWords('سيرغي لافروف Sergey Lavrov', 'لاف')).toBe(true);
    expect(matchesWords('مسعود بزشكيان', 'بزش')).toBe(true);
    expect(matchesWords('مسعود بزشكيان', 'لاف')).toBe(false);
  });
});
