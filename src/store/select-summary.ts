// The dataset at a glance, for the header.
import type { AppData } from './initial-state';
import type { DatasetIndex } from './dataset-index';
import { memoLast } from './memo';
import type { FolderData } from './folder-data';
import { toIsoDay } from './time';

export interface DatasetSummary {
  articles: number;
  actors: number;
  events: number;
  undatedEvents: number;
  passages: number;
  /** First and last day covered by dated events and publication days. */
  from: string | null;
  to: string | null;
}

const summaryOf = memoLast((index: DatasetIndex): DatasetSummary => {
  const d = index.dataset;
  return {
    articles: d.documents.length,
    actors: d.actors.length,
    events: d.events.length,
    undatedEvents: d.events.filter((e) => !e.date).length,
    passages: d.passages.length,
    from: index.span ? toIsoDay(index.span.start) : null,
    to: index.span ? toIsoDay(index.span.end - 1) : null,
  };
});

/** A folder's summary is its manifest's: the index holds only what has been read. */
const folderSummaryOf = memoLast(({ opened, base }: FolderData): DatasetSummary => {
  const { summary } = opened;
  return {
    articles: summary.documents,
    actors: base.actors.length,
    events: summary.events,
    undatedEvents: opened.eventCounts.undated.reduce((n, u) => n + u.count, 0),
    passages: summary.passages,
    from: summary.span?.from ?? null,
    to: summary.span?.to ?? null,
  };
});

export function selectSummary(s: AppData): DatasetSummary | null {
  if (!s.index) return null;
  return s.folder ? folderSummaryOf(s.folder) : summaryOf(s.index);
}
