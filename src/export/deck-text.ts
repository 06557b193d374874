// The words of the slide deck, as plain strings in their logical order: counted words through i18next's plural
// rules, names, dates and titles embedded (bidi-text.ts) so that a presentation program lays each line out in order and
// a wrapped name keeps its brackets together.
import type { Citation } from '../briefing/citations';
import type { UiLanguage } from '../store/view-state';
import { formatDate } from '../views/briefing/describe-view';
import { exportStrings } from './describe-view';
import { embedded } from './bidi-text';

export interface DatasetCounts {
  documents: number;
  actors: number;
  events: number;
}

/** "5 articles · 16 actors · 23 events", «5 مقالات · 16 فاعلًا · 23 حدثًا». */
export function datasetFacts({ documents, actors, events }: DatasetCounts, lang: UiLanguage): string {
  const t = exportStrings(lang);
  return [t('deckFile.articles', { count: documents }), t('deckFile.actors', { count: actors }), t('deckFile.events', { count: events })].join(' · ');
}

/** A line of the title slide's contents: "2. <title>". */
export function contentsLine(n: number, title: string, lang: UiLanguage): string {
  return `${n}. ${embedded(title, lang)}`;
}

/** A source line in two parts: its number, then outlet, date and title. (The outlet is not the link: LibreOffice
 *  draws a link of mixed scripts over itself; the address after the line is the link.) */
export interface CitationLine {
  number: string;
  text: string;
}

export function citationLine(c: Citation, lang: UiLanguage): CitationLine {
  const t = exportStrings(lang);
  const date = c.published ? formatDate(c.published, lang) : t('sheet.undated');
  const parts = [c.outlet ?? t('sheet.unknownOutlet'), date, ...(c.title ? [c.title] : [])];
  return { number: `[${c.n}] `, text: parts.map((p) => embedded(p, lang)).join(' · ') };
}
