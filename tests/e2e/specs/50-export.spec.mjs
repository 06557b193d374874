// Export (issue 4): pictures, the slide deck, the printed handout and the offline briefing file, each checked
// as a file (PNG signature and size, PPTX zip contents) and the briefing file opened from file:// offline.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk; throws unless the bytes are a PNG. */
function pngSize(bytes) {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG (bad signature)');
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG (no IHDR)');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const downloaded = [];

async function download(page, item) {
  await page.getByRole('button', { name: /^(Export the current view|تصدير العرض الحالي)$/ }).click();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.locator(`[data-export="${item}"]`).click()]);
  const path = join(tmpdir(), `e2e-export-${process.pid}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  downloaded.push(path);
  return { name: file.suggestedFilename(), path, bytes: readFileSync(path) };
}

/** A picture's pixels, read in the page at 400 px wide: how varied they are (0 for a blank image), the top-left
 *  corner's colour and the share of light pixels. `src` is a URL the page can load (a data: URL). */
function pictureStats(page, src) {
  return page.evaluate(async (url) => {
    const img = new Image();
    img.src = url;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 400;
    c.height = Math.round((400 * img.height) / img.width);
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0, c.width, c.height);
    const data = g.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    let light = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (i % (4 * 7) === 0) seen.add((data[i] >> 4) * 256 + (data[i + 1] >> 4) * 16 + (data[i + 2] >> 4));
      if (data[i] + data[i + 1] + data[i + 2] > 600) light++;
    }
    return { spread: seen.size, corner: [...data.slice(0, 3)], lightShare: light / (data.length / 4) };
  }, src);
}

/** The layout of the sheets exported since the page opened (src/export/render-sheet.ts, SheetMeasures). */
const sheetMeasures = (page) => page.evaluate(() => window.__sheetMeasures.slice());

/** Decks kept for scripts/check-decks.sh (LibreOffice Impress → PDF → PNG), out of git. */
function keepDeck(shots, from, name) {
  const dir = join(shots, 'decks');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.gitignore'), '*\n');
  copyFileSync(from, join(dir, name));
}

/** How varied a picture's pixels are (0 for a blank image). */
const pixelSpread = async (page, bytes) => (await pictureStats(page, `data:image/png;base64,${bytes.toString('base64')}`)).spread;

export default async function exportSpec({ test, docShot, assert, assertEqual, openPage, ready, store, shot, shots, real, base, browser, VIEWPORT }) {
  if (!real) return;
  const page = await openPage('?test');
  await ready(page);
  const lavrov = real.actors.find((a) => a.id === 'lavrov') ?? real.actors[0];
  const outlets = [...new Set(real.documents.map((d) => d.source).filter(Boolean))];

  await test('export: the graph as a PNG over 3000 px wide, with its sources', async () => {
    const file = await download(page, 'graph-png');
    assert(/^actors-graph-\d{4}-\d{2}-\d{2}\.png$/.test(file.name), `file name ${file.name}`);
    const { width, height } = pngSize(file.bytes);
    assert(width >= 3000 && height >= 1000, `size ${width}×${height}`);
    assert((await pixelSpread(page, file.bytes)) > 20, 'the picture is not blank');
    assert(/Downloaded \u2068actors-graph-[\d-]+\.png\u2069\./.test(await page.getByTestId('toast').filter({ hasText: 'Downloaded' }).innerText()), 'the notice says so');
  });

  await test('export: the graph as an SVG drawing with its sources under it', async () => {
    const file = await download(page, 'graph-svg');
    assert(/^actors-graph-\d{4}-\d{2}-\d{2}\.svg$/.test(file.name), `file name ${file.name}`);
    const svg = file.bytes.toString('utf8');
    assert(/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg), 'an SVG document');
    assert(svg.includes('Pezeshkian') || svg.includes('<path'), 'the graph is drawn');
    assert(svg.includes('[1] ') && outlets.some((o) => svg.includes(o.replace(/&/g, '&amp;'))), 'numbered sources with an outlet');
    assert(!/<script|<foreignObject/i.test(svg), 'nothing but drawing and text');
  });

  await test('export: the whole view as a PNG (timeline, graph, numbered sources)', async () => {
    await page.getByRole('option', { name: new RegExp(lavrov.name.en) }).click();
    await page.waitForFunction((id) => window.__store.getState().selection?.id === id, lavrov.id);
    const file = await download(page, 'view-png');
    assert(/^actors-events-view-\d{4}-\d{2}-\d{2}\.png$/.test(file.name), `file name ${file.name}`);
    const { width, height } = pngSize(file.bytes);
    assert(width >= 3000 && height >= 2000, `size ${width}×${height}`);
    assert((await pixelSpread(page, file.bytes)) > 20, 'the picture is not blank');
    assertEqual(await page.locator('.export-host').count(), 0, 'the off-screen sheet is gone');
  });

  await test('export: the slide deck has a title slide and one slide per saved view, captions and sources in it', async () => {
    const views = await page.evaluate((id) => {
      const app = window.__store.getState();
      const slides = window.__slides.getState();
      slides.replaceAll([]);
      const capture = (over) => ({
        timeWindow: app.timeWindow,
        selection: null,
        focusDepth: 0,
        windowFilter: false,
        hiddenEventTypes: [],
        hiddenCountries: [],
        uiLanguage: 'en',
        nameLanguage: 'en',
        theme: 'light',
        ...over,
      });
      const other = app.dataset.edges.find((e) => e.source === id || e.target === id);
      slides.add('Lavrov', 'Caption one: who Lavrov met', capture({ selection: { kind: 'actor', id } }));
      slides.add('The pair', 'Caption two: the busiest link', capture({ selection: { kind: 'edge', source: other.source, target: other.target } }));
      slides.add('بالعربية', 'تعليق ثالث: المشهد كله', capture({ uiLanguage: 'ar', nameLanguage: 'ar' }));
      return window.__slides.getState().slides.length;
    }, lavrov.id);
    assertEqual(views, 3, 'three saved views');
    const before = await store(page, (s) => ({ selection: s.selection, uiLanguage: s.uiLanguage, timeWindow: s.timeWindow }));
    const file = await download(page, 'deck');
    assert(/^briefing-slides-\d{4}-\d{2}-\d{2}\.pptx$/.test(file.name), `file name ${file.name}`);
    keepDeck(shots, file.path, 'deck-en-1920.pptx');
    const zip = await JSZip.loadAsync(file.bytes);
    const slideFiles = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    assertEqual(slideFiles.length, 4, 'title slide + 3 views');
    const xml = async (n) => zip.file(`ppt/slides/slide${n}.xml`).async('string');
    assert((await xml(2)).includes('Caption one: who Lavrov met'), 'slide 2 carries its caption');
    assert((await xml(3)).includes('Caption two: the busiest link'), 'slide 3 carries its caption');
    const arabic = await xml(4);
    assert(arabic.includes('تعليق ثالث') && arabic.includes('rtl="1"'), 'the Arabic slide is right-to-left');
    for (const n of [2, 3, 4]) {
      const x = await xml(n);
      assert(outlets.some((o) => x.includes(o)) && x.includes('[1]'), `slide ${n} cites a numbered outlet`);
    }
    const rels = await zip.file('ppt/slides/_rels/slide2.xml.rels').async('string');
    assert(/\.png"/.test(rels), 'the view’s picture');
    // (The bundled corpus has no article URLs; the hyperlinks are checked in src/export/__tests__/slide-deck.test.ts.)
    const media = Object.keys(zip.files).filter((n) => n.startsWith('ppt/media/'));
    assert(media.length >= 3, `pictures in the deck: ${media.length}`);
    const after = await store(page, (s) => ({ selection: s.selection, uiLanguage: s.uiLanguage, timeWindow: s.timeWindow }));
    assertEqual(after, before, 'the user’s own view is back');
  });

  await test('export: printing gives a black-on-white handout with the graph, the passages and the sources', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const sheet = page.locator('.print-sheet');
    await sheet.waitFor();
    assert(await sheet.isVisible(), 'the handout is what prints');
    assert(!(await page.locator('#root').isVisible()), 'the controls are not printed');
    assert(await sheet.locator('.print-graph img').evaluate((img) => img.complete && img.naturalWidth >= 3000), 'graph picture');
    assert((await sheet.locator('.print-passage').count()) > 0, 'the selection’s passages');
    assert((await sheet.locator('.export-sources li').count()) > 0, 'numbered sources');
    const colours = await sheet.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
    assertEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], 'black on white');
    const pdf = await page.pdf({ format: 'A4' });
    assert(pdf.subarray(0, 5).toString('latin1') === '%PDF-' && pdf.length > 50000, 'the handout prints to PDF');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assertEqual(await sheet.count(), 0, 'gone after printing');
  });

  await test('export: printing from the dark theme prints the graph in light colours, and the screen stays dark', async () => {
    await store(page, (s) => s.setTheme('dark'));
    const labelOnScreen = () => page.evaluate(() => window.__cy.nodes('[label]').first().style('color'));
    const darkLabel = await labelOnScreen();
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const img = page.locator('.print-sheet .print-graph img');
    await img.waitFor();
    // The picture's corner is paper white, and its pixels are mostly light (a dark graph would be mostly dark).
    const picture = await pictureStats(page, await img.getAttribute('src'));
    assertEqual(picture.corner, [255, 255, 255], 'white paper behind the graph');
    assert(picture.lightShare > 0.8, `mostly light: ${picture.lightShare}`);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    assertEqual(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the page is still dark');
    assertEqual(await labelOnScreen(), darkLabel, 'the graph on screen keeps its dark-theme labels');
    await store(page, (s) => s.setTheme('light'));
  });

  let briefingPath = null;
  await test('export: the briefing file is one HTML file holding the app, the data and the saved views', async () => {
    const file = await download(page, 'briefing');
    assert(/^briefing-\d{4}-\d{2}-\d{2}\.html$/.test(file.name), `file name ${file.name}`);
    const html = file.bytes.toString('utf8');
    assert(!/<script[^>]*\ssrc=|<link[^>]*stylesheet/i.test(html), 'no external script or style');
    assert(html.includes('id="briefing-dataset"') && html.includes('id="briefing-slides"'), 'data embedded');
    briefingPath = file.path;
  });

  await test('export: the briefing file opens from file:// with the network blocked and shows the data and views', async () => {
    assert(briefingPath, 'briefing downloaded');
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
    const blocked = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      blocked.push(url);
      return route.abort();
    });
    const offline = await context.newPage();
    const problems = [];
    offline.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    offline.on('console', (m) => m.type() === 'error' && !/GL Driver|GPU stall/.test(m.text()) && problems.push(m.text()));
    await offline.goto(`${pathToFileURL(briefingPath).href}?test`);
    await ready(offline);
    const shown = await offline.evaluate(() => ({
      documents: window.__store.getState().dataset.documents.length,
      nodes: window.__cy.nodes().not('.veil').length,
      slides: window.__slides.getState().slides.map((s) => s.title),
    }));
    assertEqual(shown, { documents: real.documents.length, nodes: real.actors.length, slides: ['Lavrov', 'The pair', 'بالعربية'] }, 'dataset and views');
    await offline.getByRole('button', { name: /slides/i }).first().click();
    await offline.getByText('The pair').first().waitFor();
    await shot(offline, '50-briefing-offline');
    assertEqual(blocked, [], 'no network request');
    assertEqual(problems, [], 'no errors');
    await context.close();
  });

  await test('export: no console errors while exporting', async () => {
    assertEqual(page.problems, [], 'console errors / page errors');
  });
  await page.context().close();

  // From the screens analysts have (issue 15): an export is laid out for its own size, not the window's, and reads
  // right in both languages. Geometry of the sheet as laid out before its picture is taken, not timing.
  const lanes = new Set(real.events.filter((e) => e.date).map((e) => e.type)).size;
  for (const [viewport, lang] of [
    [{ width: 1366, height: 768 }, 'en'],
    [{ width: 1024, height: 768 }, 'ar'],
  ]) {
    const size = `${viewport.width}×${viewport.height} (${lang})`;
    const context = await browser.newContext({ viewport, locale: 'en-GB' });
    const small = await context.newPage();
    small.problems = [];
    small.on('pageerror', (e) => small.problems.push(`pageerror: ${e.message}`));
    await small.goto(`${base}?test&lang=${lang}`);
    await ready(small);

    await test(`export from ${size}: the whole view shows every lane and a graph that fills its box, at 3200 px`, async () => {
      const onScreen = await small.locator('.timeline-canvas').first().evaluate((el) => Math.round(el.getBoundingClientRect().height));
      const file = await download(small, 'view-png');
      assertEqual(pngSize(file.bytes).width, 3200, 'picture width');
      const sheet = (await sheetMeasures(small)).at(-1);
      assertEqual(sheet.sheet.width, 1600, 'laid out at the page’s width');
      assertEqual(sheet.timeline.lanes, lanes, 'every lane');
      assert(!sheet.timeline.scrolls, 'no scroll bar in the timeline');
      assert(sheet.timeline.height >= 150 && sheet.timeline.height > onScreen, `timeline ${sheet.timeline.height} px (${onScreen} px on screen)`);
      assert(sheet.graph.width >= 1400 && sheet.graph.height >= 800, `graph box ${sheet.graph.width}×${sheet.graph.height}`);
      assert(Math.max(sheet.graph.fill.width, sheet.graph.fill.height) >= 0.85, `the graph fills its box: ${JSON.stringify(sheet.graph.fill)}`);
      assert(sheet.graph.labelPx >= 19, `node labels ${sheet.graph.labelPx.toFixed(1)} px tall (twice that in the picture)`);
      const notice = await small.getByTestId('toast').filter({ hasText: 'actors-events-view' }).innerText();
      assert(/\u2068actors-events-view-[\d-]+\.png\u2069/.test(notice), `the file name is isolated in the notice: ${notice}`);
      console.log(`      sheet 1600 px: timeline ${sheet.timeline.lanes} lanes, ${sheet.timeline.height} px (on screen ${onScreen} px); graph box ${sheet.graph.width}×${sheet.graph.height}, filled ${JSON.stringify(sheet.graph.fill)}, labels ${sheet.graph.labelPx.toFixed(1)} px, ${sheet.graph.labelsHidden} left out`);
      if (viewport.width === 1366) docShot(file.path, 'export-view.png');
    });

    await test(`export from ${size}: each deck slide’s picture is laid out for the slide, its lines in logical order`, async () => {
      await small.evaluate((lang) => {
        const app = window.__store.getState();
        const slides = window.__slides.getState();
        slides.replaceAll([]);
        const view = (over) => ({ timeWindow: app.timeWindow, selection: null, focusDepth: 0, windowFilter: false, hiddenEventTypes: [], hiddenCountries: [], uiLanguage: lang, nameLanguage: lang, theme: 'light', ...over });
        const edge = app.dataset.edges[0];
        slides.add('Lavrov (لافروف) 2024', 'Who Lavrov met', view({ selection: { kind: 'actor', id: 'lavrov' } }));
        slides.add('The pair', 'تعليق: الصلة الأقوى', view({ selection: { kind: 'edge', source: edge.source, target: edge.target } }));
        slides.add('المشهد كله', 'تعليق ثالث', view({}));
      }, lang);
      const file = await download(small, 'deck');
      keepDeck(shots, file.path, `deck-${lang}-${viewport.width}.pptx`);
      for (const [i, sheet] of (await sheetMeasures(small)).slice(-3).entries()) {
        const at = `slide ${i + 2}`;
        assertEqual(sheet.sheet, { width: 1280, height: 868 }, `${at}: the slide picture’s shape`);
        assert(!sheet.timeline.scrolls && sheet.timeline.lanes >= 1, `${at}: lanes without a scroll bar`);
        assert(sheet.graph.height >= 300, `${at}: graph box ${sheet.graph.width}×${sheet.graph.height}`);
        assert(Math.max(sheet.graph.fill.width, sheet.graph.fill.height) >= 0.8, `${at}: the graph fills its box: ${JSON.stringify(sheet.graph.fill)}`);
        assert(sheet.graph.labelPx >= 19, `${at}: node labels ${sheet.graph.labelPx.toFixed(1)} px`);
        console.log(`      ${at}: timeline ${sheet.timeline.lanes} lanes, ${sheet.timeline.height} px; graph box ${sheet.graph.width}×${sheet.graph.height}, filled ${JSON.stringify(sheet.graph.fill)}, labels ${sheet.graph.labelPx.toFixed(1)} px, ${sheet.graph.labelsHidden} left out`);
      }
      const title = await (await JSZip.loadAsync(file.bytes)).file('ppt/slides/slide1.xml').async('string');
      const paragraphs = title.match(/<a:p>.*?<\/a:p>/g).filter((p) => p.includes('<a:t>'));
      if (lang === 'ar') {
        assert(paragraphs.every((p) => p.includes('rtl="1"')), 'every line of the Arabic title slide is right to left');
        const n = real.documents.length;
        const articles = { few: `${n} مقالات`, many: `${n} مقالًا`, other: `${n} مقال` }[new Intl.PluralRules('ar').select(n)];
        assert(!articles || title.includes(articles), `the Arabic plural «${articles}»`);
        assert(title.includes('\u202bLavrov (لافروف) 2024\u202c'), 'a mixed-script title is embedded in its line');
      } else assert(title.includes(`${real.documents.length} articles`), 'English count');
    });

    if (lang === 'ar')
      await test(`export from ${size}: the briefing file exported in Arabic opens in Arabic`, async () => {
        const file = await download(small, 'briefing');
        const offline = await browser.newPage({ viewport, locale: 'en-GB' });
        await offline.goto(`${pathToFileURL(file.path).href}?test`);
        await ready(offline);
        const opened = await offline.evaluate(() => ({ lang: document.documentElement.lang, ui: window.__store.getState().uiLanguage }));
        assertEqual(opened, { lang: 'ar', ui: 'ar' }, 'language of the opened file');
        await offline.close();
      });

    await test(`export from ${size}: no page errors`, async () => assertEqual(small.problems, [], 'page errors'));
    await context.close();
  }
  for (const path of downloaded) rmSync(path, { force: true });
}
