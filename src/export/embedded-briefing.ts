// A briefing file carries its dataset and saved views inside the page, as JSON script elements (see
// briefing-file.ts). At start-up the app reads them instead of fetching: it opens from file:// with no network.
import { parseSlidesFile } from '../briefing/slides-file';
import { useSlidesStore } from '../briefing/slides-store';
import { DatasetError, parseDataset, type Dataset } from '../schema/dataset';

export const EMBEDDED_DATASET_ID = 'briefing-dataset';
export const EMBEDDED_SLIDES_ID = 'briefing-slides';

function embeddedText(id: string): string | null {
  return document.getElementById(id)?.textContent ?? null;
}

/** True when this page is a briefing file. */
export function isBriefingFile(): boolean {
  return embeddedText(EMBEDDED_DATASET_ID) !== null;
}

/**
 * In a briefing file: puts its saved views in the slides store and returns its dataset (a promise, rejected
 * with a DatasetError when the embedded data is damaged). Elsewhere: null, and the app fetches its dataset.
 */
export function loadEmbeddedBriefing(): Promise<Dataset> | null {
  const data = embeddedText(EMBEDDED_DATASET_ID);
  if (data === null) return null;
  return Promise.resolve().then(() => {
    const slides = embeddedText(EMBEDDED_SLIDES_ID);
    if (slides !== null) useSlidesStore.getState().replaceAll(parseSlidesFile(slides, 'The briefing’s saved views'));
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch (e) {
      throw new DatasetError(`The briefing file’s dataset is not valid JSON (${(e as Error).message}).`);
    }
    return parseDataset(json, 'the briefing file');
  });
}
