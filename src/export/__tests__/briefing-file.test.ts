// The briefing file: data written into the template can never break out of its script element, and the app
// reads it back at start-up (dataset and saved views) instead of fetching.
import { afterEach, describe, expect, it } from 'vitest';
import { useSlidesStore, type Slide } from '../../briefing/slides-store';
import { DatasetError } from '../../schema/dataset';
import { getInitialState } from '../../store/initial-state';
import { captureView } from '../../store/view-state';
import { loadFixture } from '../../test/fixtures';
import { fillBriefingTemplate, jsonScript, openingScript, type OpeningPreferences } from '../briefing-file';
import { EMBEDDED_DATASET_ID, EMBEDDED_SLIDES_ID, isBriefingFile, loadEmbeddedBriefing } from '../embedded-briefing';

const TEMPLATE = '<!doctype html><html><head><script type="module">/* app */</script></head><body><div id="root"></div></body></html>';

const ENGLISH: OpeningPreferences = { uiLanguage: 'en', nameLanguage: 'en', theme: 'light' };

const slide = (title: string, caption: string): Slide => ({ id: title, title, caption, view: captureView(getInitialState()) });

/** The filled template as the browser would parse it. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('fillBriefingTemplate', () => {
  it('puts the dataset and the slides before </body>, as JSON that reads back unchanged', () => {
    const dataset = loadFixture();
    const slides = [slide('One', 'first caption'), slide('اثنان', 'تعليق')];
    const html = fillBriefingTemplate(TEMPLATE, dataset, slides, ENGLISH);
    expect(html.endsWith('</body></html>')).toBe(true);
    const doc = parse(html);
    expect(JSON.parse(doc.getElementById(EMBEDDED_DATASET_ID)!.textContent!)).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(JSON.parse(doc.getElementById(EMBEDDED_SLIDES_ID)!.textContent!).slides).toEqual(slides);
  });

  it('keeps corpus text that looks like HTML, a script end or a replacement pattern inert and literal', () => {
    const dataset = loadFixture();
    const evil = '</script><script>alert(1)</script><!-- $& $` $\' <img src=x onerror=alert(2)>';
    dataset.passages[0] = { ...dataset.passages[0], text: evil };
    const html = fillBriefingTemplate(TEMPLATE, dataset, [slide('t', evil)], ENGLISH);
    // Only the two data elements and the opening script end.
    expect(html.split('</script>').length).toBe(TEMPLATE.split('</script>').length + 3);
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).toHaveLength(4);
    expect(doc.querySelector('img')).toBeNull();
    expect(JSON.parse(doc.getElementById(EMBEDDED_DATASET_ID)!.textContent!).passages[0].text).toBe(evil);
    expect(JSON.parse(doc.getElementById(EMBEDDED_SLIDES_ID)!.textContent!).slides[0].caption).toBe(evil);
  });

  it('appends the data when the template has no </body>', () => {
    const html = fillBriefingTemplate('<div id="root"></div>', loadFixture(), [], ENGLISH);
    expect(parse(html).getElementById(EMBEDDED_DATASET_ID)).not.toBeNull();
  });
});

describe('openingScript', () => {
  const run = (preferences: OpeningPreferences, search: string) => {
    history.replaceState(null, '', `/briefing.html${search}`);
    const script = parse(openingScript(preferences)).querySelector('script')!;
    new Function(script.textContent!)();
    return location.search;
  };
  afterEach(() => history.replaceState(null, '', '/'));

  it('opens the file in the language, names and theme it was exported in', () => {
    expect(run({ uiLanguage: 'ar', nameLanguage: 'ar', theme: 'dark' }, '')).toBe('?lang=ar&theme=dark');
    expect(run({ uiLanguage: 'ar', nameLanguage: 'en', theme: 'light' }, '?test')).toBe('?test&lang=ar&names=en');
  });

  it('leaves what the address already asks for', () => {
    expect(run({ uiLanguage: 'ar', nameLanguage: 'ar', theme: 'light' }, '?lang=en')).toBe('?lang=en');
    expect(run(ENGLISH, '')).toBe('');
  });
});

describe('loadEmbeddedBriefing', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    useSlidesStore.getState().replaceAll([]);
  });
  const embed = (id: string, json: string) => document.body.append(parse(jsonScript(id, json)).querySelector('script')!);

  it('is null in the ordinary app, which fetches its dataset', () => {
    expect(isBriefingFile()).toBe(false);
    expect(loadEmbeddedBriefing()).toBeNull();
  });

  it('returns the embedded dataset and puts the embedded views in the slides store', async () => {
    const dataset = loadFixture();
    const slides = [slide('Saved', 'a caption')];
    const doc = parse(fillBriefingTemplate(TEMPLATE, dataset, slides, ENGLISH));
    document.body.append(...doc.querySelectorAll('script[type="application/json"]'));
    useSlidesStore.getState().replaceAll([slide('Local', 'from another session')]);
    expect(isBriefingFile()).toBe(true);
    const loaded = await loadEmbeddedBriefing();
    expect(loaded?.documents.map((d) => d.id)).toEqual(dataset.documents.map((d) => d.id));
    expect(useSlidesStore.getState().slides).toEqual(slides);
  });

  it('rejects damaged data with a DatasetError naming the briefing file', async () => {
    embed(EMBEDDED_DATASET_ID, '{"schemaVersion": 1, "documents": [');
    await expect(loadEmbeddedBriefing()).rejects.toThrow(DatasetError);
    await expect(loadEmbeddedBriefing()).rejects.toThrow(/briefing file/);
  });
});
