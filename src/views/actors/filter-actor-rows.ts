// The actor list's own filter box: every word typed must start a word of a name or alias (normalised Arabic).
import type { ActorRow } from '../../store/select-actors';
import { matchesWords } from '../../store/search/search-terms';

export function filterActorRows(rows: ActorRow[], query: string): ActorRow[] {
  const q = query.trim();
  const matching = q
    ? rows.filter(({ actor: a }) => matchesWords([a.name.en, a.name.ar, ...a.aliases].join(' '), q))
    : rows;
  // On the graph first; the order inside each part stays most-mentioned first.
  return [...matching.filter((r) => r.shown), ...matching.filter((r) => !r.shown)];
}
