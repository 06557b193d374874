// What the layout reads of a dataset: each actor's node size and English label (the room it takes), and the
// weighted pairs. Free of the interface's i18n so the dataset loader's worker can lay the graph out too.
import type { ElementDefinition } from 'cytoscape';
import type { Actor, Edge } from '../../schema/dataset';
import { LINK_LIMIT, strongestLinkKeys } from '../../store/strongest-links';

export function nodeSize(mentions: number): number {
  return Math.min(96, 26 + 9 * Math.sqrt(mentions));
}

/** The label the layout leaves room for: the English short name, as actorShortName(actor, 'en') draws it.
 *  The layout uses it whatever language is shown, so the picture never changes with the language. */
function layoutLabel(a: Actor): string {
  return a.shortName.en || a.name.en || a.name.ar || a.id;
}

/**
 * Layout input, sorted by id so that the seeded layout gives the same picture on every load. A dense graph is laid
 * out by the links it draws with nothing selected, the strongest (LINK_LIMIT): thousands of links take the layout
 * seconds (1.6 s for 5,000 against 0.2 s for 300) and would place the actors by links nobody sees.
 */
export function toLayoutElements(actors: Actor[], edgeByKey: Map<string, Edge>): ElementDefinition[] {
  const nodes: ElementDefinition[] = [...actors]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((a) => ({ group: 'nodes', data: { id: a.id, label: layoutLabel(a), size: nodeSize(a.mentionCount) } }));
  const drawn = edgeByKey.size > LINK_LIMIT ? strongestLinkKeys(edgeByKey, LINK_LIMIT) : null;
  const edges: ElementDefinition[] = [...edgeByKey]
    .filter(([key]) => !drawn || drawn.has(key))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, e]) => ({ group: 'edges', data: { id: key, source: e.source, target: e.target, weight: e.weight } }));
  return [...nodes, ...edges];
}

/** Bump when compute-layout.ts would place the same elements elsewhere: layouts stored in datasets then stop matching. */
const LAYOUT_VERSION = 1;

/** A fingerprint of layout input (ids, sizes, labels, weights): equal keys, equal pictures. */
export function layoutKey(elements: ElementDefinition[]): string {
  let h = 0;
  for (const e of elements) {
    const s = `${e.data.id}:${e.data.size ?? e.data.weight ?? ''}:${e.data.label ?? ''};`;
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  }
  return `v${LAYOUT_VERSION}:${elements.length}:${h}`;
}
