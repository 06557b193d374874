// Passage search for a dataset held in memory. A passage's words are read as the pipeline reads them (its
// normaliser and tokenizer) and indexed with their forms without leading clitics (search-terms); a query's words,
// normalised the same way, must each begin one of them.
import MiniSearch from 'minisearch';
import { tokenize } from '../pipeline/normalize/normalize-arabic';
import type { Passage } from '../schema/dataset';
import { indexTerms, normalizeTerm } from '../store/search/search-terms';

/** The words of a text or a query, normalised. */
export function searchWords(text: string): string[] {
  return tokenize(normalizeTerm(text)).map((t) => t.token);
}

export class PassageSearch {
  private readonly index = new MiniSearch<{ id: string; text: string }>({
    fields: ['text'],
    tokenize: searchWords,
    processTerm: indexTerms,
    searchOptions: { tokenize: searchWords, processTerm: (word) => word, prefix: true, fuzzy: false, combineWith: 'AND' },
  });

  constructor(passages: Passage[]) {
    this.index.addAll(passages.map((p) => ({ id: p.id, text: p.text })));
  }

  /** The ids of the passages holding every word of the query, in no particular order; none for a query with no word. */
  matching(query: string): string[] {
    return this.index.search(query).map((r) => String(r.id));
  }
}
