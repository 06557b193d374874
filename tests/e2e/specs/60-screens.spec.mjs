// The screens a briefing meets (issue 15): the main flows at projector and laptop sizes, in English and Arabic,
// asserting geometry (never timing): nothing wider than the window, a one-line header before and after an export,
// a usable search, a timeline with its items in view, a graph that takes its share of the screen with labels a
// room can read.
const SIZES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
];
/** Below this width the actor list is a tab of the side pane (src/app/explorer.tsx). */
const WIDE = 1440;

/** Everything measured at once, in CSS pixels. */
function measure() {
  const box = (sel) => document.querySelector(sel)?.getBoundingClientRect() ?? null;
  const header = box('.app-header');
  const search = box('.search-input');
  const timeline = box('.timeline-canvas');
  const lanes = box('.timeline-canvas .vis-panel.vis-center');
  const itemsInView = [...document.querySelectorAll('.timeline-canvas .vis-item')].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.bottom > lanes.top + 4 && r.top < lanes.bottom - 4 && r.right > lanes.left && r.left < lanes.right;
  }).length;
  const graph = box('.graph-canvas');
  const cy = window.__cy;
  const labelled = cy.nodes().filter((n) => n.id() !== '__veil' && n.visible() && !n.hasClass('label-off') && n.data('label'));
  const labelPx = labelled.map((n) => parseFloat(n.style('font-size')) * cy.zoom());
  return {
    overflow: document.documentElement.scrollWidth - innerWidth,
    header: Math.round(header.height),
    search: Math.round(search?.width ?? 0),
    timeline: Math.round(timeline.height),
    lanes: Math.round(lanes.height),
    itemsInView,
    graphShare: (graph.width * graph.height) / (innerWidth * innerHeight),
    labels: labelPx.length,
    smallestLabel: Math.min(...labelPx),
  };
}

export default async function screensSpec({ test, assert, assertEqual, browser, base, ready, store, nodePoint, shot, docShot, shots, real }) {
  if (!real) return;
  /** Opens `?test&query` in a window of this size, runs `use(page, problems)`, and closes the window whatever happens. */
  async function onScreen(width, height, query, use) {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    try {
      await page.goto(`${base}?test${query}`);
      await ready(page);
      await use(page, problems);
    } finally {
      await context.close();
    }
  }
  for (const [width, height] of SIZES) {
    for (const lang of ['en', 'ar']) {
      const name = `${width}×${height} ${lang}`;
      await test(`${name}: the explorer fits the screen, and its main flows work on it`, () =>
        onScreen(width, height, `&lang=${lang}`, async (page, problems) => {
          await page.waitForTimeout(300); // the labels settle a frame after the fit
          const first = await page.evaluate(measure);
          console.log(
            `      ${name}: header ${first.header} px, search ${first.search} px, timeline ${first.timeline} px (lanes ${first.lanes} px, ${first.itemsInView} items), graph ${(first.graphShare * 100).toFixed(1)}%, ${first.labels} labels ≥ ${first.smallestLabel.toFixed(1)} px`,
          );
          assert(first.overflow <= 0, `${name}: nothing wider than the window (${first.overflow} px over)`);
          assert(first.header <= 72, `${name}: a one-line header (${first.header} px)`);
          assert(first.search >= 180, `${name}: search ${first.search} px wide`);
          assert(first.timeline >= 150, `${name}: timeline ${first.timeline} px tall`);
          // (Two and a half lanes at 720 px: the toolbar, axis and header give up their padding on a short screen.)
          assert(first.lanes >= 170, `${name}: lanes ${first.lanes} px tall`);
          assert(first.itemsInView >= 3, `${name}: timeline items in view (${first.itemsInView})`);
          assert(first.graphShare >= 0.2, `${name}: graph ${(first.graphShare * 100).toFixed(1)}% of the screen`);
          assert(first.labels >= 5 && first.smallestLabel >= 11, `${name}: ${first.labels} labels, the smallest ${first.smallestLabel.toFixed(1)} px`);

          // An actor from the list (a tab of the side pane on a narrow screen).
          if (width < WIDE) await page.getByRole('tab', { name: lang === 'ar' ? /الفاعلون/ : /Actors/ }).click();
          await page.getByRole('option', { name: lang === 'ar' ? /سيرغي لافروف/ : /Sergei Lavrov/ }).click();
          assertEqual(await store(page, (s) => s.selection), { kind: 'actor', id: 'lavrov' }, `${name}: actor from the list`);

          // An actor on the canvas.
          const putin = await nodePoint(page, 'putin');
          await page.mouse.click(putin.x, putin.y);
          assertEqual(await store(page, (s) => s.selection), { kind: 'actor', id: 'putin' }, `${name}: actor on the canvas`);
          if (width === 1366) {
            await page.waitForTimeout(500);
            await shot(page, `60-screen-${lang}-1366`);
            docShot(`${shots}/60-screen-${lang}-1366.png`, lang === 'en' ? 'screenshot.png' : 'screenshot-ar.png');
          }

          // An edge, at its middle.
          const edge = await page.evaluate(() => {
            const e = window.__cy.edges('.contact').filter((x) => x.visible()).first();
            const m = e.renderedMidpoint();
            const r = window.__cy.container().getBoundingClientRect();
            return { x: r.left + m.x, y: r.top + m.y, source: e.data('source'), target: e.data('target') };
          });
          await page.mouse.click(edge.x, edge.y);
          const picked = await store(page, (s) => s.selection);
          assertEqual(picked?.kind, 'edge', `${name}: an edge (${JSON.stringify(picked)})`);

          // A timeline item.
          await page.evaluate(() => window.__store.getState().clearSelection());
          const item = page.locator('.timeline-canvas .vis-item.vis-point').first();
          await item.click();
          assertEqual((await store(page, (s) => s.selection))?.kind, 'event', `${name}: a timeline item`);

          // Move the window.
          const before = await store(page, (s) => s.timeWindow);
          await page.getByRole('button', { name: lang === 'ar' ? 'تكبير' : 'Zoom in', exact: true }).click();
          await page.waitForFunction((b) => window.__store.getState().timeWindow.end - window.__store.getState().timeWindow.start < b.end - b.start, before);

          // Search, in the other script.
          const box = page.getByRole('combobox', { name: lang === 'ar' ? /البحث عن الفاعلين/ : /Search actors and passages/ });
          await box.fill(lang === 'ar' ? 'Araghchi' : 'عراقجي');
          await page.getByRole('listbox', { name: lang === 'ar' ? 'نتائج البحث' : 'Search results' }).waitFor();
          await box.press('Enter');
          assertEqual(await store(page, (s) => s.selection), { kind: 'actor', id: 'araghchi' }, `${name}: search`);

          // Export the whole view: the notice is a toast, the header stays one line.
          await page.getByRole('button', { name: lang === 'ar' ? 'تصدير العرض الحالي' : 'Export the current view' }).click();
          const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.locator('[data-export="view-png"]').click()]);
          assert(/\.png$/.test(file.suggestedFilename()), `${name}: a PNG (${file.suggestedFilename()})`);
          await page.getByTestId('toast').first().waitFor();
          const after = await page.evaluate(measure);
          assert(after.header <= 72 && after.overflow <= 0, `${name}: after the export, header ${after.header} px, ${after.overflow} px over`);
          assertEqual(problems, [], `${name}: no page errors`);
        }),
      );
    }
  }

  await test('a pane hidden from its divider (Enter) stays hidden after a reload, and comes back the same way', () =>
    onScreen(1366, 768, '', async (page) => {
      const timelineHeight = () => page.evaluate(() => Math.round(document.querySelector('#timeline-pane').getBoundingClientRect().height));
      const divider = page.getByRole('separator', { name: /Resize the timeline/ });
      await divider.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#timeline-pane').getBoundingClientRect().height < 1);
      const graphBefore = await page.evaluate(() => document.querySelector('.graph-canvas').getBoundingClientRect().height);
      await page.reload();
      await page.waitForFunction(() => window.__cy);
      await page.waitForTimeout(500);
      assertEqual(await timelineHeight(), 0, 'still hidden after the reload');
      const graphAfter = await page.evaluate(() => document.querySelector('.graph-canvas').getBoundingClientRect().height);
      assert(graphAfter > 450 && Math.abs(graphAfter - graphBefore) < 2, `the graph has the room (${graphAfter} px)`);
      await page.getByRole('separator', { name: /Resize the timeline/ }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('#timeline-pane').getBoundingClientRect().height >= 240);
    }),
  );

  await test('a toast raised while the Add articles dialog is open shows over the dialog, where it can be read and closed', () =>
    onScreen(1280, 720, '&lang=ar', async (page) => {
      await page.getByRole('button', { name: 'إضافة مقالات' }).click();
      await page.evaluate(() => window.__store.getState().notify({ text: 'لم يُضف «leaked-cable.txt»', tone: 'error' }));
      const toast = page.getByTestId('toast');
      await toast.waitFor();
      const where = await toast.evaluate((t) => {
        const r = t.getBoundingClientRect();
        return { inDialog: !!t.closest('dialog[open]'), onTop: !!document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('[data-testid=toast]') };
      });
      assertEqual(where, { inDialog: true, onTop: true }, 'over the dialog');
      await toast.getByRole('button', { name: 'إغلاق' }).click();
      await page.waitForFunction(() => !document.querySelector('[data-testid=toast]'));
    }),
  );
}
