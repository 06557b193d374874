// A dataset folder (issue 16): the bundled corpus built by `build:data --folder` (run-e2e.mjs builds it into
// dist/data/__e2e__/folder/) and read by the app through HTTP range requests. The core flows give what the same
// corpus gives as dataset.json.
export default async function folderSpec({ test, assert, assertEqual, openPage, ready, store, nodePoint, graphState, passageIdsOnPanel, focusMarks, shot, passagesOf, real, dist, root, base, browser, VIEWPORT }) {
  if (!real) return;
  const FOLDER = 'data/__e2e__/folder/';
  const page = await openPage(`?test&data=${FOLDER}&filter=off`);

  await test('folder: the page downloads no dataset.json, only the folder’s files', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
    const own = await context.newPage();
    const asked = [];
    own.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await own.goto(`${base}?test&data=${FOLDER}`);
    await ready(own);
    assert(asked.some((p) => p.endsWith('/__e2e__/folder/manifest.json')), `the folder is read: ${asked.filter((p) => p.includes('data/'))}`);
    assertEqual(asked.filter((p) => p.endsWith('.json') && !p.includes('/__e2e__/folder/')), [], 'no other dataset file asked for');
    await context.close();
  });

  await test('folder: opens, says what the whole corpus holds, one node per actor', async () => {
    await ready(page);
    const glance = await page.getByLabel('Dataset at a glance').innerText();
    assert(glance.includes(String(real.documents.length)) && glance.includes(String(real.actors.length)), `glance: ${glance}`);
    assertEqual(await page.evaluate(() => window.__cy.nodes().not('.veil').length), real.actors.length, 'one graph node per actor');
    assertEqual(await store(page, (s) => s.dataset.passages.length), 0, 'no passage read before a question');
    assertEqual(await page.locator('.card-edit, .ingest-open').count(), 0, 'read-only: no edit or add-articles controls');
  });

  await test('folder: clicking a node reads and lists exactly the actor’s passages, mentions highlighted', async () => {
    const p = await nodePoint(page, 'lavrov');
    await page.mouse.click(p.x, p.y);
    await page.waitForSelector('.passage-panel mark.mention.is-focus');
    assertEqual((await passageIdsOnPanel(page)).sort(), passagesOf('lavrov'), 'exactly Lavrov’s passages');
    assert((await focusMarks(page)).length >= passagesOf('lavrov').length, 'every passage has a highlighted mention');
    assertEqual((await graphState(page)).selected, ['lavrov'], 'the node is selected');
    await shot(page, '80-folder-actor');
  });

  await test('folder: an edge’s passages, then only the window’s when the window filter is on', async () => {
    const pair = real.edges.find((e) => [e.source, e.target].sort().join() === 'pezeshkian,putin');
    await store(page, (s) => s.selectEdge('putin', 'pezeshkian'));
    await page.waitForFunction((n) => document.querySelectorAll('.passage-panel [data-passage]').length === n, pair.passageIds.length);
    await store(page, (s) => {
      s.setTimeWindow({ start: Date.parse('2026-03-04T00:00:00Z'), end: Date.parse('2026-03-11T00:00:00Z') });
      s.setWindowFilter(true);
    });
    await page.waitForFunction(() => document.querySelectorAll('.passage-panel [data-passage]').length === 5);
    await page.waitForFunction(() => window.__cy.$id('pezeshkian|putin').data('weight') === 5 || window.__cy.edges().some((e) => e.data('weight') === 5));
    const g = await graphState(page);
    assert(!g.shown.includes('nasrallah'), `an actor with no link in the window is not shown: ${g.shown}`);
  });

  await test('folder: “Open in article” reads the whole article into the reader', async () => {
    await page.locator('.passage-panel [data-passage] footer button').first().click();
    await page.waitForSelector('.reader-text');
    await page.waitForFunction(() => document.querySelector('.reader-text').textContent.length > 500);
    const docId = await store(page, (s) => s.reader.documentId);
    const text = await page.locator('.reader-text').innerText();
    const whole = real.documents.find((d) => d.id === docId).text;
    assert(text.replace(/\s+/g, ' ').includes(whole.slice(40, 160).replace(/\s+/g, ' ')), 'the article’s own words');
    assertEqual(page.problems, [], 'no console errors');
  });

  await test('folder: the Articles tab counts every article and lists those read so far, saying so', async () => {
    await page.getByRole('tab', { name: /Articles/ }).click();
    assert((await page.getByRole('tab', { name: /Articles/ }).innerText()).includes(String(real.documents.length)), 'the tab counts the whole corpus');
    const status = await page.locator('.sources-view .list-summary').innerText();
    assert(/Articles read so far: \d of 5/.test(status), `says how many were read: ${status}`);
    await page.getByRole('tab', { name: 'Selection' }).click();
  });

  await test('folder: the header search finds actors at once and passages through the folder’s index', async () => {
    await page.getByRole('combobox').fill('لافروف');
    await page.waitForSelector('.search-results .passage-result');
    assert((await page.locator('.search-results [role=option]').first().innerText()).includes('Lavrov'), 'the actor first');
    assertEqual(await page.locator('.search-results .passage-result').count(), 7, 'the passages naming «لافروف»');
    await page.keyboard.press('Escape');
  });

  await test('folder: a shared link opens the same selection', async () => {
    const other = await openPage(`?test&data=${FOLDER}&actor=araghchi&filter=off&lang=ar`);
    await ready(other);
    await other.waitForFunction((n) => document.querySelectorAll('.passage-panel [data-passage]').length === n, passagesOf('araghchi').length);
    assertEqual(await store(other, (s) => s.selection), { kind: 'actor', id: 'araghchi' }, 'the actor from the link');
    assertEqual(await other.evaluate(() => document.documentElement.dir), 'rtl', 'Arabic, right to left');
    await shot(other, '80-folder-ar');
    assertEqual(other.problems, [], 'no console errors');
  });

  // The same periods as 30-briefing.spec.mjs compares on the dataset file, and the same answer: 4 new ties, 1 weaker, 5 gone.
  const COMPARE_UI = {
    en: { open: 'Compare periods', a: 'Period A', b: 'Period B', from: 'From', to: 'To', run: 'Compare', reading: 'Reading the ties of both periods from the dataset folder…' },
    ar: { open: 'مقارنة فترتين', a: 'الفترة أ', b: 'الفترة ب', from: 'من', to: 'إلى', run: 'قارن', reading: 'جارٍ قراءة روابط الفترتين من مجلد البيانات…' },
  };
  await test('folder: compare periods reads each period’s ties from the folder: the dataset file’s counts, coloured on the graph', async () => {
    for (const lang of ['en', 'ar']) {
      const ui = COMPARE_UI[lang];
      const p = await openPage(`?test&data=${FOLDER}&filter=off&lang=${lang}`);
      await p.setViewportSize({ width: 1280, height: 720 });
      await ready(p);
      // The months' link weights are held back until the panel has said that it is reading them.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await p.route('**/edge-months.parquet', async (route) => {
        await held;
        await route.continue();
      });
      await p.getByRole('button', { name: ui.open, exact: true }).click();
      for (const [legend, from, to] of [[ui.a, '2024-10-01', '2024-10-31'], [ui.b, '2026-03-01', '2026-03-31']]) {
        const set = p.getByRole('group', { name: legend });
        await set.getByLabel(ui.from, { exact: true }).fill(from);
        await set.getByLabel(ui.to, { exact: true }).fill(to);
      }
      await p.getByRole('button', { name: ui.run, exact: true }).click();
      await p.locator('.compare-panel [role=status]', { hasText: ui.reading }).waitFor();
      assertEqual(await p.locator('[data-testid=compare-result]').count(), 0, `${lang}: no result while reading`);
      release();
      await p.waitForSelector('[data-testid=compare-result]');
      const counts = await p.$$eval('.tie-group', (els) => els.map((e) => [e.dataset.kind, e.querySelector('.count').textContent]));
      assertEqual(counts, [['new', '4'], ['weaker', '1'], ['gone', '5']], `${lang}: the dataset file's counts`);
      const ties = await p.$$eval('.tie-group[data-kind=new] .tie', (els) => els.map((e) => e.dataset.tie));
      assertEqual(ties, ['araghchi|lavrov', 'khamenei|pezeshkian', 'khamenei|putin', 'netanyahu|pezeshkian'], `${lang}: new ties`);
      // The graph colours the ties once the window (both periods) has its links from the folder.
      await p.waitForFunction(() => ['araghchi|lavrov', 'pezeshkian|putin'].every((id) => window.__cy.$id(id).data('cmp') && !window.__cy.$id(id).hasClass('hidden')));
      const cmp = await p.evaluate(() => Object.fromEntries(window.__cy.edges().filter((e) => e.data('cmp')).map((e) => [e.id(), e.data('cmp')])));
      assertEqual([cmp['araghchi|lavrov'], cmp['pezeshkian|putin'], cmp['biden|netanyahu']], ['new', 'weaker', 'gone'], `${lang}: coloured on the graph`);
      await p.waitForTimeout(300);
      await shot(p, `80-folder-compare-${lang}-1280`);
      assertEqual(p.problems, [], 'no console errors');
      await p.context().close();
    }
  });

  await test('folder: opened from disk through the folder picker, without the server reading it', async () => {
    const { readdirSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const dir = resolve(dist, 'data/__e2e__/folder');
    const local = await openPage('?test');
    await ready(local);
    await local.getByRole('button', { name: 'View settings and link' }).click();
    const [chooser] = await Promise.all([local.waitForEvent('filechooser'), local.getByRole('button', { name: 'Open a dataset folder…' }).click()]);
    await chooser.setFiles(dir);
    await local.waitForFunction(() => window.__store.getState().folder !== null);
    await store(local, (s) => s.selectActor('lavrov'));
    await local.waitForFunction((n) => document.querySelectorAll('.passage-panel [data-passage]').length === n, passagesOf('lavrov').length);
    assert(readdirSync(dir).length > 5, 'the folder has its files');
    assertEqual(local.problems, [], 'no console errors');
  });

  await test('folder: a folder that is not a dataset folder is refused, and the dataset shown stays', async () => {
    const { resolve } = await import('node:path');
    const local = await openPage('?test');
    await ready(local);
    await local.getByRole('button', { name: 'View settings and link' }).click();
    const [chooser] = await Promise.all([local.waitForEvent('filechooser'), local.getByRole('button', { name: 'Open a dataset folder…' }).click()]);
    await chooser.setFiles(resolve(dist, 'data/corpus'));
    await local.waitForSelector('.toast, [role=alert], [role=status]');
    await local.waitForFunction(() => /could not be opened/.test(document.body.innerText));
    assertEqual(await store(local, (s) => [s.folder === null, s.dataset.documents.length]), [true, real.documents.length], 'the bundled dataset still shown');
  });

  await test('folder: the offline briefing file holds what its slide shows, and opens from file:// with its passages and articles', async () => {
    const { readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    // Putin in the first ten days of March 2026, the window filtering the graph: his passages of two articles.
    const march = { from: '2026-03-01', to: '2026-03-10' };
    const published = new Map(real.documents.map((d) => [d.id, d.published]));
    const docOf = new Map(real.passages.map((p) => [p.id, p.documentId]));
    const his = passagesOf('putin').filter((p) => published.get(docOf.get(p)) >= march.from && published.get(docOf.get(p)) <= march.to);
    assertEqual(his.length, 7, 'Putin’s passages in the window, from the dataset file');
    const p = await openPage(`?test&data=${FOLDER}&actor=putin&from=${march.from}&to=${march.to}`);
    await ready(p);
    await p.waitForFunction((n) => document.querySelectorAll('.passage-panel [data-passage]').length === n, his.length);
    await p.locator('.briefing-buttons button').first().click();
    await p.getByLabel('Title', { exact: true }).fill('Putin, March 2026');
    await p.getByRole('button', { name: 'Save current view' }).click();
    await p.getByRole('button', { name: 'Export the current view' }).click();
    const [download] = await Promise.all([p.waitForEvent('download', { timeout: 60000 }), p.locator('[data-export="briefing"]').click()]);
    const path = join(tmpdir(), `e2e-folder-${process.pid}-${download.suggestedFilename()}`);
    await download.saveAs(path);
    await p.getByTestId('toast').filter({ hasText: /Downloaded .*briefing-.*\.html/ }).waitFor();
    try {
      const bytes = readFileSync(path);
      const html = bytes.toString('utf8');
      const json = /<script type="application\/json" id="briefing-dataset">([^<]*)<\/script>/.exec(html)[1];
      const embedded = JSON.parse(json);
      // What the slide (and the current view, the same) shows: two of the five articles, whole.
      assertEqual(embedded.documents.map((d) => d.id).sort(), real.documents.filter((d) => d.published >= march.from && d.published <= march.to).map((d) => d.id).sort(), 'the window’s articles');
      assertEqual([embedded.passages.length, embedded.events.length, embedded.actors.length], [18, 7, real.actors.length], 'passages, events, every actor');
      assert(his.every((id) => embedded.passages.some((x) => x.id === id)), 'every passage of Putin in the window');
      console.log(`      briefing file from the folder: ${bytes.length} bytes, its dataset ${Buffer.byteLength(json)} bytes (the whole dataset: ${Buffer.byteLength(JSON.stringify(real))})`);
      assertEqual(p.problems, [], 'no console errors while exporting');

      for (const lang of ['en', 'ar']) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
        const blocked = [];
        await context.route('**', (route) => (route.request().url().startsWith('file:') ? route.continue() : (blocked.push(route.request().url()), route.abort())));
        const offline = await context.newPage();
        const problems = [];
        offline.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
        offline.on('console', (m) => m.type() === 'error' && !/GL Driver|GPU stall/.test(m.text()) && problems.push(m.text()));
        await offline.goto(`${pathToFileURL(path).href}?test&lang=${lang}`);
        await ready(offline);
        await offline.locator('.briefing-buttons button').first().click();
        await offline.locator('.slide-item .slide-show').first().click();
        await offline.waitForFunction((n) => document.querySelectorAll('.passage-panel [data-passage]').length === n, his.length);
        assertEqual((await passageIdsOnPanel(offline)).sort(), his, 'the slide’s selection lists Putin’s seven passages');
        assertEqual(await store(offline, (s) => s.selection), { kind: 'actor', id: 'putin' }, 'the slide’s selection');
        await offline.locator('.briefing-buttons button').first().click();
        await offline.locator('.passage-panel [data-passage]').first().scrollIntoViewIfNeeded();
        // The timeline takes its width back from the closed drawer at vis-timeline's own resize check (about 1 s).
        await offline.waitForTimeout(1200);
        await shot(offline, `80-folder-briefing-${lang}`);
        await offline.locator('.passage-panel [data-passage] footer button').first().click();
        await offline.waitForSelector('.reader-text');
        const docId = await store(offline, (s) => s.reader.documentId);
        const text = (await offline.locator('.reader-text').innerText()).replace(/\s+/g, ' ');
        assert(text.includes(real.documents.find((d) => d.id === docId).text.slice(40, 160).replace(/\s+/g, ' ')), 'the reader shows the article’s own words');
        await shot(offline, `80-folder-briefing-reader-${lang}`);
        assertEqual(await offline.evaluate(() => document.documentElement.lang), lang, 'the language asked for');
        assertEqual(blocked, [], 'no network request');
        assertEqual(problems, [], 'no errors');
        await context.close();
      }
    } finally {
      rmSync(path, { force: true });
    }
  });

  await test('folder: the slide deck waits for each slide’s data: every slide cites its own articles', async () => {
    const JSZip = (await import('jszip')).default;
    const { readFileSync } = await import('node:fs');
    const p = await openPage(`?test&data=${FOLDER}`);
    await ready(p);
    // Each read of the folder answered 300 ms late, as from a distant server: a slide shown is drawn before its data comes.
    await p.route('**/__e2e__/folder/*.parquet', (route) => setTimeout(() => route.continue(), 300));
    const view = (over) => ({ timeWindow: null, selection: null, focusDepth: 0, windowFilter: true, hiddenEventTypes: [], hiddenCountries: [], uiLanguage: 'en', nameLanguage: 'en', theme: 'light', ...over });
    const days = (from, to) => ({ start: Date.parse(`${from}T00:00:00Z`), end: Date.parse(`${to}T00:00:00Z`) + 86400000 });
    const slides = [
      ['Putin, March 2026', view({ selection: { kind: 'actor', id: 'putin' }, timeWindow: days('2026-03-01', '2026-03-10') }), ['000_31ef86482aa971b7', '003_642b06d6276772ac']],
      ['Lavrov, all dates', view({ selection: { kind: 'actor', id: 'lavrov' }, windowFilter: false }), ['002_1b7f967809f53ab6', '003_642b06d6276772ac']],
      ['The pair, October 2024', view({ selection: { kind: 'edge', source: 'putin', target: 'pezeshkian' }, timeWindow: days('2024-10-01', '2024-10-31') }), ['001_da3dc91e64642310', '004_01f64be52bd482f2']],
    ];
    await p.evaluate((list) => {
      window.__slides.getState().replaceAll([]);
      for (const [title, v] of list) window.__slides.getState().add(title, '', v);
    }, slides);
    await p.getByRole('button', { name: 'Export the current view' }).click();
    const [download] = await Promise.all([p.waitForEvent('download', { timeout: 120000 }), p.locator('[data-export="deck"]').click()]);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const title = (id) => real.documents.find((d) => d.id === id).title.slice(0, 24);
    for (const [n, [name, , cited]] of slides.entries()) {
      const xml = await zip.file(`ppt/slides/slide${n + 2}.xml`).async('string');
      const shown = real.documents.filter((d) => xml.includes(title(d.id))).map((d) => d.id).sort();
      assertEqual(shown, cited, `slide “${name}” cites its own articles`);
    }
    assertEqual(p.problems, [], 'no console errors');
  });

  // A folder with more dated events than the timeline reads at once (2,000): 1,500 synthetic articles, 3,938 dated
  // events from 2020 to 2026, built here (about 20 s) from bench/synthetic-corpus.ts's generator.
  const LARGE = 'data/__e2e__/folder-large/';
  const large = await buildLargeFolder({ root, dist, folder: LARGE });
  const eventItems = (p) => p.$$eval('.vis-item:not(.bin) [data-item-id]', (els) => els.map((e) => e.dataset.itemId));
  const binned = (p) => p.$$eval('.vis-item.bin', (els) => els.reduce((n, e) => n + Number(e.textContent), 0));
  const fitAll = (p, name) => p.locator('.timeline-toolbar').getByRole('button', { name, exact: true }).click();
  /** Two weeks of June 2025 (about 30 events; 60 with the half-window margins drawn on either side). */
  const june = { start: Date.parse('2025-06-01T00:00:00Z'), end: Date.parse('2025-06-15T00:00:00Z') };

  await test('folder at scale: zoomed out, the timeline shows counts per period from the overview, said in words', async () => {
    const p = await openPage(`?test&data=${LARGE}&filter=off`);
    await ready(p);
    await fitAll(p, 'Fit all');
    await p.waitForFunction((n) => [...document.querySelectorAll('.vis-item.bin')].reduce((s, e) => s + Number(e.textContent), 0) === n, large.dated);
    assertEqual(await eventItems(p), [], 'no event drawn one by one');
    assert(/^Events per (month|quarter|year): zoom in to see each event$/.test(await p.getByTestId('timeline-counts').innerText()), 'the period is said');
    assert((await store(p, (s) => s.dataset.events.length)) <= large.events, 'the store holds no more events than the corpus');
    assertEqual(p.problems, [], 'no console errors');
  });

  await test('folder at scale: zoomed in, the window’s events are read and drawn; clicking one shows its passages', async () => {
    const p = await openPage(`?test&data=${LARGE}&filter=off`);
    await ready(p);
    await store(p, (s, w) => s.setTimeWindow(w), june);
    await p.waitForFunction(() => document.querySelectorAll('.vis-item:not(.bin) [data-item-id]').length > 0 && !document.querySelector('.vis-item.bin'));
    const read = await store(p, (s) => s.folder.windowEvents.span);
    assert(read.from <= '2025-06-01' && read.to >= '2025-06-14', `the window's days are read: ${JSON.stringify(read)}`);
    // Every event of the window is an item of the timeline (vis-timeline puts on the page those of the lanes in view).
    const inJune = await store(p, (s, w) => s.folder.windowEvents.events.filter((e) => e.date && Date.parse(e.date.start) < w.end && Date.parse(e.date.end) + 86400000 > w.start).map((e) => e.id), june);
    const items = await p.evaluate(() => window.__timeline.itemsData.getIds());
    assert(inJune.length >= 20, `the window's events: ${inJune.length}`);
    assertEqual(inJune.filter((id) => !items.includes(id)), [], 'every event of the window is an item');
    assert((await eventItems(p)).length > 0, 'items on the page');
    assertEqual(await p.getByTestId('timeline-counts').isHidden(), true, 'no counts said');
    // An item wholly on the screen (those of the margins are drawn off it).
    const { id, x, y } = await p.evaluate(() => {
      const canvas = document.querySelector('.timeline-canvas .vis-center').getBoundingClientRect();
      const inside = (r) => r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom;
      const el = [...document.querySelectorAll('.vis-item:not(.bin) [data-item-id]')].find((e) => inside(e.getBoundingClientRect()));
      const r = el.getBoundingClientRect();
      return { id: el.dataset.itemId, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await p.mouse.click(x, y);
    await p.waitForFunction((e) => window.__store.getState().selection?.id === e, id);
    const passages = await store(p, (s, e) => s.index.eventById.get(e).passageIds, id);
    await p.waitForFunction((n) => document.querySelectorAll('.passage-panel [data-passage]').length === n, passages.length);
    assertEqual((await passageIdsOnPanel(p)).sort(), [...passages].sort(), 'the event’s passages');
    assertEqual(p.problems, [], 'no console errors');
  });

  /** Every event the timeline stands for: those in the count bins, and those drawn one by one. */
  const timelineTotal = (p) => p.evaluate(() => window.__timeline.itemsData.get().reduce((n, i) => n + (i.isBin ? i.count : 1), 0));
  /** The figure the undated strip's label gives ("Undated (12)", "Undated (120; 40 listed)"); 0 without a strip. */
  const undatedFigure = async (p) => ((await p.locator('.undated-title').count()) ? Number(/\((\d+)/.exec(await p.locator('.undated-title').innerText())[1]) : 0);
  const selectedInBins = (p) => p.evaluate(() => window.__timeline.itemsData.get().reduce((n, i) => n + (i.isBin ? i.selected : 0), 0));

  await test('folder at scale: hiding a country recounts the bars, and an actor’s part of each bar is filled in', async () => {
    const p = await openPage(`?test&data=${LARGE}&filter=off`);
    await ready(p);
    await fitAll(p, 'Fit all');
    await p.waitForFunction((n) => [...document.querySelectorAll('.vis-item.bin')].reduce((s, e) => s + Number(e.textContent), 0) === n, large.dated);
    // Russia hidden from the graph's legend: the events whose participants are all Russian are counted no more.
    await p.locator('.graph-legend .chip', { hasText: 'Russia' }).click();
    assertEqual(await store(p, (s) => s.hiddenCountries), ['RU'], 'Russia hidden');
    await p.waitForFunction((n) => [...document.querySelectorAll('.vis-item.bin')].reduce((s, e) => s + Number(e.textContent), 0) === n, large.datedWithout.RU);
    assert(large.datedWithout.RU < large.dated, `fewer: ${large.datedWithout.RU} of ${large.dated}`);
    assertEqual(await eventItems(p), [], 'still counts, not events');
    // Putin selected: his events of those shown fill their share of each bar.
    await store(p, (s) => s.selectActor('putin'));
    await p.waitForSelector('.vis-item.bin.has-hl');
    await p.waitForFunction((n) => window.__timeline.itemsData.get().reduce((k, i) => k + (i.isBin ? i.selected : 0), 0) === n, large.putinDatedWithout.RU);
    assertEqual(await selectedInBins(p), large.putinDatedWithout.RU, 'Putin’s events among those counted');
    for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
      await p.setViewportSize(size);
      await p.waitForTimeout(400);
      await shot(p, `80-folder-large-no-russia-${size.width}`);
    }
    // The pair's events alone once an edge is selected: read and drawn (or binned from those read), not the corpus's counts.
    await store(p, (s) => s.selectEdge('putin', 'pezeshkian'));
    await fitAll(p, 'Fit all');
    await p.waitForFunction((n) => window.__timeline.itemsData.get().reduce((k, i) => k + (i.isBin ? i.count : 1), 0) === n, large.pairDated);
    assertEqual(await timelineTotal(p), large.pairDated, 'the pair’s dated events');
    assertEqual(await undatedFigure(p), large.pairUndated, 'the pair’s undated events, in the undated strip’s label');
    await store(p, (s) => s.clearSelection());
    await p.locator('.graph-legend .chip', { hasText: 'Russia' }).click();
    await fitAll(p, 'Fit all');
    await p.waitForFunction((n) => [...document.querySelectorAll('.vis-item.bin')].reduce((s, e) => s + Number(e.textContent), 0) === n, large.dated);
    assertEqual(await undatedFigure(p), large.undated, 'the corpus’s undated events, all countries shown');
    assertEqual(p.problems, [], 'no console errors');
  });

  await test('folder at scale: screenshots zoomed out and in, 1280×720 and 1920×1080, English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const p = await openPage(`?test&data=${LARGE}&filter=off&lang=${lang}`);
      await ready(p);
      for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }]) {
        await p.setViewportSize(size);
        await fitAll(p, lang === 'ar' ? 'عرض الكل' : 'Fit all');
        await p.waitForSelector('.vis-item.bin');
        await p.waitForTimeout(300);
        await shot(p, `80-folder-large-out-${lang}-${size.width}`);
        await store(p, (s, w) => s.setTimeWindow(w), june);
        await p.waitForFunction(() => document.querySelectorAll('.vis-item:not(.bin) [data-item-id]').length > 0 && !document.querySelector('.vis-item.bin'));
        await p.waitForTimeout(300);
        await shot(p, `80-folder-large-in-${lang}-${size.width}`);
      }
      assertEqual(p.problems, [], 'no console errors');
    }
  });
}

/** Builds the large folder into dist (once per build): a synthetic corpus in a temporary folder, then build:data. */
async function buildLargeFolder({ root, dist, folder }) {
  const { existsSync, mkdtempSync, readFileSync, rmSync } = await import('node:fs');
  const { spawnSync } = await import('node:child_process');
  const { tmpdir } = await import('node:os');
  const { join, resolve } = await import('node:path');
  const out = resolve(dist, folder);
  if (!existsSync(join(out, 'manifest.json'))) {
    const corpus = mkdtempSync(join(tmpdir(), 'e2e-large-corpus-'));
    try {
      const tsx = resolve(root, 'node_modules/.bin/tsx');
      const generate = `import { writeSyntheticCorpus } from './bench/synthetic-corpus.ts'; writeSyntheticCorpus(${JSON.stringify(corpus)}, 1500);`;
      for (const args of [['--eval', generate], ['src/cli/build-data.ts', '--corpus', corpus, '--folder', out]]) {
        const run = spawnSync(tsx, args, { cwd: root, encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`the large folder could not be built: ${run.stderr}`);
      }
    } finally {
      rmSync(corpus, { recursive: true, force: true });
    }
  }
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  // Counted from the events themselves (their participants and the actors' countries), not from the folder's counts.
  const country = new Map(JSON.parse(readFileSync(join(out, 'actors.json'), 'utf8')).map((a) => [a.id, a.country]));
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const sql = await db.connect();
  const events = (await sql.runAndReadAll(`SELECT start, participants FROM '${join(out, 'events.parquet')}'`)).getRowsJS().map(([start, participants]) => ({ start, participants: JSON.parse(participants) }));
  sql.closeSync();
  db.closeSync();
  const hiddenBy = (e, c) => e.participants.length > 0 && e.participants.every((p) => country.get(p) === c);
  const dated = events.filter((e) => e.start !== null);
  const ofPutin = dated.filter((e) => e.participants.includes('putin'));
  const ofPair = events.filter((e) => e.participants.includes('putin') && e.participants.includes('pezeshkian'));
  return {
    events: manifest.summary.events,
    dated: dated.length,
    undated: events.length - dated.length,
    datedWithout: { RU: dated.filter((e) => !hiddenBy(e, 'RU')).length },
    putinDatedWithout: { RU: ofPutin.filter((e) => !hiddenBy(e, 'RU')).length },
    pairDated: ofPair.filter((e) => e.start !== null).length,
    pairUndated: ofPair.filter((e) => e.start === null).length,
  };
}
