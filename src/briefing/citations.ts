// The numbered sources behind a view: what a slide cites on screen and in an export.
import { computeListing } from '../store/select-passages';
import { computeFilter } from '../store/select-timeline';
import { computeWindowScope } from '../store/select-window';
import type { DatasetIndex } from '../store/dataset-index';
import type { DatasetDocument } from '../schema/dataset';
import { provenanceLines } from '../corrections/describe-correction';
import type { ViewState } from '../store/view-state';
import { followSelection } from '../store/corrections';

export interface Citation {
  /** 1-based number shown next to the source. */
  n: number;
  documentId: string;
  outlet: string | null;
  published: string | null;
  url: string | null;
  title: string | null;
}

/** Oldest first, undated last, then by id: the order a briefing reads its sources in. */
function compareOldestFirst(a: DatasetDocument, b: DatasetDocument): number {
  if (a.published !== b.published) {
    if (!a.published) return 1;
    if (!b.published) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The documents a view shows: the selection's passages (the same ones the source panel lists),
 *  or with nothing selected the sources of the events the timeline shows in the window. */
function viewDocumentIds(index: DatasetIndex, view: ViewState): Set<string> {
  const scope = computeWindowScope(index, view.windowFilter ? view.timeWindow : null);
  const listing = computeListing(index, subjectOf(index, view), scope);
  if (listing) return new Set(listing.groups.map((g) => g.document.id));
  const shown = computeFilter(index, view.hiddenEventTypes, view.hiddenCountries, null).eventIds;
  const ids = new Set<string>();
  for (const e of index.dataset.events) {
    if (!shown.has(e.id) || (scope.eventIds && !scope.eventIds.has(e.id))) continue;
    for (const d of e.documentIds) ids.add(d);
  }
  return ids;
}

export function citationsForView(index: DatasetIndex, view: ViewState): Citation[] {
  return [...viewDocumentIds(index, view)]
    .map((id) => index.documentById.get(id))
    .filter((d): d is DatasetDocument => d !== undefined)
    .sort(compareOldestFirst)
    .map((d, i) => ({ n: i + 1, documentId: d.id, outlet: d.source, published: d.published, url: d.url, title: d.title }));
}

/**
 * What the analyst corrected of the view's subject (the selected event or actor), one short line per correction,
 * for the slide's sources; `unit` sets names apart as the medium needs (embedded() for a slide deck).
 */
export function viewCorrections(index: DatasetIndex, view: ViewState, unit?: (text: string) => string): string[] {
  const s = subjectOf(index, view);
  const ids = s?.kind === 'event' ? index.eventById.get(s.id)?.corrections : s?.kind === 'actor' ? index.actorById.get(s.id)?.corrections : undefined;
  return provenanceLines(ids, index, view.uiLanguage, unit);
}

/** The view's selection in the dataset as corrected: a slide saved before a merge names the one merged into. */
function subjectOf(index: DatasetIndex, view: ViewState) {
  return followSelection(view.selection, index.dataset, { actor: (id) => index.actorById.has(id), event: (id) => index.eventById.has(id) });
}
