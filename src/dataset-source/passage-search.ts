// Passage search for a dataset held in memory. A passage's words are read as the pipeline reads them (its
// normaliser and tokenizer) and indexed with their forms without leading clitics (search-terms); a query's words,
// normalised the same way, must each begin one of them.
//
// A sorted term list with each term's passages as ranks in listing order, not MiniSearch: on 45,280 passages
// (5,000 synthetic articles) MiniSearch took 15.8 s to index and 5 s to answer a one-letter prefix, and its
// relevance scores are of no use to an answer ordered by article date.
import { tokenize } from '../pipeline/normalize/normalize-arabic';
import { indexTerms, normalizeTerm } from '../store/search/search-terms';
import { firstWhere } from './binary-search';
import type { PassageOrder } from './passage-order';

/** The words of a text or a query, normalised. */
export function searchWords(text: string): string[] {
  return tokenize(normalizeTerm(text)).map((t) => t.token);
}

export class PassageSearch {
  /** Every indexed form, sorted, so that the forms a query word begins are one run of it. */
  private readonly terms: string[];
  /** The ranks of the passages holding each term (ascending, as the passages were read in rank order). */
  private readonly postings: Int32Array[];
  private readonly passageCount: number;

  constructor(order: PassageOrder) {
    const ranksByTerm = new Map<string, number[]>();
    // Words repeat across passages: their forms are worked out once.
    const formsOf = new Map<string, string[]>();
    for (let rank = 0; rank < order.size; rank++) {
      for (const word of searchWords(order.at(rank).text)) {
        let forms = formsOf.get(word);
        if (!forms) formsOf.set(word, (forms = indexTerms(word)));
        for (const form of forms) {
          const ranks = ranksByTerm.get(form);
          if (!ranks) ranksByTerm.set(form, [rank]);
          else if (ranks[ranks.length - 1] !== rank) ranks.push(rank);
        }
      }
    }
    this.terms = [...ranksByTerm.keys()].sort();
    this.postings = this.terms.map((t) => Int32Array.from(ranksByTerm.get(t)!));
    this.passageCount = order.size;
  }

  /** The ranks, ascending, of the passages holding every word of the query; none for a query with no word. */
  matchingRanks(query: string): Int32Array {
    const words = [...new Set(searchWords(query))];
    if (!words.length) return new Int32Array(0);
    // reached[r] = how many of the words passage r has matched so far, counting each word once.
    const reached = new Int32Array(this.passageCount);
    words.forEach((word, k) => {
      for (let t = firstWhere(0, this.terms.length, (i) => this.terms[i] >= word); t < this.terms.length && this.terms[t].startsWith(word); t++) {
        for (const r of this.postings[t]) if (reached[r] === k) reached[r] = k + 1;
      }
    });
    const out: number[] = [];
    for (let r = 0; r < reached.length; r++) if (reached[r] === words.length) out.push(r);
    return Int32Array.from(out);
  }
}
