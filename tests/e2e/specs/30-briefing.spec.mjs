// Briefing mode (issue 4): saved views, presentation mode, playback, comparing two periods, the slides file.
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

const day = (iso) => Date.parse(`${iso}T00:00:00Z`);
const OCT_2024 = { start: day('2024-10-01'), end: day('2024-11-01') };
const JAN_2024 = { start: day('2024-01-01'), end: day('2024-02-01') };
const MAR_2026 = { start: day('2026-03-01'), end: day('2026-04-01') };

export default async function briefingSpec({ test, assert, assertEqual, openPage, ready, store, graphState, shot, real }) {
  if (!real) return;
  const page = await openPage('?test');
  await ready(page);

  const briefing = (fn) => page.evaluate((f) => new Function('s', `return (${f})(s)`)(window.__briefing.getState()), fn.toString());
  const slides = () => page.evaluate(() => window.__slides.getState().slides);
  /** The store's window and the timeline's visible range agree with `w` (after the slide's animation). */
  const windowShown = (w) =>
    page.waitForFunction(
      ({ start, end }) => {
        const s = window.__store.getState().timeWindow;
        const t = window.__timeline.getWindow();
        const near = (a, b) => Math.abs(a - b) < 2;
        // Presenting, the timeline shows a little room around the slide's window (SLIDE_ROOM in use-vis-timeline.ts).
              const room = document.documentElement.classList.contains('presenting') ? (end - start) * 0.04 : 0;
              return s && near(s.start, start) && near(s.end, end) && near(+t.start, start - room) && near(+t.end, end + room);
      },
      w,
      { timeout: 5000 },
    );
  const counter = () => page.getByTestId('slide-counter').innerText();
  const citationIds = () => page.$$eval('.presentation-panel .citations li', (els) => els.map((e) => e.dataset.documentId));
  const saveView = async (title, caption) => {
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Caption', { exact: true }).fill(caption);
    await page.getByRole('button', { name: 'Save current view' }).click();
  };
  const seriousViolations = async (label) =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${label}: ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  const mid = real.documents.find((d) => d.source?.startsWith('ميدل ايست نيوز')).id;
  const sana = real.documents.find((d) => d.published === '2024-01-15').id;
  const sputnik = real.documents.find((d) => d.published === '2026-03-10').id;

  await test('saves three views with their windows, selections, titles and captions', async () => {
    await page.getByRole('button', { name: 'Slides', exact: true }).click();
    await store(page, (s, w) => s.setTimeWindow(w), OCT_2024);
    await store(page, (s) => s.selectEdge('putin', 'pezeshkian'));
    await saveView('Ashgabat, October 2024', 'Putin and Pezeshkian meet on the sidelines of the Ashgabat forum.');
    await store(page, (s) => s.clearSelection());
    await store(page, (s, w) => s.setTimeWindow(w), JAN_2024);
    await saveView('January 2024 calls', 'Defence and foreign ministers talk by phone.');
    await store(page, (s, w) => s.setTimeWindow(w), MAR_2026);
    await store(page, (s) => s.selectActor('lavrov'));
    await saveView('March 2026: Lavrov', 'Lavrov calls Araghchi after the strikes.');
    const saved = await slides();
    assertEqual(saved.map((s) => s.title), ['Ashgabat, October 2024', 'January 2024 calls', 'March 2026: Lavrov'], 'titles');
    assertEqual(saved.map((s) => s.view.timeWindow), [OCT_2024, JAN_2024, MAR_2026], 'windows');
    assertEqual(
      saved.map((s) => s.view.selection),
      [{ kind: 'edge', source: 'putin', target: 'pezeshkian' }, null, { kind: 'actor', id: 'lavrov' }],
      'selections',
    );
    assertEqual(await page.locator('.slide-item').count(), 3, 'three slides listed');
    await shot(page, '30-slides-panel');
  });

  await test('reorders slides with the buttons and Alt+arrow keys; clicking one shows it', async () => {
    await page.getByRole('button', { name: 'Move up' }).nth(2).click();
    assertEqual((await slides()).map((s) => s.title)[1], 'March 2026: Lavrov', 'moved up');
    await page.locator('.slide-item').nth(1).getByRole('button', { name: 'Edit' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    assertEqual((await slides()).map((s) => s.title), ['Ashgabat, October 2024', 'January 2024 calls', 'March 2026: Lavrov'], 'moved back');
    await page.waitForFunction(() => document.activeElement?.closest('.slide-item')?.textContent.includes('March 2026: Lavrov'));
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowDown');
    assertEqual((await slides()).map((s) => s.title)[2], 'March 2026: Lavrov', 'the focus stays on the moved slide');
    await page.getByRole('button', { name: 'Show “\u2068Ashgabat, October 2024\u2069”' }).click();
    await windowShown(OCT_2024);
    assertEqual(await store(page, (s) => s.selection), { kind: 'edge', source: 'putin', target: 'pezeshkian' }, 'slide applied');
  });

  await test('presentation mode: large type, controls hidden, slide 1 with its caption and sources', async () => {
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.waitForSelector('html.presenting .presentation-panel');
    assertEqual(await counter(), '1 / 3', 'counter');
    assert(!(await page.locator('.app-header').isVisible()), 'header hidden');
    assert(!(await page.locator('.timeline-toolbar').isVisible()), 'timeline toolbar hidden');
    assert(!(await page.locator('#actors-pane').isVisible()), 'actor list hidden');
    const panel = await page.locator('.presentation-panel').innerText();
    assert(panel.includes('Ashgabat, October 2024') && panel.includes('sidelines of the Ashgabat forum'), 'title and caption');
    await windowShown(OCT_2024);
    assertEqual(await citationIds(), [mid, real.documents.find((d) => d.published === '2024-10-11' && d.id !== mid).id], 'citations');
    assert(panel.includes('ميدل ايست نيوز (Middle East News)') && panel.includes('11 Oct 2024'), `outlet and date: ${panel}`);
    const fontSize = await page.locator('.slide-caption').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert(fontSize >= 24, `caption in large type (${fontSize}px)`);
    await page.waitForTimeout(800); // the graph's glide
    assertEqual((await graphState(page)).selected, ['pezeshkian|putin'], 'graph selection');
    await shot(page, '31-presentation-en');
    assertEqual(await seriousViolations('presentation'), [], 'no serious accessibility violations (axe)');
  });

  await test('the keyboard steps through the slides: window, selection, graph and sources follow', async () => {
    await page.keyboard.press('ArrowRight');
    assertEqual(await counter(), '2 / 3', 'ArrowRight');
    await windowShown(JAN_2024);
    assertEqual(await store(page, (s) => s.selection), null, 'no selection on slide 2');
    assertEqual(await citationIds(), [sana], 'slide 2 cites the SANA report');
    await page.keyboard.press(' ');
    assertEqual(await counter(), '3 / 3', 'Space');
    await windowShown(MAR_2026);
    assertEqual(await store(page, (s) => s.selection), { kind: 'actor', id: 'lavrov' }, 'Lavrov selected');
    await page.waitForTimeout(800);
    assertEqual((await graphState(page)).selected, ['lavrov'], 'graph selects Lavrov');
    assertEqual(await citationIds(), [sputnik], 'slide 3 cites the Sputnik report');
    await page.keyboard.press('ArrowRight');
    assertEqual(await counter(), '3 / 3', 'stays on the last slide');
    await page.keyboard.press('ArrowLeft');
    assertEqual(await counter(), '2 / 3', 'ArrowLeft');
    await page.keyboard.press('Home');
    assertEqual(await counter(), '1 / 3', 'Home');
    await page.keyboard.press('End');
    assertEqual(await counter(), '3 / 3', 'End');
    await page.keyboard.press('PageUp');
    assertEqual(await counter(), '2 / 3', 'PageUp');
    await page.keyboard.press('PageDown');
    assertEqual(await counter(), '3 / 3', 'PageDown');
    await page.keyboard.press('Home');
    await windowShown(OCT_2024);
  });

  await test('presentation in Arabic: right-to-left, Arabic labels', async () => {
    await store(page, (s) => s.setUiLanguage('ar'));
    try {
      await page.waitForFunction(() => document.documentElement.dir === 'rtl');
      const panel = await page.locator('.presentation-panel').innerText();
      assert(panel.includes('المصادر') && panel.includes('Ashgabat, October 2024'), `Arabic labels, the slide's own text: ${panel}`);
      assertEqual(await counter(), '1 من 3', 'the counter reads right to left');
      const side = await page.locator('.presentation-panel').evaluate((e) => e.getBoundingClientRect().left);
      assertEqual(side, 0, 'the slide panel is on the left (inline end) in Arabic');
      await page.waitForTimeout(1200);
      await shot(page, '32-presentation-ar');
    } finally {
      await store(page, (s) => s.setUiLanguage('en'));
    }
  });

  await test('P plays through time inside a slide, and pauses', async () => {
    const before = await store(page, (s) => s.timeWindow);
    await page.keyboard.press('p');
    await page.waitForFunction((start) => window.__store.getState().timeWindow.start > start + 86400000, before.start, { timeout: 5000 });
    assertEqual(await briefing((b) => b.playback), 'playing', 'playing');
    await page.keyboard.press('p');
    assertEqual(await briefing((b) => b.playback), 'paused', 'paused');
  });

  await test('Escape leaves presentation mode', async () => {
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.classList.contains('presenting'));
    assert(await page.locator('.app-header').isVisible(), 'header back');
    assertEqual(await briefing((b) => b.presenting), false, 'store');
    assertEqual(await page.locator('.presentation-panel').count(), 0, 'panel gone');
  });

  await test('playback sweeps the window to the end of the span and stops there; stop returns', async () => {
    await store(page, (s, w) => s.setTimeWindow(w), JAN_2024);
    const toggle = page.getByTestId('playback-toggle');
    await toggle.click();
    await page.waitForTimeout(400);
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.waitForFunction(() => window.__store.getState().timeWindow.start === Date.parse('2024-01-01T00:00:00Z'));
    await page.getByRole('group', { name: 'Playback speed' }).getByRole('button', { name: '4×' }).click();
    // Every actor the graph shows during the sweep (the graph applies each window before this listener runs).
    await page.evaluate(() => {
      window.__seen = new Set();
      window.__store.subscribe(() => window.__cy.nodes().not('.hidden, .veil').forEach((n) => window.__seen.add(n.id())));
    });
    await toggle.click();
    const spanEnd = day(real.documents.map((d) => d.published).filter(Boolean).sort().at(-1)) + 86400000;
    await page.waitForFunction(() => window.__briefing.getState().playback === 'idle', null, { timeout: 20000 });
    const shown = await page.evaluate(() => [...window.__seen]);
    assertEqual(await briefing((b) => b.playback), 'idle', 'stopped at the end');
    assertEqual((await store(page, (s) => s.timeWindow)).end, spanEnd, 'the window ends on the last day');
    assert(shown.includes('shoigu') && shown.includes('araghchi'), `the graph showed the contacts of both years: ${shown}`);
  });

  await test('compare two periods: October 2024 against March 2026', async () => {
    await page.getByRole('button', { name: 'Compare periods', exact: true }).click();
    const fill = async (legend, from, to) => {
      const set = page.getByRole('group', { name: legend });
      await set.getByLabel('From').fill(from);
      await set.getByLabel('To').fill(to);
    };
    await fill('Period A', '2024-10-01', '2024-10-31');
    await fill('Period B', '2026-03-01', '2026-03-31');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForSelector('[data-testid=compare-result]');
    const counts = await page.$$eval('.tie-group', (els) => els.map((e) => [e.dataset.kind, e.querySelector('.count').textContent]));
    assertEqual(counts, [['new', '4'], ['weaker', '1'], ['gone', '5']], 'counts');
    const ties = await page.$$eval('.tie-group[data-kind=new] .tie', (els) => els.map((e) => e.dataset.tie));
    assertEqual(ties, ['araghchi|lavrov', 'khamenei|pezeshkian', 'khamenei|putin', 'netanyahu|pezeshkian'], 'new ties');
    const cmp = await page.evaluate(() =>
      Object.fromEntries(window.__cy.edges().filter((e) => e.data('cmp') && !e.hasClass('hidden')).map((e) => [e.id(), e.data('cmp')])),
    );
    assertEqual(cmp['araghchi|lavrov'], 'new', 'new on the graph');
    assertEqual(cmp['pezeshkian|putin'], 'weaker', 'weaker on the graph');
    assertEqual(cmp['biden|netanyahu'], 'gone', 'gone on the graph (the window covers both periods)');
    await shot(page, '33-compare');
    assertEqual(await seriousViolations('comparison drawer'), [], 'no serious accessibility violations (axe)');
    // On a 1280×720 laptop the result starts below the periods: comparing scrolls it into view.
    const size = page.viewportSize();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.evaluate(() => document.querySelector('.drawer-body').scrollTo(0, 0));
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    await page.waitForFunction(
      () => {
        const r = document.querySelector('.tie-group h4')?.getBoundingClientRect();
        return !!r && r.top >= 0 && r.bottom <= innerHeight;
      },
      null,
      { timeout: 5000 },
    );
    await shot(page, '33-compare-1280x720');
    await page.setViewportSize(size);
    await page.getByRole('button', { name: 'Clear the comparison' }).click();
    assertEqual(await page.evaluate(() => window.__cy.edges().filter((e) => e.data('cmp')).length), 0, 'cleared');
  });

  await test('slides export as JSON and import back (appended); a broken file is refused and nothing is lost', async () => {
    await page.getByRole('tab', { name: 'Slides' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(text);
    assertEqual([file.format, file.version, file.slides.length], ['actors-events/slides', 1, 3], 'the file');
    const input = page.getByTestId('slides-import');
    await input.setInputFiles({ name: 'slides.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('status').filter({ hasText: '3 slides added' }).waitFor();
    const after = await slides();
    assertEqual(after.length, 6, 'appended');
    assertEqual(new Set(after.map((s) => s.id)).size, 6, 'imported copies get their own ids');
    const broken = JSON.stringify({ ...file, slides: [{ ...file.slides[0], view: { ...file.slides[0].view, timeWindow: { start: 5, end: 1 } } }] });
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    // Each refusal replaces the alert before it: wait for the one naming this file, not whatever alert is up.
    const alert = await page.getByRole('alert').filter({ hasText: 'broken.json' }).innerText();
    assert(/timeWindow/.test(alert) && /not changed/.test(alert), `error names the problem: ${alert}`);
    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await page.getByRole('alert').filter({ hasText: 'notes.json is not JSON' }).waitFor({ timeout: 5000 });
    assertEqual((await slides()).length, 6, 'nothing lost');
    assertEqual(page.problems, [], 'no console errors');
  });
}
