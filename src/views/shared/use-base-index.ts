// The index the graph and the timeline are built on. Where the answers come later (a source reads them), the index
// is rebuilt as passages, articles and the timeline window's events come, but its actors and links stay the same
// objects: the views are then not built again for it (the timeline takes the window's events from the store).
import { useRef } from 'react';
import { useAppStore } from '../../store/app-store';
import type { DatasetIndex } from '../../store/dataset-index';
import { selectAnswersLater } from '../../store/select-source';

/** The same base: the same objects, and the same span (such an index is given its span anew each time). */
function sameBase(a: DatasetIndex, b: DatasetIndex): boolean {
  const [x, y] = [a.dataset, b.dataset];
  return x.actors === y.actors && x.edges === y.edges && x.layout === y.layout && a.span?.start === b.span?.start && a.span?.end === b.span?.end;
}

/** The store's index, or the one given before while the base it was built on is the same (only where the answers
 *  come later: a dataset held whole is rebuilt when corrected, and its views with it). */
export function useBaseIndex(): DatasetIndex {
  const index = useAppStore((s) => s.index)!;
  const answersLater = useAppStore(selectAnswersLater);
  const kept = useRef(index);
  if (!answersLater || !sameBase(kept.current, index)) kept.current = index;
  return kept.current;
}
