// Merged candidates → the dataset's events: stable ids, bilingual titles, chronological order.
import type { Actor, DatasetEvent } from '../../schema/dataset';
import { hashId } from '../hash-id';
import { EVENT_LABELS } from './event-lexicon';
import { composeEventTitle, placeName } from './event-title';
import type { EventCandidate } from './extract-events';

export function toDatasetEvents(candidates: EventCandidate[], actors: Actor[]): DatasetEvent[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  return sortEvents(candidates.map((c) => toDatasetEvent(c, byId)));
}

export function toDatasetEvent(c: EventCandidate, actors: Map<string, Actor>): DatasetEvent {
  const type = c.type === 'talks' ? 'meeting' : c.type;
  const key = [type, [...c.participants].sort().join(','), c.date?.start ?? '', c.passageIds[0]].join('|');
  return {
    id: hashId('ev', key),
    type,
    title: eventTitle({ type, participants: c.participants, planned: c.planned, location: c.location, summary: c.summary }, actors),
    participants: c.participants,
    ...(c.via ? { participantVia: c.via } : {}),
    date: c.date,
    ...(c.dateReadings ? { dateReadings: c.dateReadings } : {}),
    location: c.location,
    planned: c.planned,
    passageIds: c.passageIds,
    documentIds: c.documentIds,
  };
}

/** Dated events first, by day, then by id: the dataset's order of events. */
export function sortEvents(events: DatasetEvent[]): DatasetEvent[] {
  return events.sort((a, b) => (a.date ? 0 : 1) - (b.date ? 0 : 1) || compareAscii(a.date?.start ?? '', b.date?.start ?? '') || compareAscii(a.id, b.id));
}

/**
 * Days (YYYY-MM-DD) and ids (ev-xxxxxxx) have one length and an ASCII alphabet, so comparing code units orders
 * them as localeCompare does, without its collation cost (tens of thousands of calls on a large corpus).
 */
const compareAscii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What an event's title is made of; `summary` (the source's words) stands in when nobody is named. */
export interface EventTitleSource {
  type: string;
  participants: string[];
  planned: boolean;
  location: string | null;
  summary?: string;
}

export function eventTitle(e: EventTitleSource, actors: Map<string, Actor>): { en: string; ar: string } {
  const label = EVENT_LABELS.get(e.type) ?? { en: e.type, ar: e.type };
  const title = (lang: 'en' | 'ar') =>
    composeEventTitle(
      {
        label: label[lang],
        planned: e.planned,
        names: e.participants.map((id) => actors.get(id)?.shortName[lang] ?? id),
        summary: e.summary,
        place: e.location && placeName(e.location, lang),
      },
      lang,
    );
  return { en: title('en'), ar: title('ar') };
}
