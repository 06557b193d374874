// Showing a saved view. The presenter's language, names and theme stay as they are: a slide carries what
// to show, the room decides how to read it (an English slide can be presented in Arabic).
import { useAppStore } from '../store/app-store';
import type { ViewState } from '../store/view-state';

/** Applies a slide's view; returns the ids the dataset no longer knows (dropped from the selection). */
export function showSlideView(view: ViewState): string[] {
  const s = useAppStore.getState();
  return s.applyView({ ...view, uiLanguage: s.uiLanguage, nameLanguage: s.nameLanguage, theme: s.theme });
}
