// Which links a dense graph draws, and lays out: the strongest. Pure, so the dataset loader's worker (which lays
// the graph out) and the store's graph model choose alike.

/** Above this many links, a graph draws only the strongest ones unless asked for all: restyling and redrawing
 *  thousands of links takes a browser hundreds of milliseconds per change, and a projected hairball reads as
 *  nothing (on 20,000 events / 5,000 links, p95 window→graph: 1,000 links ~650 ms, 300 links ~350 ms). */
export const LINK_LIMIT = 300;

export interface RankedLink {
  weight: number;
  contact: boolean;
}

/** The keys of the `limit` strongest links: direct contacts first, then by weight (ties by key, so the choice is stable). */
export function strongestLinkKeys(links: Map<string, RankedLink>, limit: number): Set<string> {
  const ranked = [...links].sort(
    ([ka, a], [kb, b]) => Number(b.contact) - Number(a.contact) || b.weight - a.weight || (ka < kb ? -1 : ka > kb ? 1 : 0),
  );
  return new Set(ranked.slice(0, limit).map(([k]) => k));
}
