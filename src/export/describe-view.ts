// The words that head an exported view: what it is about and the period it covers, in the view's language
// (an export follows its view's language, not the screen's).
import type { TFunction } from 'i18next';
import i18next from '../i18n/i18n';
import type { DatasetIndex } from '../store/dataset-index';
import type { AppData } from '../store/initial-state';
import { selectGraphModel } from '../store/select-graph';
import type { Interval } from '../store/time';
import type { UiLanguage, ViewState } from '../store/view-state';
import { describeSelection, formatDate, formatWindow } from '../views/briefing/describe-view';

export function exportStrings(lang: UiLanguage): TFunction<'export'> {
  return i18next.getFixedT(lang, 'export');
}

/** What the view is about: the selected actor, pair or event, else the whole dataset. */
export function viewSubject(index: DatasetIndex, view: ViewState): string {
  return describeSelection(index, view.selection, view.nameLanguage) ?? exportStrings(view.uiLanguage)('sheet.wholeDataset');
}

/** The period the view shows, or "all dates" without a window. */
export function viewPeriod(window: Interval | null, lang: UiLanguage): string {
  return window ? formatWindow(window, lang) : exportStrings(lang)('sheet.allDates');
}

/** On a dense graph drawn in part, how many of its links the picture shows (else null): a picture without it
 *  would pass for the whole network. */
export function linkNote(state: AppData, lang: UiLanguage): string | null {
  const model = selectGraphModel(state);
  if (!model || model.edges.size >= model.totalEdges) return null;
  return exportStrings(lang)('sheet.linksSome', { shown: model.edges.size, total: model.totalEdges });
}

/** "Exported on <today>". */
export function exportedOn(lang: UiLanguage): string {
  return exportStrings(lang)('sheet.exported', { date: formatDate(Date.now(), lang) });
}
