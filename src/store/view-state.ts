// A view: everything that makes what the user sees, apart from the data. The URL, a saved slide and
// presentation mode all carry one; the store captures it and applies it.
import type { EventType } from '../schema/dataset';
import type { AppData, FocusDepth, NameLanguage } from './initial-state';
import type { Selection } from './selection';
import type { Interval } from './time';

export type UiLanguage = 'en' | 'ar';
export type Theme = 'light' | 'dark';

export interface ViewState {
  timeWindow: Interval | null;
  selection: Selection | null;
  focusDepth: FocusDepth;
  windowFilter: boolean;
  hiddenEventTypes: EventType[];
  hiddenCountries: string[];
  uiLanguage: UiLanguage;
  nameLanguage: NameLanguage;
  theme: Theme;
}

/** Every part of a view (a record, so that a new part cannot be left out of it). */
const VIEW_PARTS: Record<keyof ViewState, true> = {
  timeWindow: true,
  selection: true,
  focusDepth: true,
  windowFilter: true,
  hiddenEventTypes: true,
  hiddenCountries: true,
  uiLanguage: true,
  nameLanguage: true,
  theme: true,
};
export const VIEW_KEYS = Object.keys(VIEW_PARTS) as (keyof ViewState)[];

/** Which parts of the view differ between two states of the store (compared by identity, as the store replaces them). */
export function changedViewParts(s: AppData, before: AppData): (keyof ViewState)[] {
  return VIEW_KEYS.filter((k) => s[k] !== before[k]);
}

export function captureView(s: AppData): ViewState {
  return {
    timeWindow: s.timeWindow ? { ...s.timeWindow } : null,
    selection: s.selection ? { ...s.selection } : null,
    focusDepth: s.focusDepth,
    windowFilter: s.windowFilter,
    hiddenEventTypes: [...s.hiddenEventTypes],
    hiddenCountries: [...s.hiddenCountries],
    uiLanguage: s.uiLanguage,
    nameLanguage: s.nameLanguage,
    theme: s.theme,
  };
}
