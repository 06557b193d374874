// Full-text search over actors (every name and spelling variant, both scripts) and passages.
import MiniSearch from 'minisearch';
import type { Actor, DatasetDocument, Passage } from '../../schema/dataset';
import type { DatasetIndex } from '../dataset-index';
import { indexTerms, normalizeTerm } from './search-terms';

export interface SearchResults {
  actors: Actor[];
  passages: { passage: Passage; document: DatasetDocument }[];
}

interface SearchIndexes {
  actors: MiniSearch<{ id: string; names: string }>;
  passages: MiniSearch<{ id: string; text: string }>;
}

const built = new WeakMap<DatasetIndex, SearchIndexes>();

const options = {
  processTerm: (t: string) => indexTerms(t),
  searchOptions: {
    processTerm: (t: string) => normalizeTerm(t),
    prefix: true,
    fuzzy: (t: string) => (t.length > 4 ? 0.2 : false),
    combineWith: 'AND' as const,
  },
};

function indexesFor(index: DatasetIndex): SearchIndexes {
  let s = built.get(index);
  if (s) return s;
  const actors = new MiniSearch<{ id: string; names: string }>({ fields: ['names'], ...options });
  actors.addAll(
    index.dataset.actors.map((a) => ({ id: a.id, names: [a.name.en, a.name.ar, ...a.aliases, a.id.replace(/-/g, ' ')].join(' \n ') })),
  );
  // The passage index is built on the first search, not at load.
  const passages = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], ...options });
  passages.addAll(index.dataset.passages.map((p) => ({ id: p.id, text: p.text })));
  s = { actors, passages };
  built.set(index, s);
  return s;
}

export function search(index: DatasetIndex, query: string, limit = 8): SearchResults {
  const q = query.trim();
  if (!q) return { actors: [], passages: [] };
  const s = indexesFor(index);
  const actors = s.actors
    .search(q)
    .slice(0, limit)
    .map((r) => index.actorById.get(String(r.id))!)
    .filter(Boolean);
  const passages = s.passages
    .search(q)
    .slice(0, limit)
    .map((r) => {
      const passage = index.passageById.get(String(r.id))!;
      return { passage, document: index.documentById.get(passage.documentId)! };
    });
  return { actors, passages };
}
