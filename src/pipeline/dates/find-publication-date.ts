// The publication day of an article: a leading `date YYYY-MM-DD` header line, or else the first full
// date (day, month and year, named in the text) within the first ~600 characters (a dateline:
// «10.03.2026», «الثلاثاء 10 مارس 2026», «موسكو - 10 مارس 2026 (رويترز)», "March 10, 2026").
import { parseIsoDay } from './calendar';
import { findDates, type FoundDate } from './find-dates';

export interface PublicationDate {
  date: string;
  basis: 'header' | 'dateline';
  /** Offset and length of the header (`date 2026-03-07`) or of the dateline's date expression. */
  index: number;
  length: number;
}

const HEADER = /^(\s*)(date[ \t]*:?[ \t]*([0-9]{4}-[0-9]{2}-[0-9]{2}))(?![0-9])/i;
const DATELINE_WINDOW = 600;
/** A little past the window, so that a date crossing its edge is not read cut in half. */
const SLICE_MARGIN = 40;
/** No dateline reaches this offset: a date found from here on is not the dateline. */
export const DATELINE_REACH = DATELINE_WINDOW + SLICE_MARGIN;

function isFullExplicitDay(date: FoundDate): boolean {
  return date.precision === 'day' && date.basis === 'explicit' && date.start === date.end && date.index < DATELINE_WINDOW;
}

export function findPublicationDate(text: string): PublicationDate | null {
  return findDateHeader(text) ?? findDateline(text);
}

/** A leading `date YYYY-MM-DD` line: cheap, read for every article (the body starts after it). */
export function findDateHeader(text: string): PublicationDate | null {
  const header = HEADER.exec(text);
  return header && parseIsoDay(header[3]) ? { date: header[3], basis: 'header', index: header[1].length, length: header[2].length } : null;
}

/** The first full date near the start: costly (the date engines run on the head of the text). */
export function findDateline(text: string): PublicationDate | null {
  const head = text.slice(0, DATELINE_REACH);
  // published = null: only dates whose year is written in the text survive.
  const candidates = [...findDates(head, 'ar', null), ...findDates(head, 'en', null)].filter(isFullExplicitDay);
  if (candidates.length === 0) return null;
  const first = candidates.reduce((a, b) => (b.index < a.index ? b : a));
  return { date: first.start, basis: 'dateline', index: first.index, length: first.text.length };
}
