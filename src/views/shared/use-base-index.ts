// The index the graph and the timeline are built on. A dataset folder's index is rebuilt as passages, articles and
// the timeline window's events are read, but its actors and links stay the same objects: the views are then not
// built again for it (the timeline takes a folder's events from the store as they come).
import { useRef } from 'react';
import type { DatasetIndex } from '../../store/dataset-index';

/** The same base: the same objects, and the same span (a folder's index is given its span anew each time). */
function sameBase(a: DatasetIndex, b: DatasetIndex): boolean {
  const [x, y] = [a.dataset, b.dataset];
  return x.actors === y.actors && x.edges === y.edges && x.layout === y.layout && a.span?.start === b.span?.start && a.span?.end === b.span?.end;
}

/** `index`, or the one given before while the base it was built on is the same (only for a folder: `folder`). */
export function useBaseIndex(index: DatasetIndex, folder: boolean): DatasetIndex {
  const kept = useRef(index);
  if (!folder || !sameBase(kept.current, index)) kept.current = index;
  return kept.current;
}
