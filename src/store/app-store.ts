// The one store: data & actions. Views read it through selectors and send it intents; they never call each other.
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import type { Dataset, DatasetProblem, EventType } from '../schema/dataset';
import { buildDatasetIndex } from './dataset-index';
import { getInitialState, type AppData, type FocusDepth, type NameLanguage, type PanelTab } from './initial-state';
import { makeNotice, withNotice, type Notice, type NoticeRequest } from './notices';
import { sameSelection, type Selection } from './selection';
import type { Interval } from './time';
import type { Theme, UiLanguage, ViewState } from './view-state';

export interface AppActions {
  loadSucceeded: (dataset: Dataset) => void;
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
function preferences(s: AppData): Pick<AppData, 'nameLanguage' | 'uiLanguage' | 'theme' | 'notices'> {
  return { nameLanguage: s.nameLanguage, uiLanguage: s.uiLanguage, theme: s.theme, notices: s.notices };
}

export const useAppStore = create<AppState>()(
  subscribeWithSelector((set, get) => {
    const select = (selection: Selection) => {
      const s = get();
      if (sameSelection(s.selection, selection) && !s.reader && s.panelTab === 'selection') return;
      set({ selection, reader: null, panelTab: 'selection' });
    };
    return {
      ...getInitialState(),
      loadSucceeded: (dataset) =>
        set({ ...getInitialState(), status: 'ready', dataset, index: buildDatasetIndex(dataset), ...preferences(get()) }),
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
        const index = get().index;
        const dropped: string[] = [];
        const known = (id: string) => {
          if (index?.actorById.has(id)) return true;
          dropped.push(id);
          return false;
        };
        let selection = view.selection;
        if (selection?.kind === 'actor' && !known(selection.id)) selection = null;
        if (selection?.kind === 'edge' && !(known(selection.source) && known(selection.target))) selection = null;
        if (selection?.kind === 'event' && !index?.eventById.has(selection.id)) {
          dropped.push(selection.id);
          selection = null;
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
      reset: () => set(getInitialState()),
    };
  }),
);
