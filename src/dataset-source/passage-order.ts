// Passages in the order every listing uses: newest article first (undated articles last, articles of one day by
// id), then by position in the article. Each passage gets its rank in that order once; a list of passages is then an
// ascending array of ranks.
import type { DatasetDocument, Passage } from '../schema/dataset';
import { compareDocumentsNewestFirst } from '../store/select-passages';

export class PassageOrder {
  private readonly byRank: Passage[];
  private readonly rankById = new Map<string, number>();

  constructor(passages: Passage[], documentById: Map<string, DatasetDocument>) {
    const documentRank = new Map([...documentById.values()].sort(compareDocumentsNewestFirst).map((d, rank) => [d.id, rank]));
    const documentRanks = new Map<Passage, number>();
    for (const p of passages) {
      const rank = documentRank.get(p.documentId);
      if (rank === undefined) throw new Error(`passage ${p.id}: its document ${p.documentId} is not in the dataset`);
      documentRanks.set(p, rank);
    }
    this.byRank = [...passages].sort((a, b) => documentRanks.get(a)! - documentRanks.get(b)! || a.start - b.start);
    this.byRank.forEach((p, rank) => this.rankById.set(p.id, rank));
  }

  get size(): number {
    return this.byRank.length;
  }

  at(rank: number): Passage {
    return this.byRank[rank];
  }

  /** The ranks of these passages, ascending; unknown ids and repeats are left out. */
  ranksOf(ids: Iterable<string>): Int32Array {
    const ranks = new Set<number>();
    for (const id of ids) {
      const rank = this.rankById.get(id);
      if (rank !== undefined) ranks.add(rank);
    }
    return Int32Array.from(ranks).sort();
  }
}
