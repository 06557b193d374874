// Merged candidates → the dataset's events: stable ids, bilingual titles, chronological order.
import type { Actor, DatasetEvent } from '../../schema/dataset';
import { hashId } from '../hash-id';
import placesJson from '../lexicon/places.json';
import { EVENT_LABELS } from './event-lexicon';
import type { EventCandidate } from './extract-events';

const PLACE_AR = new Map(placesJson.places.map((p) => [p.en, p.ar[0]]));

export function toDatasetEvents(candidates: EventCandidate[], actors: Actor[]): DatasetEvent[] {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const events = candidates.map((c): DatasetEvent => {
    const type = c.type === 'talks' ? 'meeting' : c.type;
    const key = [type, [...c.participants].sort().join(','), c.date?.start ?? '', c.passageIds[0]].join('|');
    return {
      id: hashId('ev', key),
      type,
      title: titleOf(type, c, byId),
      participants: c.participants,
      ...(c.via ? { participantVia: c.via } : {}),
      date: c.date,
      ...(c.dateReadings ? { dateReadings: c.dateReadings } : {}),
      location: c.location,
      planned: c.planned,
      passageIds: c.passageIds,
      documentIds: c.documentIds,
    };
  });
  return events.sort((a, b) => (a.date ? 0 : 1) - (b.date ? 0 : 1) || compareAscii(a.date?.start ?? '', b.date?.start ?? '') || compareAscii(a.id, b.id));
}

/**
 * Days (YYYY-MM-DD) and ids (ev-xxxxxxx) have one length and an ASCII alphabet, so comparing code units orders
 * them as localeCompare does, without its collation cost (tens of thousands of calls on a large corpus).
 */
const compareAscii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function titleOf(type: string, c: EventCandidate, actors: Map<string, Actor>): { en: string; ar: string } {
  const label = EVENT_LABELS.get(type) ?? { en: type, ar: type };
  const names = (lang: 'en' | 'ar') => c.participants.map((id) => actors.get(id)?.shortName[lang] ?? id).join(' – ');
  const where = (lang: 'en' | 'ar') => (c.location ? (lang === 'en' ? ` in ${c.location}` : ` في ${PLACE_AR.get(c.location) ?? c.location}`) : '');
  const planned = { en: c.planned ? 'Planned ' : '', ar: c.planned ? ' (مرتقب)' : '' };
  // With nobody named (a strike), the words of the source say what happened.
  const what = (lang: 'en' | 'ar') => (c.participants.length ? `: ${names(lang)}` : c.summary ? `: «${c.summary}»` : '');
  const en = `${planned.en}${planned.en ? label.en.toLowerCase() : label.en}${what('en')}${where('en')}`;
  const ar = `${label.ar}${planned.ar}${what('ar')}${where('ar')}`;
  return { en, ar };
}

