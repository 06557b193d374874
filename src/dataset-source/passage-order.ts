// Passages in the order every listing uses: newest article first (undated articles last, articles of one day by
// id), then by position in the article. Each passage gets its rank in that order once; a list of passages is then an
// ascending array of ranks, and since publication days only decrease along it, the passages of a window are one
// run of it, found by binary search.
import type { DatasetDocument, Passage } from '../schema/dataset';
import { compareDocumentsNewestFirst } from '../store/select-passages';
import { firstWhere } from './binary-search';
import type { DaySpan } from './dataset-source';

export class PassageOrder {
  private readonly byRank: Passage[];
  private readonly rankById = new Map<string, number>();
  /** The publication day of each rank's article (null when undated). */
  private readonly days: (string | null)[];

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
    this.days = this.byRank.map((p) => documentById.get(p.documentId)!.published);
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

  /** The positions [from, to) of `ranks` (ascending) whose articles are published in the window. */
  windowRun(ranks: Int32Array, window: DaySpan | null): { from: number; to: number } {
    if (!window) return { from: 0, to: ranks.length };
    const day = (i: number) => this.days[ranks[i]];
    // Days fall along the ranks, undated last: first the end of what is not older than the window's start…
    const to = firstWhere(0, ranks.length, (i) => {
      const d = day(i);
      return d === null || d < window.from;
    });
    // …then, before it (all dated), the start of what is not newer than the window's end.
    const from = firstWhere(0, to, (i) => day(i)! <= window.to);
    return { from, to };
  }
}
