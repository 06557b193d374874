// The dataset at a glance, for the header.
import type { AppData } from './initial-state';
import type { DatasetIndex } from './dataset-index';
import { memoLast } from './memo';
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

export function selectSummary(s: AppData): DatasetSummary | null {
  return s.index ? summaryOf(s.index) : null;
}
