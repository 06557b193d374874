// Which events the timeline shows (filters, an edge narrowing it) and which it highlights.
import type { EventType } from '../schema/dataset';
import type { AppData } from './initial-state';
import { baseIndexOf, edgeKey, type DatasetIndex } from './dataset-index';
import { memoLast } from './memo';
import type { Selection } from './selection';

/** Events two actors share: those the pair's edge cites and those both take part in. */
export function sharedEventIds(index: DatasetIndex, a: string, b: string): string[] {
  const ids = new Set(index.edgeByKey.get(edgeKey(a, b))?.eventIds ?? []);
  const ofB = new Set(index.eventIdsByActor.get(b) ?? []);
  for (const id of index.eventIdsByActor.get(a) ?? []) if (ofB.has(id)) ids.add(id);
  return index.dataset.events.filter((e) => ids.has(e.id)).map((e) => e.id);
}

export interface TimelineFilter {
  /** Ids of the events to show (dated and undated alike). */
  eventIds: Set<string>;
  /** Set when an edge is selected: the timeline shows only the pair's shared events. */
  narrowedTo: { source: string; target: string } | null;
}

export function computeFilter(
  index: DatasetIndex,
  hiddenTypes: EventType[],
  hiddenCountries: string[],
  edge: { source: string; target: string } | null,
): TimelineFilter {
  const types = new Set(hiddenTypes);
  const countries = new Set(hiddenCountries);
  const shared = edge ? new Set(sharedEventIds(index, edge.source, edge.target)) : null;
  const eventIds = new Set<string>();
  for (const e of index.dataset.events) {
    if (types.has(e.type)) continue;
    if (shared && !shared.has(e.id)) continue;
    if (countries.size && e.participants.length) {
      const visible = e.participants.some((p) => {
        const c = index.actorById.get(p)?.country ?? null;
        return c === null || !countries.has(c);
      });
      if (!visible) continue;
    }
    eventIds.add(e.id);
  }
  return { eventIds, narrowedTo: edge };
}

const filterOf = memoLast(computeFilter);
const edgeOf = memoLast((sel: Selection | null) => (sel?.kind === 'edge' ? { source: sel.source, target: sel.target } : null));

export function selectTimelineFilter(s: AppData): TimelineFilter | null {
  return s.index ? filterOf(baseIndexOf(s.index), s.hiddenEventTypes, s.hiddenCountries, edgeOf(s.selection)) : null;
}

function computeHighlighted(index: DatasetIndex, selection: Selection | null): Set<string> | null {
  if (!selection) return null;
  if (selection.kind === 'event') return new Set([selection.id]);
  if (selection.kind === 'actor') return new Set(index.eventIdsByActor.get(selection.id) ?? []);
  return new Set(sharedEventIds(index, selection.source, selection.target));
}

const highlightedOf = memoLast(computeHighlighted);

/** Events to highlight on the timeline for the selection; null when nothing is selected. */
export function selectHighlightedEventIds(s: AppData): Set<string> | null {
  return s.index ? highlightedOf(baseIndexOf(s.index), s.selection) : null;
}
