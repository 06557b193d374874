// What each item of the Export menu does. Every picture and slide carries the numbered sources of what it shows.
import { viewCorrections } from '../briefing/citations';
import { useSlidesStore, type Slide } from '../briefing/slides-store';
import { useAppStore } from '../store/app-store';
import { captureView, type ViewState } from '../store/view-state';
import type { DatasetSource } from '../dataset-source/dataset-source';
import { fillBriefingTemplate, fetchBriefingTemplate } from './briefing-file';
import { briefingDataset, BriefingReadError } from './briefing-dataset';
import type { Dataset } from '../schema/dataset';
import { captureCurrentView, currentView, ExportError, sheetHeading, type ViewCapture } from './capture-view';
import { exportStrings, viewSubject } from './describe-view';
import { downloadBlob } from '../views/shared/download';
import { isBriefingFile } from './embedded-briefing';
import { embedded } from './bidi-text';
import { isolate } from '../i18n/bidi';
import { datedFileName } from './file-names';
import { graphSvg } from './graph-svg';
import { sheetPicture, type Picture } from './render-sheet';
import { buildDeck, type DeckSlide } from './slide-deck';

/** What the menu tells the user when an export is done. */
export type ExportReport = string;

const strings = () => exportStrings(useAppStore.getState().uiLanguage);

/** "Downloaded <file>.", the file name isolated: in an Arabic sentence its digits and dots stay in place. */
const downloaded = (file: string, message: 'downloaded' | 'deckCurrentOnly' = 'downloaded'): ExportReport =>
  strings()(message, { file: isolate(file) });

async function downloadPicture(picture: Picture, stem: string): Promise<ExportReport> {
  const file = datedFileName(stem, 'png');
  downloadBlob(await (await fetch(picture.dataUrl)).blob(), file);
  return downloaded(file);
}

/** The view as a page with its title and sources; `timeline` puts the timeline above the graph. */
function headedSheet(capture: ViewCapture, timeline: boolean): Promise<Picture> {
  const { view, state, cy, linkNote, citations } = capture;
  const corrections = viewCorrections(capture.index, view);
  return sheetPicture(
    { format: 'page', lang: view.uiLanguage, theme: view.theme, heading: sheetHeading(capture), timeline, linkNote, citations, corrections },
    state,
    cy,
  );
}

export async function exportGraphPng(): Promise<ExportReport> {
  return downloadPicture(await headedSheet(await captureCurrentView(), false), 'actors-graph');
}

export async function exportGraphSvg(): Promise<ExportReport> {
  const { cy, citations, view, linkNote } = currentView();
  const file = datedFileName('actors-graph', 'svg');
  downloadBlob(new Blob([graphSvg(cy, citations, view.uiLanguage, linkNote)], { type: 'image/svg+xml' }), file);
  return downloaded(file);
}

export async function exportViewPng(): Promise<ExportReport> {
  return downloadPicture(await headedSheet(await captureCurrentView(), true), 'actors-events-view');
}

/** A view's slide: the picture alone, shaped for the slide's picture box; title, caption and sources are text. */
async function deckSlide(capture: ViewCapture, title: string, caption: string): Promise<DeckSlide> {
  const { view, state, cy, linkNote } = capture;
  const picture = await sheetPicture(
    { format: 'slide', lang: view.uiLanguage, theme: view.theme, heading: null, timeline: true, linkNote, citations: null },
    state,
    cy,
  );
  const corrections = viewCorrections(capture.index, view, (text) => embedded(text, view.uiLanguage));
  return { title, caption, lang: view.uiLanguage, picture, citations: capture.citations, corrections };
}

/**
 * One slide per saved view: each is shown in turn (the deck's pictures are what the screen shows), and the
 * user's own view comes back at the end, whatever happens. With no saved view, the current view alone.
 */
export async function exportDeck(onProgress: (n: number, total: number) => void): Promise<ExportReport> {
  const app = useAppStore.getState();
  const dataset = app.dataset;
  if (!dataset) throw new ExportError(strings()('noGraph'));
  const saved: Slide[] = useSlidesStore.getState().slides;
  const userView = captureView(app);
  const slides: DeckSlide[] = [];
  if (saved.length === 0) {
    const capture = await captureCurrentView();
    slides.push(await deckSlide(capture, viewSubject(capture.index, capture.view), ''));
  } else {
    try {
      for (const [i, s] of saved.entries()) {
        onProgress(i + 1, saved.length);
        useAppStore.getState().applyView(s.view);
        const capture = await captureCurrentView();
        slides.push(await deckSlide(capture, s.title || viewSubject(capture.index, capture.view), s.caption));
      }
    } finally {
      useAppStore.getState().applyView(userView);
    }
  }
  const file = datedFileName('briefing-slides', 'pptx');
  downloadBlob(await buildDeck(dataset, slides, userView.uiLanguage), file);
  return downloaded(file, saved.length ? 'downloaded' : 'deckCurrentOnly');
}

/** What a dataset folder's briefing file embeds for `views` (briefing-dataset.ts), the reading said as it goes. */
async function folderBriefingDataset(source: DatasetSource, views: ViewState[], report: (message: string) => void): Promise<Dataset> {
  const t = strings();
  try {
    return await briefingDataset(source, views, ({ stage, n, total }) => report(t(stage === 'view' ? 'briefingView' : 'briefingArticles', { n, total })));
  } catch (e) {
    if (!(e instanceof BriefingReadError)) throw e;
    throw new ExportError(t(`briefingReadFailed.${e.step.stage}`, { ...e.step, reason: e.reason }));
  }
}

/** The app with the data and the saved views: a dataset file's whole (it is small); of a dataset folder, what the
 *  saved views and the current view show. */
export async function exportBriefingFile(report: (message: string) => void): Promise<ExportReport> {
  const t = strings();
  const app = useAppStore.getState();
  const { dataset, folder, uiLanguage, nameLanguage, theme } = app;
  if (!dataset) throw new ExportError(t('noGraph'));
  if (isBriefingFile()) throw new ExportError(t('inBriefing'));
  const template = await fetchBriefingTemplate();
  if (!template) throw new ExportError(t('noTemplate'));
  const slides = useSlidesStore.getState().slides;
  const embedded = folder ? await folderBriefingDataset(folder.source, [...slides.map((s) => s.view), captureView(app)], report) : dataset;
  const html = fillBriefingTemplate(template, embedded, slides, { uiLanguage, nameLanguage, theme });
  const file = datedFileName('briefing', 'html');
  downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), file);
  return downloaded(file);
}
