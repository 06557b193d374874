// The store's data, apart from its actions: reset() returns to exactly this.
import type { Correction } from '../schema/corrections';
import type { Dataset, EventType, DatasetProblem } from '../schema/dataset';
import type { EditTarget } from './corrections';
import type { DatasetIndex } from './dataset-index';
import type { FolderData } from './folder-data';
import type { EventCounts, PassageHit } from '../dataset-source/dataset-source';
import type { WindowScope } from './select-window';
import type { Notice } from './notices';
import type { Selection } from './selection';
import type { Interval } from './time';
import type { Theme, UiLanguage } from './view-state';

export type LoadStatus = 'loading' | 'ready' | 'error';
/** 'actors' is a tab only where the screen is too narrow for the actor list's own column. */
export type PanelTab = 'actors' | 'selection' | 'sources' | 'corrections';
export type NameLanguage = 'en' | 'ar';
export type FocusDepth = 0 | 1 | 2;

/** Why the dataset could not be loaded: a readable message, and the problem it names when it is a dataset's. */
export interface LoadError {
  message: string;
  problem?: DatasetProblem;
}

export interface AppData {
  status: LoadStatus;
  /** What is wrong with the dataset, when status is 'error'. */
  error: LoadError | null;
  /** What the pipeline found (the file loaded, or the articles analysed), before the analyst's corrections. */
  extracted: Dataset | null;
  /** The dataset shown: `extracted` with `corrections` applied. */
  dataset: Dataset | null;
  index: DatasetIndex | null;
  /** A dataset folder read on demand (null for a dataset held whole): `dataset` is then what has been read of it. */
  folder: FolderData | null;
  /** A folder's scope for the time window, as its source answered it (null: not asked yet, or no window). */
  folderScope: WindowScope | null;
  /** A folder's count of the selected actor's or pair's events (its source's eventCounts), for the selection of `key`
   *  (countsKey): the last one answered, which a selection of another key does not read. */
  folderSelectionCounts: { key: string; counts: EventCounts } | null;
  /** A folder's passage pages the panel asked for (one more each time it asks for more). */
  passagePagesWanted: number;
  /** The undated strip's ask for more of a folder's undated events: more than the `listed` it listed then, for the
   *  question of `key` (UndatedQuestion: the filters it was made under; under others it goes unanswered). */
  undatedWanted: { key: string; listed: number } | null;
  /** The header's passage search in a folder: what was asked, and its source's answer (null until it comes). */
  folderSearch: { query: string; hits: PassageHit[] | null } | null;
  /** The analyst's corrections, oldest first (kept in IndexedDB: corrections-persistence.ts). */
  corrections: Correction[];
  /** The name corrections are signed with (optional). */
  correctionAuthor: string;
  /** The edit dialog open, if any. */
  editing: EditTarget | null;
  selection: Selection | null;
  /** 0 = show everything (highlight the neighbourhood); 1 or 2 = show only actors this many hops away. */
  focusDepth: FocusDepth;
  /** The timeline's visible range; null until the timeline reports it. */
  timeWindow: Interval | null;
  /** When on, the graph and the panel show only what falls in timeWindow. */
  windowFilter: boolean;
  hiddenEventTypes: EventType[];
  hiddenCountries: string[];
  /** When on, a dense graph draws every edge, not only the strongest (see LINK_LIMIT in strongest-links.ts). */
  allLinks: boolean;
  /** The article open in the reader, and the passage to scroll to. */
  reader: { documentId: string; passageId: string | null } | null;
  panelTab: PanelTab;
  nameLanguage: NameLanguage;
  /** The interface's language; Arabic mirrors the layout right-to-left. */
  uiLanguage: UiLanguage;
  theme: Theme;
  /** Toasts on screen, oldest first. */
  notices: Notice[];
}

export function getInitialState(): AppData {
  return {
    status: 'loading',
    error: null,
    extracted: null,
    dataset: null,
    index: null,
    folder: null,
    folderScope: null,
    folderSelectionCounts: null,
    passagePagesWanted: 1,
    undatedWanted: null,
    folderSearch: null,
    corrections: [],
    correctionAuthor: '',
    editing: null,
    selection: null,
    focusDepth: 0,
    timeWindow: null,
    windowFilter: true,
    hiddenEventTypes: [],
    hiddenCountries: [],
    allLinks: false,
    reader: null,
    panelTab: 'selection',
    nameLanguage: 'en',
    uiLanguage: 'en',
    theme: 'light',
    notices: [],
  };
}
