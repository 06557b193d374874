// A dataset's events taken up again by the cross-article merger when articles are appended to it: the new
// articles' reports join them as they would have in a build of the whole corpus (the appended articles coming last).
import type { Actor, DatasetEvent } from '../../schema/dataset';
import { newCandidate, type EventCandidate } from './extract-events';
import type { CrossDocumentMerger } from './merge-events';
import { sortEvents, toDatasetEvent } from './to-dataset-events';

export class EarlierEvents {
  private readonly records = new WeakMap<EventCandidate, DatasetEvent>();

  /**
   * Hands `events` to `merger`, in the order their first reports came in the corpus (the merger tries them in
   * that order): by where their first passage stands in `passageOrder`, the dataset's passages in corpus order.
   */
  constructor(merger: CrossDocumentMerger, events: DatasetEvent[], passageOrder: { id: string }[]) {
    const at = new Map(passageOrder.map((p, i) => [p.id, i]));
    const first = (e: DatasetEvent) => at.get(e.passageIds[0]) ?? Infinity;
    for (const e of [...events].sort((a, b) => first(a) - first(b))) {
      const candidate = candidateOf(e);
      this.records.set(candidate, e);
      merger.keep(candidate);
    }
  }

  /**
   * The merger's events as the dataset's: an earlier event no report joined stays the record it was; one that was
   * joined is made again, keeping what the extraction cannot make again: the title of an event that names nobody
   * (made from the source's words, which the dataset does not keep) and the id, title and corrections of an event
   * the analyst's corrections changed.
   */
  toDatasetEvents(candidates: EventCandidate[], actors: Actor[]): DatasetEvent[] {
    const byId = new Map(actors.map((a) => [a.id, a]));
    return sortEvents(
      candidates.map((c) => {
        const earlier = this.records.get(c);
        if (!earlier) return toDatasetEvent(c, byId);
        // A report joining an event brings passages of its own: the passages tell whether any joined.
        if (c.passageIds.length === earlier.passageIds.length) return earlier;
        const made = toDatasetEvent(c, byId);
        if (earlier.corrections) return { ...made, id: earlier.id, title: earlier.title, corrections: earlier.corrections };
        return c.participants.length === 0 ? { ...made, title: earlier.title } : made;
      }),
    );
  }
}

/** An event as a merged report: copies of its lists, which merging extends. */
function candidateOf(e: DatasetEvent): EventCandidate {
  return newCandidate({
    type: e.type,
    participants: [...e.participants],
    date: e.date,
    location: e.location,
    planned: e.planned,
    via: e.participantVia && { ...e.participantVia },
    // Only the clauses of one article say whether it happened earlier: merged across articles, it no longer matters.
    earlier: false,
    dateReadings: e.dateReadings?.map((r) => ({ date: r.date, passageIds: [...r.passageIds] })),
    passageIds: [...e.passageIds],
    documentIds: [...e.documentIds],
  });
}
