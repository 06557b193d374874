// The graph as it should look now: which actors and edges show, and which are highlighted.
import type { Selection } from './selection';
import type { AppData, FocusDepth } from './initial-state';
import { baseIndexOf, edgeKey, otherEnd, type DatasetIndex } from './dataset-index';
import { memoLast } from './memo';
import { selectWindowScope, type EdgeInWindow, type WindowScope } from './select-window';
import { LINK_LIMIT, strongestLinkKeys } from './strongest-links';

export interface GraphModel {
  nodeIds: Set<string>;
  /** The edges drawn: all of them, or on a dense graph only the strongest (see strongestLinks). */
  edges: Map<string, EdgeInWindow>;
  /** How many edges there are between the actors shown, drawn or not. */
  totalEdges: number;
  /** null when nothing is selected; otherwise what stays bright (the rest is dimmed). */
  highlightedNodeIds: Set<string> | null;
  highlightedEdgeKeys: Set<string> | null;
  selectedNodeId: string | null;
  selectedEdgeKey: string | null;
}

/** The actors a selection is about: the actor, the pair, or the event's participants. */
export function selectionActorIds(index: DatasetIndex, selection: Selection | null): string[] {
  if (!selection) return [];
  if (selection.kind === 'actor') return [selection.id];
  if (selection.kind === 'edge') return [selection.source, selection.target];
  return [...new Set(index.eventById.get(selection.id)?.participants ?? [])];
}

function neighbours(edges: Map<string, EdgeInWindow>, index: DatasetIndex, id: string): string[] {
  return (index.edgeKeysByActor.get(id) ?? []).filter((k) => edges.has(k)).map((k) => otherEnd(k, id));
}

/** The `limit` edges to draw of a dense graph, ranked by their weight in the window. */
const strongestKeys = memoLast(strongestLinkKeys);

/** The edges to draw: every edge when there are no more than `limit`; otherwise the `limit` strongest (direct
 *  contacts first) plus every edge touching one of `keep` (the selection's actors). */
export function strongestLinks(
  index: DatasetIndex,
  edges: Map<string, EdgeInWindow>,
  keep: string[],
  limit: number,
): Map<string, EdgeInWindow> {
  if (edges.size <= limit) return edges;
  const strongest = strongestKeys(edges, limit);
  const touching = new Set(keep.flatMap((id) => index.edgeKeysByActor.get(id) ?? []));
  const out = new Map<string, EdgeInWindow>();
  for (const [k, e] of edges) if (strongest.has(k) || touching.has(k)) out.set(k, e);
  return out;
}

/** The edges whose two ends are both shown. */
function between(index: DatasetIndex, edges: Map<string, EdgeInWindow>, nodeIds: Set<string>): Map<string, EdgeInWindow> {
  const out = new Map<string, EdgeInWindow>();
  for (const [k, e] of edges) {
    const { source, target } = index.edgeByKey.get(k)!;
    if (nodeIds.has(source) && nodeIds.has(target)) out.set(k, e);
  }
  return out;
}

/** What shows before any focus: the actors in scope not hidden by country, and the edges between them. A
 *  selection does not change it, so it is remembered apart from the highlights. */
const visibleOf = memoLast((index: DatasetIndex, scope: WindowScope, hiddenCountries: string[]) => {
  const hidden = new Set(hiddenCountries);
  const nodeIds = new Set<string>();
  for (const a of index.dataset.actors) {
    if (a.country !== null && hidden.has(a.country)) continue;
    if (scope.actorIds && !scope.actorIds.has(a.id)) continue;
    nodeIds.add(a.id);
  }
  return { nodeIds, edges: between(index, scope.edges, nodeIds) };
});

export function computeGraphModel(
  index: DatasetIndex,
  scope: WindowScope,
  hiddenCountries: string[],
  selection: Selection | null,
  focusDepth: FocusDepth,
  allLinks = false,
): GraphModel {
  let { nodeIds, edges } = visibleOf(index, scope, hiddenCountries);
  const seeds = selectionActorIds(index, selection).filter((id) => nodeIds.has(id));
  if (focusDepth > 0 && seeds.length) {
    const reached = new Set(seeds);
    let frontier = seeds;
    for (let d = 0; d < focusDepth; d++) {
      const next: string[] = [];
      for (const id of frontier)
        for (const n of neighbours(edges, index, id))
          if (!reached.has(n)) {
            reached.add(n);
            next.push(n);
          }
      frontier = next;
    }
    nodeIds = reached;
    edges = between(index, edges, nodeIds);
  }
  let highlightedNodeIds: Set<string> | null = null;
  let highlightedEdgeKeys: Set<string> | null = null;
  let selectedNodeId: string | null = null;
  let selectedEdgeKey: string | null = null;
  if (selection?.kind === 'actor') {
    selectedNodeId = nodeIds.has(selection.id) ? selection.id : null;
    highlightedNodeIds = new Set([selection.id, ...neighbours(edges, index, selection.id)]);
    highlightedEdgeKeys = new Set((index.edgeKeysByActor.get(selection.id) ?? []).filter((k) => edges.has(k)));
  } else if (selection) {
    highlightedNodeIds = new Set(seeds);
    highlightedEdgeKeys = new Set();
    for (let i = 0; i < seeds.length; i++)
      for (let j = i + 1; j < seeds.length; j++) {
        const k = edgeKey(seeds[i], seeds[j]);
        if (edges.has(k)) highlightedEdgeKeys.add(k);
      }
    if (selection.kind === 'edge') {
      const k = edgeKey(selection.source, selection.target);
      selectedEdgeKey = edges.has(k) ? k : null;
    }
  }
  // The highlighted and selected edges all touch the seeds, so they are always drawn.
  const drawn = allLinks ? edges : strongestLinks(index, edges, seeds, LINK_LIMIT);
  return { nodeIds, edges: drawn, totalEdges: edges.size, highlightedNodeIds, highlightedEdgeKeys, selectedNodeId, selectedEdgeKey };
}

const graphOf = memoLast(computeGraphModel);

export function selectGraphModel(s: AppData): GraphModel | null {
  const scope = selectWindowScope(s);
  return s.index && scope ? graphOf(baseIndexOf(s.index), scope, s.hiddenCountries, s.selection, s.focusDepth, s.allLinks) : null;
}
