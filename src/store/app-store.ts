// The one store: data & actions. Views read it through selectors and send it intents; they never call each other.
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { applyCorrections } from '../pipeline/corrections/apply-corrections';
import type { Correction } from '../schema/corrections';
import type { Dataset, DatasetProblem, EventType } from '../schema/dataset';
import { followRedirect, followSelection, newCorrection, type CorrectionRequest, type EditTarget } from './corrections';
import { buildDatasetIndex, folderIndex, type DatasetIndex } from './dataset-index';
import { folderSpan, workingDataset, type FolderData } from './folder-data';
import { selectUndatedEvents, selectUndatedQuestion } from './select-timeline';
import type { WindowScope } from './select-window';
import { getInitialState, type AppData, type FocusDepth, type NameLanguage, type PanelTab } from './initial-state';
import { makeNotice, withNotice, type Notice, type NoticeRequest } from './notices';
import { sameSelection, type Selection } from './selection';
import type { Interval } from './time';
import type { Theme, UiLanguage, ViewState } from './view-state';

export interface AppActions {
  /**
   * Shows a dataset as the pipeline found it, with the analyst's corrections applied; `corrected` is that result
   * when already made (by the ingest worker) for the same corrections.
   */
  loadSucceeded: (extracted: Dataset, corrected?: Dataset) => void;
  /** Records a correction and shows its effect; returns its id. */
  correct: (request: CorrectionRequest) => string;
  /** Takes one correction back (the others stay). */
  undoCorrection: (id: string) => void;
  /** The whole list at once: restored from storage, imported from a file, or emptied. */
  replaceCorrections: (corrections: Correction[]) => void;
  setCorrectionAuthor: (name: string) => void;
  startEditing: (target: EditTarget) => void;
  stopEditing: () => void;
  /** Shows a dataset folder (read on demand through its source). */
  loadFolder: (folder: FolderData) => void;
  /** What a folder's source answered (passages, an article): shown with the view as it is. */
  folderAnswered: (folder: FolderData) => void;
  setFolderScope: (scope: WindowScope | null) => void;
  setFolderSelectionCounts: (counts: AppData['folderSelectionCounts']) => void;
  /** The passage panel asks for the next page of a folder's passages. */
  requestMorePassages: () => void;
  /** The undated strip asks for the next page of a folder's undated events (those the filters show). */
  requestMoreUndated: () => void;
  /** The header asks for passages with these words: where the app holds only the passages read so far, its source
   *  is asked (its answer comes as folderSearch.hits); otherwise the index has them all (search-index.ts). */
  searchPassages: (query: string) => void;
  loadFailed: (message: string, problem?: DatasetProblem) => void;
  selectActor: (id: string) => void;
  selectEdge: (source: string, target: string) => void;
  selectEvent: (id: string) => void;
  /** Escape: drop the selection and close the reader. */
  clearSelection: () => void;
  openDocument: (documentId: string, passageId?: string | null) => void;
  closeDocument: () => void;
  setPanelTab: (tab: PanelTab) => void;
  setFocusDepth: (depth: FocusDepth) => void;
  setTimeWindow: (window: Interval) => void;
  setWindowFilter: (on: boolean) => void;
  toggleEventType: (type: EventType) => void;
  toggleCountry: (country: string) => void;
  clearFilters: () => void;
  setAllLinks: (on: boolean) => void;
  setNameLanguage: (lang: NameLanguage) => void;
  /** Switching the interface's language shows the actors' names in it too (they can be switched back apart). */
  setUiLanguage: (lang: UiLanguage) => void;
  setTheme: (theme: Theme) => void;
  /** Shows a view (from the URL, a slide…). Ids the dataset does not know are dropped; returns what was dropped. */
  applyView: (view: ViewState) => string[];
  /** Shows a short message over the page (a toast); returns its id. */
  notify: (notice: NoticeRequest) => number;
  /** Takes away a notice by its id, or every notice of a key (an export's progress it no longer needs). */
  dismissNotice: (which: number | string) => void;
  reset: () => void;
}

export type AppState = AppData & AppActions;

/** Windows closer than this are the same window (vis-timeline reports fractional milliseconds). */
const WINDOW_TOLERANCE_MS = 1;

function toggled<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** What survives loading another dataset: the user's own settings, not the dataset's view. */
function preferences(s: AppData): Pick<AppData, 'nameLanguage' | 'uiLanguage' | 'theme' | 'notices' | 'corrections' | 'correctionAuthor'> {
  return { nameLanguage: s.nameLanguage, uiLanguage: s.uiLanguage, theme: s.theme, notices: s.notices, corrections: s.corrections, correctionAuthor: s.correctionAuthor };
}

/** `corrected` was made from the same corrections as `list` (the ingest worker applied them). */
function madeWith(corrected: Dataset | undefined, list: Correction[]): corrected is Dataset {
  const applied = corrected?.corrections?.corrections ?? [];
  return corrected !== undefined && applied.length === list.length && applied.every((c, i) => c.id === list[i].id);
}

/** The analyst's list with the corrections a dataset file came with (already applied to it) first. */
function withCarried(extracted: Dataset, list: Correction[]): Correction[] {
  const carried = extracted.corrections?.corrections ?? [];
  const mine = new Set(list.map((c) => c.id));
  return [...carried.filter((c) => !mine.has(c.id)), ...list];
}

/** A folder's dataset and its index, which spans the whole folder (not only what has been read). */
function folderView(folder: FolderData): { dataset: Dataset; index: DatasetIndex } {
  const dataset = workingDataset(folder);
  return { dataset, index: folderIndex(dataset, folderSpan(folder)) };
}

export const useAppStore = create<AppState>()(
  subscribeWithSelector((set, get) => {
    /** The extraction with `corrections` applied, shown with the view as it was (a merged selection follows). */
    const showCorrected = (corrections: Correction[]) => {
      const { extracted, selection, reader } = get();
      if (!extracted) return set({ corrections });
      // A correction the dataset file came with cannot be taken back from that file alone: the ingest
      // re-analyses its documents (ingest-store.ts) and loads the extraction again.
      const dataset = applyCorrections(extracted, corrections);
      const index = buildDatasetIndex(dataset);
      const has = { actor: (id: string) => index.actorById.has(id), event: (id: string) => index.eventById.has(id) };
      const followed = followSelection(selection, dataset, has);
      set({
        corrections,
        dataset,
        index,
        selection: followed,
        reader: reader && index.documentById.has(reader.documentId) ? reader : null,
      });
    };
    const select = (selection: Selection) => {
      const s = get();
      if (sameSelection(s.selection, selection) && !s.reader && s.panelTab === 'selection') return;
      set({ selection, reader: null, panelTab: 'selection', passagePagesWanted: 1 });
    };
    return {
      ...getInitialState(),
      loadSucceeded: (extracted, corrected) => {
        const kept = preferences(get());
        const corrections = withCarried(extracted, kept.corrections);
        const dataset = madeWith(corrected, corrections) ? corrected : applyCorrections(extracted, corrections);
        set({ ...getInitialState(), status: 'ready', ...kept, corrections, extracted, dataset, index: buildDatasetIndex(dataset) });
      },
      loadFolder: (folder) => {
        const kept = preferences(get());
        const { dataset, index } = folderView(folder);
        set({ ...getInitialState(), status: 'ready', ...kept, folder, extracted: dataset, dataset, index });
      },
      folderAnswered: (folder) => {
        if (!get().folder) return;
        const { dataset, index } = folderView(folder);
        const reader = get().reader;
        set({ folder, extracted: dataset, dataset, index, reader: reader && index.documentById.has(reader.documentId) ? reader : null });
      },
      setFolderScope: (folderScope) => set({ folderScope }),
      setFolderSelectionCounts: (folderSelectionCounts) => set({ folderSelectionCounts }),
      requestMorePassages: () => set({ passagePagesWanted: get().passagePagesWanted + 1 }),
      requestMoreUndated: () => {
        const question = selectUndatedQuestion(get());
        if (question) set({ undatedWanted: { key: question.key, listed: selectUndatedEvents(get()).length } });
      },
      searchPassages: (query) => {
        if (get().folder && get().folderSearch?.query !== query) set({ folderSearch: { query, hits: null } });
      },
      loadFailed: (message, problem) => set({ ...getInitialState(), status: 'error', error: { message, problem }, ...preferences(get()) }),
      selectActor: (id) => {
        if (get().index?.actorById.has(id)) select({ kind: 'actor', id });
      },
      selectEdge: (source, target) => {
        if (source !== target) select({ kind: 'edge', source, target });
      },
      selectEvent: (id) => {
        if (get().index?.eventById.has(id)) select({ kind: 'event', id });
      },
      clearSelection: () => {
        if (get().selection || get().reader) set({ selection: null, reader: null });
      },
      openDocument: (documentId, passageId = null) => {
        const r = get().reader;
        if (r?.documentId === documentId && r.passageId === passageId) return;
        set({ reader: { documentId, passageId } });
      },
      closeDocument: () => {
        if (get().reader) set({ reader: null });
      },
      setPanelTab: (panelTab) => {
        if (get().panelTab !== panelTab) set({ panelTab, reader: null });
      },
      setFocusDepth: (focusDepth) => {
        if (get().focusDepth !== focusDepth) set({ focusDepth });
      },
      setTimeWindow: (w) => {
        const c = get().timeWindow;
        if (!(w.end > w.start)) return;
        if (c && Math.abs(c.start - w.start) < WINDOW_TOLERANCE_MS && Math.abs(c.end - w.end) < WINDOW_TOLERANCE_MS) return;
        set({ timeWindow: { start: w.start, end: w.end } });
      },
      setWindowFilter: (windowFilter) => {
        if (get().windowFilter !== windowFilter) set({ windowFilter });
      },
      toggleEventType: (type) => set({ hiddenEventTypes: toggled(get().hiddenEventTypes, type) }),
      toggleCountry: (country) => set({ hiddenCountries: toggled(get().hiddenCountries, country) }),
      clearFilters: () => set({ hiddenEventTypes: [], hiddenCountries: [] }),
      setAllLinks: (allLinks) => {
        if (get().allLinks !== allLinks) set({ allLinks });
      },
      setNameLanguage: (nameLanguage) => {
        if (get().nameLanguage !== nameLanguage) set({ nameLanguage });
      },
      setUiLanguage: (uiLanguage) => {
        if (get().uiLanguage !== uiLanguage) set({ uiLanguage, nameLanguage: uiLanguage });
      },
      setTheme: (theme) => {
        if (get().theme !== theme) set({ theme });
      },
      applyView: (view) => {
        const { index, dataset } = get();
        const dropped: string[] = [];
        // An id a correction merged away names the one it was merged into (links and slides made before the merge).
        const actor = (id: string) => (dataset ? followRedirect(dataset, 'actors', id) : id);
        const known = (id: string) => {
          if (index?.actorById.has(id)) return true;
          dropped.push(id);
          return false;
        };
        let selection = view.selection;
        if (selection?.kind === 'actor') selection = known(actor(selection.id)) ? { kind: 'actor', id: actor(selection.id) } : null;
        if (selection?.kind === 'edge') {
          const [source, target] = [actor(selection.source), actor(selection.target)];
          selection = known(source) && known(target) && source !== target ? { kind: 'edge', source, target } : null;
        }
        if (selection?.kind === 'event') {
          const id = dataset ? followRedirect(dataset, 'events', selection.id) : selection.id;
          if (index?.eventById.has(id)) selection = { kind: 'event', id };
          else {
            dropped.push(selection.id);
            selection = null;
          }
        }
        const w = view.timeWindow;
        set({
          ...view,
          timeWindow: w && w.end > w.start ? { ...w } : get().timeWindow,
          selection,
          hiddenEventTypes: [...view.hiddenEventTypes],
          hiddenCountries: [...view.hiddenCountries],
          reader: null,
          panelTab: 'selection',
        });
        return dropped;
      },
      notify: (request) => {
        const notice = makeNotice(request);
        set({ notices: withNotice(get().notices, notice) });
        return notice.id;
      },
      dismissNotice: (which) => {
        const gone = (n: Notice) => (typeof which === 'number' ? n.id === which : n.key === which);
        if (get().notices.some(gone)) set({ notices: get().notices.filter((n) => !gone(n)) });
      },
      correct: (request) => {
        const correction = newCorrection(request, get().correctionAuthor);
        showCorrected([...get().corrections, correction]);
        return correction.id;
      },
      undoCorrection: (id) => {
        if (get().corrections.some((c) => c.id === id)) showCorrected(get().corrections.filter((c) => c.id !== id));
      },
      replaceCorrections: (corrections) => showCorrected(corrections),
      setCorrectionAuthor: (correctionAuthor) => set({ correctionAuthor }),
      startEditing: (editing) => set({ editing }),
      stopEditing: () => {
        if (get().editing) set({ editing: null });
      },
      reset: () => set(getInitialState()),
    };
  }),
);
