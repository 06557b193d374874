// How an event's title reads in each language: «Phone call: Putin – Pezeshkian in Moscow», «اتصال هاتفي: بوتين –
// بزشكيان في موسكو». The pipeline stores titles made of one language's words and names; the app writes them again
// with the interface's words around the names' language (views/shared/format.ts), through this one template.
import placesJson from '../lexicon/places.json';

type Language = 'en' | 'ar';

export interface EventTitleParts {
  /** The event type's name in the title's language ('Phone call', «اتصال هاتفي»). */
  label: string;
  planned: boolean;
  /** The participants' names, as they are to appear. */
  names: readonly string[];
  /** With nobody named (a strike), the source's words say what happened. */
  summary?: string;
  /** The place, already in the title's language. */
  place: string | null;
}

export function composeEventTitle(p: EventTitleParts, lang: Language): string {
  const what = p.names.length ? `: ${p.names.join(' – ')}` : p.summary ? `: «${p.summary}»` : '';
  if (lang === 'en') return `${p.planned ? `Planned ${p.label.toLowerCase()}` : p.label}${what}${p.place ? ` in ${p.place}` : ''}`;
  return `${p.label}${p.planned ? ' (مرتقب)' : ''}${what}${p.place ? ` في ${p.place}` : ''}`;
}

const PLACE_AR = new Map(placesJson.places.map((p) => [p.en, p.ar[0]]));

/** A place of the lexicon (events store its English name) in the given language. */
export function placeName(place: string, lang: Language): string {
  return lang === 'ar' ? (PLACE_AR.get(place) ?? place) : place;
}
