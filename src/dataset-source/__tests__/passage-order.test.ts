import { describe, expect, it } from 'vitest';
import { PassageOrder } from '../passage-order';
import type { DatasetDocument, Passage } from '../../schema/dataset';

const doc = (id: string, published: string | null): DatasetDocument => ({
  id, file: `${id}.txt`, title: null, source: null, url: null, published, publishedBasis: published ? 'manifest' : 'unknown', language: 'ar', text: '',
});
const passage = (documentId: string, start: number): Passage => ({ id: `${documentId}:${start}`, documentId, text: '', start, end: start + 1, paragraph: 0 });

describe('PassageOrder', () => {
  const documents = [doc('old', '2024-01-15'), doc('b-new', '2026-03-10'), doc('undated', null), doc('a-new', '2026-03-10'), doc('mid', '2024-10-11')];
  const passages = [passage('old', 5), passage('undated', 0), passage('b-new', 40), passage('mid', 0), passage('b-new', 3), passage('a-new', 9), passage('old', 1)];
  const order = new PassageOrder(passages, new Map(documents.map((d) => [d.id, d])));
  const all = order.ranksOf(passages.map((p) => p.id));
  const idsOf = (ranks: Int32Array) => [...ranks].map((r) => order.at(r).id);

  it('ranks newest article first, same-day articles by id, undated last, then by position', () => {
    expect(idsOf(all)).toEqual(['a-new:9', 'b-new:3', 'b-new:40', 'mid:0', 'old:1', 'old:5', 'undated:0']);
    expect(order.size).toBe(7);
  });

  it('ranksOf sorts what it is given, leaving out unknown ids and repeats', () => {
    expect(idsOf(order.ranksOf(['old:5', 'nope', 'a-new:9', 'old:5']))).toEqual(['a-new:9', 'old:5']);
  });

  it('names a passage whose document is missing', () => {
    expect(() => new PassageOrder([passage('ghost', 0)], new Map())).toThrow('passage ghost:0: its document ghost is not in the dataset');
  });
});
