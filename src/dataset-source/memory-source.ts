// The dataset source for a dataset held whole in memory (dataset.json): the answers are walks over indexes built
// once, from the store's dataset index and the passages' ranks in listing order. A window's links and passages are
// the window scope's (src/store/select-window.ts), which the app's views of a dataset file show.
import type { Dataset, DatasetDocument, DatasetEvent, Mention, Passage } from '../schema/dataset';
import { buildDatasetIndex, edgeKey, type DatasetIndex } from '../store/dataset-index';
import { addOverlapping, intervalIndex, type IntervalIndex } from '../store/interval-index';
import { memoLast } from '../store/memo';
import { passagesInWindow, windowEdges } from '../store/select-window';
import { DAY_MS, dayEnd, dayStart, eventInterval, toIsoDay, type Interval } from '../store/time';
import { compareCountrySets, EventCounter, eventCountries, hiddenSetNumbers } from './country-sets';
import type {
  DatasetSource,
  DaySpan,
  DocumentHead,
  EventCounts,
  EventQuery,
  OpenedSource,
  Page,
  PageRequest,
  PassageHit,
  WindowEdge,
} from './dataset-source';
import { PassageOrder } from './passage-order';
import { PassageSearch } from './passage-search';
import { checkPage, checkWindow, compareWindowEdges, pageOf } from './requests';

const NO_RANKS = new Int32Array(0);

const intervalOf = (window: DaySpan): Interval => ({ start: dayStart(window.from), end: dayEnd(window.to) });

function headOf({ text: _text, ...head }: DatasetDocument): DocumentHead {
  return head;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareMentions(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end || byString(a.actorId, b.actorId);
}

export class MemorySource implements DatasetSource {
  readonly kind = 'memory';
  private readonly index: DatasetIndex;
  private readonly order: PassageOrder;
  /** Dated events by start day, then id; then the undated ones by id. */
  private readonly eventsInOrder: DatasetEvent[];
  private readonly datedEvents: IntervalIndex;
  /** The distinct countries of the events (eventCountries), numbered; each event's number. */
  private readonly countrySets: string[][];
  private readonly countrySetOf = new Map<string, number>();
  private readonly ranksByActor = new Map<string, Int32Array>();
  private readonly ranksByPair = new Map<string, Int32Array>();
  private readonly heads = new Map<string, DocumentHead>();
  private search: PassageSearch | null = null;
  /** The last window's passages, asked again for each page. */
  private readonly passagesIn = memoLast((from: string, to: string) => passagesInWindow(this.index, intervalOf({ from, to })));

  constructor(private readonly dataset: Dataset) {
    this.index = buildDatasetIndex(dataset);
    this.order = new PassageOrder(dataset.passages, this.index.documentById);
    const startOf = (e: DatasetEvent) => e.date?.start ?? null;
    this.eventsInOrder = [...dataset.events].sort((a, b) => {
      const [sa, sb] = [startOf(a), startOf(b)];
      if (sa !== sb) return sa === null ? 1 : sb === null ? -1 : byString(sa, sb);
      return byString(a.id, b.id);
    });
    // The interval index keeps this order among events of one start (its sort is stable).
    this.datedEvents = intervalIndex(
      this.eventsInOrder.flatMap((e): [string, Interval][] => {
        const time = eventInterval(e);
        return time ? [[e.id, time]] : [];
      }),
    );
    const countriesOf = new Map(dataset.events.map((e) => [e.id, eventCountries(e.participants, (a) => this.index.actorById.get(a)?.country)]));
    const distinct = new Map([...countriesOf.values()].map((set) => [JSON.stringify(set), set]));
    this.countrySets = [...distinct.values()].sort(compareCountrySets);
    const numbers = new Map(this.countrySets.map((set, n) => [JSON.stringify(set), n]));
    for (const [id, set] of countriesOf) this.countrySetOf.set(id, numbers.get(JSON.stringify(set))!);
  }

  async open(): Promise<OpenedSource> {
    const { dataset, index } = this;
    const documentsPerDay = new Map<string, number>();
    for (const d of dataset.documents) if (d.published) documentsPerDay.set(d.published, (documentsPerDay.get(d.published) ?? 0) + 1);
    return {
      summary: {
        documents: dataset.documents.length,
        passages: dataset.passages.length,
        mentions: dataset.mentions.length,
        events: dataset.events.length,
        edges: index.edgeByKey.size,
        span: index.span && { from: toIsoDay(index.span.start), to: toIsoDay(index.span.end - DAY_MS) },
      },
      actors: dataset.actors,
      layout: dataset.layout,
      corrections: dataset.corrections,
      countrySets: this.countrySets,
      eventCounts: this.counted(dataset.events),
      documentsPerDay: [...documentsPerDay].map(([day, count]) => ({ day, count })).sort((a, b) => byString(a.day, b.day)),
    };
  }

  async events(query: EventQuery, page: PageRequest): Promise<Page<DatasetEvent>> {
    checkWindow(query.window);
    checkPage(page);
    const { window, types, actorIds, hiddenCountries } = query;
    let candidates = this.eventsInOrder;
    if (window) {
      const inWindow = addOverlapping(this.datedEvents, intervalOf(window), new Set());
      candidates = [...inWindow].map((id) => this.index.eventById.get(id)!);
    }
    const typeSet = types && new Set(types);
    const ofActors = actorIds === undefined ? null : this.idsOfAll(actorIds);
    const hiddenSets = hiddenSetNumbers(this.countrySets, hiddenCountries ?? []);
    const matching = candidates.filter(
      (e) => (!typeSet || typeSet.has(e.type)) && (!ofActors || ofActors.has(e.id)) && !hiddenSets.has(this.countrySetOf.get(e.id)!),
    );
    return pageOf(matching.length, page, (i) => matching[i]);
  }

  async event(id: string): Promise<DatasetEvent | null> {
    return this.index.eventById.get(id) ?? null;
  }

  async eventCounts(actorIds: string[]): Promise<EventCounts> {
    const ids = this.idsOfAll(actorIds);
    return this.counted(this.dataset.events.filter((e) => ids.has(e.id)));
  }

  async edges(window: DaySpan | null): Promise<WindowEdge[]> {
    checkWindow(window);
    return windowEdges(this.index, window && intervalOf(window)).sort(compareWindowEdges);
  }

  async passagesOfActor(actorId: string, window: DaySpan | null, page: PageRequest): Promise<Page<PassageHit>> {
    let ranks = this.ranksByActor.get(actorId);
    if (!ranks) {
      ranks = this.order.ranksOf(this.index.passageIdsByActor.get(actorId) ?? []);
      this.ranksByActor.set(actorId, ranks);
    }
    return this.pageOfRanks(ranks, window, page);
  }

  async passagesOfPair(a: string, b: string, window: DaySpan | null, page: PageRequest): Promise<Page<PassageHit>> {
    const key = edgeKey(a, b);
    const edge = a === b ? undefined : this.index.edgeByKey.get(key);
    if (!edge) return this.pageOfRanks(NO_RANKS, window, page);
    let ranks = this.ranksByPair.get(key);
    if (!ranks) {
      ranks = this.order.ranksOf(edge.passageIds);
      this.ranksByPair.set(key, ranks);
    }
    return this.pageOfRanks(ranks, window, page);
  }

  async passages(ids: string[]): Promise<PassageHit[]> {
    const hits: PassageHit[] = [];
    for (const id of new Set(ids)) {
      const passage = this.index.passageById.get(id);
      if (passage) hits.push(this.hitOf(passage));
    }
    return hits;
  }

  async document(id: string): Promise<DatasetDocument | null> {
    return this.index.documentById.get(id) ?? null;
  }

  async searchPassages(text: string, page: PageRequest): Promise<Page<PassageHit>> {
    checkPage(page);
    // Built on the first search, not when the dataset opens: the first render does not need it.
    this.search ??= new PassageSearch(this.order);
    return this.pageOfRanks(this.search.matchingRanks(text), null, page);
  }

  /** The ids of the events every one of `actorIds` takes part in. */
  private idsOfAll(actorIds: string[]): Set<string> {
    const [first, ...others] = actorIds.map((a) => new Set(this.index.eventIdsByActor.get(a)));
    return new Set([...(first ?? [])].filter((id) => others.every((ids) => ids.has(id))));
  }

  private counted(events: DatasetEvent[]): EventCounts {
    const counter = new EventCounter();
    for (const e of events) counter.add(e.type, this.countrySetOf.get(e.id)!, e.date?.start ?? null);
    return counter.counts();
  }

  private pageOfRanks(ranks: Int32Array, window: DaySpan | null, page: PageRequest): Page<PassageHit> {
    checkWindow(window);
    checkPage(page);
    let listed = ranks;
    if (window) {
      const inWindow = this.passagesIn(window.from, window.to);
      listed = ranks.filter((rank) => inWindow.has(this.order.at(rank).id));
    }
    return pageOf(listed.length, page, (i) => this.hitOf(this.order.at(listed[i])));
  }

  private hitOf(passage: Passage): PassageHit {
    let head = this.heads.get(passage.documentId);
    if (!head) {
      head = headOf(this.index.documentById.get(passage.documentId)!);
      this.heads.set(passage.documentId, head);
    }
    const mentions = [...(this.index.mentionsByPassage.get(passage.id) ?? [])].sort(compareMentions);
    return { passage, document: head, mentions };
  }
}
