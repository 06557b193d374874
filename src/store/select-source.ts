// What the views need to know of where the dataset comes from, asked as what it allows and how its answers come,
// never as which source it is: a dataset held whole (dataset.json, with the analyst's corrections and added
// articles) or a dataset folder read on demand. The views ask these; only the store knows the source.
import type { DaySeries, PassageHit } from '../dataset-source/dataset-source';
import { READING, type WindowEvents } from './folder-data';
import type { AppData } from './initial-state';

/** The analyst can correct what is shown and add articles to it (a folder is read, not edited: its corrections
 *  and articles are applied when it is built). */
export const selectEditable = (s: AppData): boolean => s.folder === null;

/** The answers to the views' questions come later than the questions (a source reads them): the views wait for
 *  them, and keep what they built on a base that stays the same as the answers come. */
export const selectAnswersLater = (s: AppData): boolean => s.folder !== null;

/** Every article of the corpus, not only those read so far. */
export const selectArticleTotal = (s: AppData): number => s.folder?.opened.summary.documents ?? s.dataset?.documents.length ?? 0;

/** The corpus's article count when the app holds only the articles read so far; null when it holds them all. */
export const selectArticlesBeyondHeld = (s: AppData): number | null => s.folder?.opened.summary.documents ?? null;

/** The corpus's dated events counted per start day, type and country set, when the app does not hold them all;
 *  null when the events held are all of them (the timeline counts those). */
export const selectEventCountSeries = (s: AppData): DaySeries[] | null => s.folder?.opened.eventCounts.series ?? null;

/** The events read for the timeline's window (null while none are, and when every event is held). */
export const selectWindowEvents = (s: AppData): WindowEvents | null => s.folder?.windowEvents ?? null;

/** The selection's passages are being read (its list is empty until they come). */
export const selectPassagesReading = (s: AppData): boolean => s.folder?.pages?.total === READING;

/** The window's links and weights are not known yet for the window shown (the window filter is on and its answer has
 *  not come). */
export const selectScopePending = (s: AppData): boolean => s.folder !== null && s.windowFilter && s.folderScope?.window !== s.timeWindow;

const NO_HITS: PassageHit[] = [];

/** The source's passages for the header's search of `query` (none until they come); null where the app holds every
 *  passage (the index searches them: search-index.ts). */
export const selectSourcePassageHits = (s: AppData, query: string): PassageHit[] | null =>
  s.folder === null ? null : s.folderSearch?.query === query ? (s.folderSearch.hits ?? NO_HITS) : NO_HITS;
