// What each item of the Export menu does. Every picture and slide carries the numbered sources of what it shows.
import { useSlidesStore, type Slide } from '../briefing/slides-store';
import { useAppStore } from '../store/app-store';
import { captureView } from '../store/view-state';
import { fillBriefingTemplate, fetchBriefingTemplate } from './briefing-file';
import { captureCurrentView, currentView, ExportError, sheetHeading, type ViewCapture } from './capture-view';
import { exportStrings, viewSubject } from './describe-view';
import { downloadBlob } from '../views/shared/download';
import { isBriefingFile } from './embedded-briefing';
import { datedFileName } from './file-names';
import { graphSvg } from './graph-svg';
import { sheetPicture, type Picture } from './render-sheet';
import { buildDeck, type DeckSlide } from './slide-deck';

/** What the menu tells the user when an export is done. */
export type ExportReport = string;

const strings = () => exportStrings(useAppStore.getState().uiLanguage);

async function downloadPicture(picture: Picture, stem: string): Promise<ExportReport> {
  const file = datedFileName(stem, 'png');
  downloadBlob(await (await fetch(picture.dataUrl)).blob(), file);
  return strings()('downloaded', { file });
}

/** The view with its title and sources; the timeline is in it when it was captured. */
function headedSheet(capture: ViewCapture): Promise<Picture> {
  return sheetPicture({
    lang: capture.view.uiLanguage,
    theme: capture.view.theme,
    heading: sheetHeading(capture),
    timeline: capture.timeline,
    graph: capture.graph,
    linkNote: capture.linkNote,
    citations: capture.citations,
  });
}

export async function exportGraphPng(): Promise<ExportReport> {
  return downloadPicture(await headedSheet(await captureCurrentView(false)), 'actors-graph');
}

export async function exportGraphSvg(): Promise<ExportReport> {
  const { cy, citations, view, linkNote } = currentView();
  const file = datedFileName('actors-graph', 'svg');
  downloadBlob(new Blob([graphSvg(cy, citations, view.uiLanguage, linkNote)], { type: 'image/svg+xml' }), file);
  return strings()('downloaded', { file });
}

export async function exportViewPng(): Promise<ExportReport> {
  return downloadPicture(await headedSheet(await captureCurrentView(true)), 'actors-events-view');
}

async function deckSlide(capture: ViewCapture, title: string, caption: string): Promise<DeckSlide> {
  const picture = await sheetPicture({
    lang: capture.view.uiLanguage,
    theme: capture.view.theme,
    heading: null,
    timeline: capture.timeline,
    graph: capture.graph,
    linkNote: capture.linkNote,
    citations: null,
  });
  return { title, caption, lang: capture.view.uiLanguage, picture, citations: capture.citations };
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
    const capture = await captureCurrentView(true);
    slides.push(await deckSlide(capture, viewSubject(capture.index, capture.view), ''));
  } else {
    try {
      for (const [i, s] of saved.entries()) {
        onProgress(i + 1, saved.length);
        useAppStore.getState().applyView(s.view);
        const capture = await captureCurrentView(true);
        slides.push(await deckSlide(capture, s.title || viewSubject(capture.index, capture.view), s.caption));
      }
    } finally {
      useAppStore.getState().applyView(userView);
    }
  }
  const file = datedFileName('briefing-slides', 'pptx');
  downloadBlob(await buildDeck(dataset, slides, userView.uiLanguage), file);
  return strings()(saved.length ? 'downloaded' : 'deckCurrentOnly', { file });
}

export async function exportBriefingFile(): Promise<ExportReport> {
  const t = strings();
  const dataset = useAppStore.getState().dataset;
  if (!dataset) throw new ExportError(t('noGraph'));
  if (isBriefingFile()) throw new ExportError(t('inBriefing'));
  const template = await fetchBriefingTemplate();
  if (!template) throw new ExportError(t('noTemplate'));
  const html = fillBriefingTemplate(template, dataset, useSlidesStore.getState().slides);
  const file = datedFileName('briefing', 'html');
  downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), file);
  return t('downloaded', { file });
}
