// What an export of the view on screen needs: its state, the live graph and the numbered sources behind it.
import type { Core } from 'cytoscape';
import { citationsForView, type Citation } from '../briefing/citations';
import { useAppStore } from '../store/app-store';
import { folderQuiet } from '../store/folder-activity';
import type { DatasetIndex } from '../store/dataset-index';
import type { AppData } from '../store/initial-state';
import { captureView, type ViewState } from '../store/view-state';
import { graphInstance } from '../views/graph/graph-instance';
import type { SheetHeading } from '../views/export/view-sheet';
import { exportedOn, exportStrings, linkNote, viewPeriod, viewSubject } from './describe-view';

export interface ViewCapture {
  index: DatasetIndex;
  view: ViewState;
  /** The store when captured: the exported timeline is drawn from it. */
  state: AppData;
  /** The live graph, settled on the view: the exported graph is drawn from its shown elements. */
  cy: Core;
  citations: Citation[];
  /** How many links the graph picture shows, when not all (linkNote). */
  linkNote: string | null;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until a view just applied is drawn: the graph follows the store on a later frame on a dense graph. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 120));
}

export class ExportError extends Error {}

/** The view on screen, its live graph and its sources; throws while the graph is not drawn. */
export function currentView(): ViewCapture {
  const state = useAppStore.getState();
  const cy = graphInstance();
  if (!state.index || !cy) throw new ExportError(exportStrings(state.uiLanguage)('noGraph'));
  const view = captureView(state);
  return { index: state.index, view, state, cy, citations: citationsForView(state.index, view), linkNote: linkNote(state, view.uiLanguage) };
}

/** How long an export waits for a dataset folder's answers for the view before it takes what has been read. */
const FOLDER_ANSWERS_MS = 10_000;

/** The current view once the screen has followed it, and, on a dataset folder, once the folder has answered for it
 *  (the window's links, the selection's passages, the timeline's events: a slide just applied asks for them). */
export async function captureCurrentView(): Promise<ViewCapture> {
  await folderQuiet(FOLDER_ANSWERS_MS);
  await settle();
  return currentView();
}

/** The heading of an exported view: a slide's own title and caption, or what the view is about. */
export function sheetHeading(capture: ViewCapture, title?: string, caption = ''): SheetHeading {
  const lang = capture.view.uiLanguage;
  return {
    title: title || viewSubject(capture.index, capture.view),
    caption,
    period: viewPeriod(capture.view.windowFilter ? capture.view.timeWindow : null, lang),
    exported: exportedOn(lang),
  };
}
