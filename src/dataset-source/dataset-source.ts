// The questions the app asks of a dataset, answered by a source: in memory (dataset.json, loaded whole) or a
// dataset folder (columnar files read by HTTP range requests, or from a File picked on disk). The store talks to a
// source through this interface only, so that the views do not know which one answers.
//
// Time: a passage counts in a window when its article's publication day is in it, or when the dated interval of an
// event it reports overlaps it; an event, when its dated interval overlaps it (undated events are in no window, only
// in the whole). Windows are whole days, inclusive. This is the window scope of a dataset file's views
// (src/store/select-window.ts), which the in-memory source answers with and the folder's files are built for.
import type { AppliedCorrections } from '../schema/corrections';
import type { Actor, DatasetDocument, DatasetEvent, EventType, GraphLayout, Mention, Passage } from '../schema/dataset';

/** Whole days, both inclusive (ISO 'YYYY-MM-DD'). */
export interface DaySpan {
  from: string;
  to: string;
}

export interface SourceSummary {
  documents: number;
  passages: number;
  mentions: number;
  events: number;
  /** Actor pairs named together at least once. */
  edges: number;
  /** The first and last day with a dated event or a published article; null when nothing is dated. */
  span: DaySpan | null;
}

/**
 * Events counted by type and country set: what the timeline's counts per period are summed from for any types and
 * countries hidden (src/dataset-source/country-sets.ts has the rule that hides an event by its countries).
 */
export interface EventCounts {
  /** One series per type and country set that has dated events, by type then set: its events per start day. */
  series: DaySeries[];
  /** Undated events per type and country set, in the same order. */
  undated: { type: EventType; countrySet: number; count: number }[];
}

export interface DaySeries {
  type: EventType;
  /** Its events' countries: an index into OpenedSource.countrySets. */
  countrySet: number;
  /** The start days with events (whole days since 1970-01-01, UTC), ascending. */
  days: number[];
  /** The events starting on each of those days. */
  counts: number[];
}

/** What the app needs at once, before any question: small at any corpus size. */
export interface OpenedSource {
  summary: SourceSummary;
  actors: Actor[];
  layout?: GraphLayout;
  corrections?: AppliedCorrections;
  /** The distinct countries of the corpus's events (eventCountries), numbered in the order compareCountrySets gives. */
  countrySets: string[][];
  /** The corpus's events counted (the timeline's overview when items would be too many). */
  eventCounts: EventCounts;
  /** Published articles per day. */
  documentsPerDay: { day: string; count: number }[];
}

/** An article without its text (which `document` reads on demand). */
export type DocumentHead = Omit<DatasetDocument, 'text'>;

export interface PassageHit {
  passage: Passage;
  document: DocumentHead;
  /** Every mention in the passage (of any actor), to highlight. */
  mentions: Mention[];
}

/** One page of an ordered answer, and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface WindowEdge {
  source: string;
  target: string;
  /** The passages of the pair's link in the window; 1 for a pair in it through an event alone. */
  weight: number;
  /** The pair's link is a direct contact (they share a call, meeting, visit, message or agreement that took place),
   *  and one of their shared events, of any type, is dated in the window. */
  contact: boolean;
}

export interface EventQuery {
  window: DaySpan | null;
  /** Only these types (all when absent). */
  types?: EventType[];
  /** Only events every one of these actors takes part in (an actor's, a pair's). */
  actorIds?: string[];
  /** Not the events these countries hide (hiddenByCountries). */
  hiddenCountries?: string[];
}

export interface DatasetSource {
  readonly kind: 'memory' | 'folder';
  open(): Promise<OpenedSource>;
  /** Events by start day, then id; undated ones last (only when `window` is null). */
  events(query: EventQuery, page: PageRequest): Promise<Page<DatasetEvent>>;
  event(id: string): Promise<DatasetEvent | null>;
  /** The events every one of these actors takes part in, counted as OpenedSource.eventCounts counts the corpus's. */
  eventCounts(actorIds: string[]): Promise<EventCounts>;
  /** Every pair in the window (the whole corpus when null): one of its link's passages is, or one of its shared
   *  events; with its weight there. */
  edges(window: DaySpan | null): Promise<WindowEdge[]>;
  /** Passages naming the actor, newest article first, then by position in the article. */
  passagesOfActor(actorId: string, window: DaySpan | null, page: PageRequest): Promise<Page<PassageHit>>;
  /** Passages naming both actors, in the same order. */
  passagesOfPair(a: string, b: string, window: DaySpan | null, page: PageRequest): Promise<Page<PassageHit>>;
  /** These passages (an event's sources), in the order asked; unknown ids are left out. */
  passages(ids: string[]): Promise<PassageHit[]>;
  /** The whole article, for the reader. */
  document(id: string): Promise<DatasetDocument | null>;
  /** Passages whose words contain every word of `text` (normalised as the pipeline normalises), newest first. */
  searchPassages(text: string, page: PageRequest): Promise<Page<PassageHit>>;
}
