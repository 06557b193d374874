// The passages behind the selection, grouped by article (newest first), with the actors to highlight.
import type { DatasetDocument, Passage } from '../schema/dataset';
import type { AppData } from './initial-state';
import { edgeKey, type DatasetIndex } from './dataset-index';
import { selectionActorIds } from './select-graph';
import { selectWindowScope, type WindowScope } from './select-window';
import { memoLast } from './memo';
import { READING, type PassagePages } from './folder-data';
import type { Selection } from './selection';

export interface PassageGroup {
  document: DatasetDocument;
  passages: Passage[];
}

export interface PassageListing {
  groups: PassageGroup[];
  total: number;
  /** Passages of the selection left out because they fall outside the time window. */
  hiddenByWindow: number;
  /** The actors whose mentions are highlighted in these passages. */
  focusActorIds: string[];
  /** A dataset folder's: passages of the selection not read yet (the panel asks for more), and whether the first
   *  page is still being read. */
  unread?: number;
  reading?: boolean;
}

/** Newest article first; undated articles last; then by id for a stable order. */
export function compareDocumentsNewestFirst(a: DatasetDocument, b: DatasetDocument): number {
  if (a.published !== b.published) {
    if (!a.published) return 1;
    if (!b.published) return -1;
    return a.published < b.published ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The passage ids behind a selection, before any window filter. */
export function selectionPassageIds(index: DatasetIndex, selection: Selection): string[] {
  if (selection.kind === 'actor') return index.passageIdsByActor.get(selection.id) ?? [];
  if (selection.kind === 'event') return index.eventById.get(selection.id)?.passageIds ?? [];
  const edge = index.edgeByKey.get(edgeKey(selection.source, selection.target));
  // A folder's links come without their passages: those read are found by their mentions, as for a pair without a link.
  if (edge?.passageIds.length) return edge.passageIds;
  const ofB = new Set(index.passageIdsByActor.get(selection.target) ?? []);
  return (index.passageIdsByActor.get(selection.source) ?? []).filter((p) => ofB.has(p));
}

export function groupPassages(index: DatasetIndex, passageIds: Iterable<string>): PassageGroup[] {
  const byDoc = new Map<string, Passage[]>();
  for (const id of new Set(passageIds)) {
    const p = index.passageById.get(id);
    if (!p) continue;
    const list = byDoc.get(p.documentId);
    if (list) list.push(p);
    else byDoc.set(p.documentId, [p]);
  }
  return [...byDoc]
    .map(([docId, passages]) => ({ document: index.documentById.get(docId)!, passages: passages.sort((a, b) => a.start - b.start) }))
    .sort((a, b) => compareDocumentsNewestFirst(a.document, b.document));
}

export function computeListing(index: DatasetIndex, selection: Selection | null, scope: WindowScope): PassageListing | null {
  if (!selection) return null;
  const all = selectionPassageIds(index, selection);
  // An event's passages are its sources: they are shown whatever the window.
  const inScope = selection.kind === 'event' || !scope.passageIds ? all : all.filter((p) => scope.passageIds!.has(p));
  const groups = groupPassages(index, inScope);
  return {
    groups,
    total: groups.reduce((n, g) => n + g.passages.length, 0),
    hiddenByWindow: all.length - inScope.length,
    focusActorIds: selectionActorIds(index, selection),
  };
}

const listingOf = memoLast(computeListing);

/**
 * A folder's listing is the source's answer for the selection, as read so far (a pair's passages include those of
 * a contact reported as «the two ministers», which need not name both). The coordinator empties the pages as soon
 * as the question changes, so they are the selection's.
 */
const folderListing = memoLast((index: DatasetIndex, selection: Selection, pages: PassagePages | null): PassageListing => {
  const reading = !pages || pages.total === READING;
  const groups = groupPassages(index, pages?.hits.map((h) => h.passage.id) ?? []);
  return {
    groups,
    total: groups.reduce((n, g) => n + g.passages.length, 0),
    hiddenByWindow: 0,
    focusActorIds: selectionActorIds(index, selection),
    reading,
    unread: reading ? 0 : Math.max(0, pages.total - pages.hits.length),
  };
});

export function selectPassageListing(s: AppData): PassageListing | null {
  if (s.folder && s.index) return s.selection ? folderListing(s.index, s.selection, s.folder.pages) : null;
  const scope = selectWindowScope(s);
  return s.index && scope ? listingOf(s.index, s.selection, scope) : null;
}
