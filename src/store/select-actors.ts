// Rows of the actor list: every actor, most mentioned first, with whether it is on the graph now.
import type { Actor } from '../schema/dataset';
import type { AppData } from './initial-state';
import { baseIndexOf, type DatasetIndex } from './dataset-index';
import { memoLast } from './memo';
import { selectGraphModel, type GraphModel } from './select-graph';

export interface ActorRow {
  actor: Actor;
  /** On the graph now (in the window, not filtered out, within the focus). */
  shown: boolean;
}

/**
 * Orders by code unit, case aside: names and country codes here are Latin script, where that is the alphabet's
 * order. Not localeCompare: its first call in a page loads ICU's collation data, ~50–150 ms of a first render.
 */
function compareText(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareActors(a: Actor, b: Actor): number {
  return b.mentionCount - a.mentionCount || compareText(a.name.en, b.name.en) || (a.id < b.id ? -1 : 1);
}

// Sorted once per dataset: the rows follow every window change and selection.
const sortedActors = memoLast((index: DatasetIndex): Actor[] => [...index.dataset.actors].sort(compareActors));

const rowsOf = memoLast((index: DatasetIndex, graph: GraphModel): ActorRow[] =>
  sortedActors(index).map((actor) => ({ actor, shown: graph.nodeIds.has(actor.id) })),
);

export function selectActorRows(s: AppData): ActorRow[] {
  const graph = selectGraphModel(s);
  // The base: a folder's index is rebuilt as passages are read, which would give every row anew (and draw the list again).
  return s.index && graph ? rowsOf(baseIndexOf(s.index), graph) : [];
}

/** Actors whose country is set, grouped: the countries present, most actors first. */
export const selectCountries = memoLast((index: DatasetIndex | null): { code: string; count: number }[] => {
  if (!index) return [];
  const n = new Map<string, number>();
  for (const a of index.dataset.actors) if (a.country) n.set(a.country, (n.get(a.country) ?? 0) + 1);
  return [...n].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || compareText(a.code, b.code));
});
