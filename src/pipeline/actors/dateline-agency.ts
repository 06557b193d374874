// «الجزائر - واج:», «جدة - «واس»:», "RIYADH (SPA) -": a national news agency credited in the dateline is the country
// the article is told from. Its bare titles are that country's office-holders' («رئيس الجمهورية» in an APS report on
// a Tunisian president's visit is Algeria's), whoever the report names first, and wherever the dateline is (an SPA
// report from New York keeps «وزير الخارجية» Saudi).
import agenciesJson from '../lexicon/news-agencies.json';
import placesJson from '../lexicon/places.json';
import { normalizeArabic } from '../normalize/normalize-arabic';

/** How far into an article its dateline's credit may end. */
const DATELINE_REACH = 80;

/** Arabic names as normalised; English ones as written (upper-case acronyms: "SPA", not a spa). */
const AGENCY_COUNTRY = new Map(agenciesJson.agencies.flatMap((a) => [...a.ar.map((n) => [normalizeArabic(n), a.country] as const), ...a.en.map((n) => [n, a.country] as const)]));
const alternatives = (names: string[]) => names.map((n) => n.replace(/[.]/g, '\\.')).join('|');
const AGENCY_AR = new RegExp(`(?<![\\p{L}.])(${alternatives(agenciesJson.agencies.flatMap((a) => a.ar.map(normalizeArabic)))})(?![\\p{L}.])`, 'u');
const AGENCY_EN = new RegExp(`(?<![\\p{L}.])(${alternatives(agenciesJson.agencies.flatMap((a) => a.en))})(?![\\p{L}.])`, 'u');

/** The country of the national agency the article's dateline credits, or null. */
export function datelineAgencyCountry(text: string): string | null {
  const head = text.slice(0, DATELINE_REACH);
  // The dateline ends at its colon or at the line's end; a credit in English stands in parentheses or after a dash.
  const end = head.search(/[:\n]/);
  const dateline = end < 0 ? head : head.slice(0, end);
  const found = AGENCY_EN.exec(dateline) ?? AGENCY_AR.exec(normalizeArabic(dateline));
  return found ? (AGENCY_COUNTRY.get(found[1]) ?? null) : null;
}

/** Place names as normalised (Arabic) or in lower case (English) → their country. */
const PLACE_COUNTRY = new Map(placesJson.places.flatMap((p) => [[p.en.toLowerCase(), p.country] as const, ...p.ar.map((n) => [normalizeArabic(n), p.country] as const)]));
/** "WASHINGTON (AP) —", "SEOUL, Oct. 3", «الرياض -», «الدوحة/ الأناضول»: the place a dateline opens with, up to three words. */
const DATELINE_PLACE = /^\s*([\p{L}'’.]+(?:[ \t]+[\p{L}'’.]+){0,2}?)[ \t]*(?:[,،(/–—-]|\s+في\s)/u;

/** The country of the place the article's dateline opens with (a city the lexicon knows), or null. */
export function datelinePlaceCountry(text: string): string | null {
  const found = DATELINE_PLACE.exec(text.slice(0, DATELINE_REACH));
  if (!found) return null;
  const place = found[1];
  // (In English a dateline's place is in capitals: "DOHA", not "Doha officials said".)
  if (/[a-z]/i.test(place) && place !== place.toUpperCase()) return null;
  return PLACE_COUNTRY.get(/[a-z]/i.test(place) ? place.toLowerCase() : normalizeArabic(place)) ?? null;
}
