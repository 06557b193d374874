// The explorer (issue 3): the real dataset, the UI fixture and the error screens.
import { AxeBuilder } from '@axe-core/playwright';
export default async function explorerSpec({ test, assert, assertEqual, openPage, ready, store, nodePoint, graphState, passageIdsOnPanel, focusMarks, shot, passagesOf, real }) {
  // ---------- the real dataset ----------
  if (!real) {
    await test('the real dataset exists (dist/data/dataset.json)', () => assert(false, 'no dataset: run npm run build:data before the build'));
  } else {
    const page = await openPage('?test');
    const top = [...real.actors].sort((a, b) => b.mentionCount - a.mentionCount);
    const lavrov = real.actors.find((a) => a.id === 'lavrov') ?? top[0];

    await test('loads the real dataset and shows it at a glance', async () => {
      await ready(page);
      const glance = await page.getByLabel('Dataset at a glance').innerText();
      assert(glance.includes(String(real.documents.length)) && glance.includes(String(real.actors.length)), `glance: ${glance}`);
      const n = await page.evaluate(() => window.__cy.nodes().not('.veil').length);
      assertEqual(n, real.actors.length, 'one graph node per actor');
      await shot(page, '01-overview');
    });

    await test('the engines’ code is asked for with the page’s, not once the entry has arrived', async () => {
      const late = await page.evaluate(() => {
        const entry = new URL(document.querySelector('script[type=module][src]').getAttribute('src'), location.href).href;
        const ran = performance.getEntriesByName(entry)[0].responseEnd;
        const asked = performance.getEntriesByType('resource').filter((r) => /\/(cytoscape|timeline-view|graph-view)[.\w-]*\.js$/.test(r.name));
        return { count: asked.length, late: asked.filter((r) => r.startTime >= ran).map((r) => r.name) };
      });
      assertEqual(late, { count: 3, late: [] }, 'cytoscape and the two views requested before the entry came');
    });

    await test('clicking a node on the canvas lists the actor’s passages with the mention highlighted', async () => {
      const p = await nodePoint(page, lavrov.id);
      assert(p.visible, `${lavrov.id} is visible`);
      await page.mouse.click(p.x, p.y);
      await page.waitForSelector('.passage-panel mark.mention.is-focus');
      assertEqual(await store(page, (s) => s.selection), { kind: 'actor', id: lavrov.id }, 'store selection');
      assertEqual((await passageIdsOnPanel(page)).sort(), passagesOf(lavrov.id), `exactly ${lavrov.name.en}’s passages`);
      const marks = await focusMarks(page);
      assert(marks.length >= passagesOf(lavrov.id).length, 'every passage has a highlighted mention');
      const g = await graphState(page);
      assertEqual(g.selected, [lavrov.id], 'the node is selected');
      assert(g.dim.length > 0 && g.hl.includes(lavrov.id), 'the neighbourhood is highlighted and the rest dimmed');
      const hlTimeline = await page.$$eval('.vis-item.vis-selected:not(.vis-dot)', (els) => els.length);
      const datedEvents = real.events.filter((e) => e.date && e.participants.includes(lavrov.id)).length;
      assertEqual(hlTimeline, datedEvents, 'the timeline highlights the actor’s dated events');
      await shot(page, '02-actor-from-canvas');
    });

    await test('clicking an actor in the list does the same', async () => {
      const other = top.find((a) => a.id !== lavrov.id);
      await page.getByRole('option', { name: new RegExp(other.name.en) }).click();
      await page.waitForFunction((id) => window.__store.getState().selection?.id === id, other.id);
      assertEqual((await passageIdsOnPanel(page)).sort(), passagesOf(other.id), `exactly ${other.name.en}’s passages`);
      const marks = await focusMarks(page);
      assert(marks.length > 0, 'mentions highlighted');
      const card = await page.locator('.actor-card').innerText();
      assert(card.includes(other.name.en) && card.includes(other.name.ar), 'card shows both scripts');
    });

    await test('Arabic passages render right-to-left in the bundled Noto Naskh Arabic', async () => {
      const el = page.locator('.passage-text[lang=ar]').first();
      assertEqual(await el.evaluate((e) => getComputedStyle(e).direction), 'rtl', 'direction');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root: doc } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: doc.nodeId, selector: '.passage-text[lang=ar]' });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const names = fonts.map((f) => f.familyName);
      assert(names.some((n) => /Noto Naskh Arabic/.test(n)), `fonts used: ${names.join(', ')}`);
      await cdp.detach();
    });

    await test('clicking a timeline event highlights its participants on the graph and lists its passages', async () => {
      const ev =
        real.events.find((e) => e.date && e.participants.length >= 2 && e.participants.includes(lavrov.id)) ??
        real.events.find((e) => e.date && e.participants.length >= 2);
      await page.keyboard.press('Escape');
      await page.evaluate((id) => {
        // bring the event into view the way a user would see it: the timeline's own focus
        window.__timeline.focus(id, { animation: false });
      }, ev.id);
      await page.waitForTimeout(300);
      const item = page.locator(`.vis-item:not(.vis-dot)`, { has: page.locator('.tl-label') }).filter({
        hasText: (await page.evaluate((id) => window.__timeline.itemsData.get(id).content, ev.id)),
      });
      await item.first().click();
      await page.waitForFunction((id) => window.__store.getState().selection?.id === id, ev.id);
      const g = await graphState(page);
      assertEqual(g.hl, [...new Set(ev.participants)].sort(), 'participants highlighted');
      assertEqual((await passageIdsOnPanel(page)).sort(), [...new Set(ev.passageIds)].sort(), 'the event’s passages');
      assert(await page.locator('.event-card').isVisible(), 'event card');
      await shot(page, '03-event');
    });

    await test('moving and zooming the timeline window changes the graph', async () => {
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Fit all' }).click();
      await page.waitForTimeout(300);
      const before = await graphState(page);
      // Zoom in with the wheel over the latest events, as a user would.
      const latest = [...real.events].filter((e) => e.date).sort((a, b) => (a.date.start < b.date.start ? 1 : -1))[0];
      const x = await page.evaluate((d) => {
        const tl = window.__timeline;
        const r = tl.dom.center.getBoundingClientRect();
        return r.left + tl.body.util.toScreen(new Date(d + 'T12:00:00Z'));
      }, latest.date.start);
      const box = await page.locator('.timeline-canvas .vis-center').boundingBox();
      await page.mouse.move(x, box.y + 30);
      for (let i = 0; i < 14; i++) {
        await page.mouse.wheel(0, -240);
        await page.waitForTimeout(40);
      }
      await page.waitForTimeout(600);
      const win = await store(page, (s) => s.timeWindow);
      assert(win.end - win.start < 120 * 86400000, `zoomed in to ${(win.end - win.start) / 86400000} days`);
      const after = await graphState(page);
      assert(JSON.stringify(after.shown) !== JSON.stringify(before.shown), 'the set of actors on the graph changed');
      assert(after.shown.length < before.shown.length, 'fewer actors in a narrower window');
      // The list agrees with the graph.
      const listed = await page.$$eval('.actor-row:not(.is-out)', (els) => els.map((e) => e.dataset.id).sort());
      assertEqual(listed, after.shown, 'actor list marks the same actors as on the graph');
      const dates = await page.getByTestId('window-dates').innerText();
      assert(/2026|2025|2024/.test(dates), `window dates shown: ${dates}`);
      await shot(page, '04-window');
      // Drag (pan) the window back in time: the graph changes again.
      await page.mouse.move(box.x + box.width * 0.3, box.y + 30);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.95, box.y + 30, { steps: 8 });
      await page.mouse.up();
      await page.waitForTimeout(500);
      const win2 = await store(page, (s) => s.timeWindow);
      assert(win2.start < win.start, 'dragging moved the window back');
    });

    await test('clicking an edge lists the passages both appear in and narrows the timeline to their shared events', async () => {
      await page.getByRole('button', { name: 'Fit all' }).click();
      await page.waitForTimeout(300);
      const edge = [...real.edges].sort((a, b) => b.weight - a.weight)[0];
      const mid = await page.evaluate((id) => {
        const cy = window.__cy;
        const e = cy.$id(id);
        const p = e.renderedMidpoint();
        const r = cy.container().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, [edge.source, edge.target].sort().join('|'));
      await page.mouse.click(mid.x, mid.y);
      await page.waitForFunction(() => window.__store.getState().selection?.kind === 'edge');
      assertEqual((await passageIdsOnPanel(page)).sort(), [...new Set(edge.passageIds)].sort(), 'shared passages');
      const shownEvents = await page.evaluate(() => window.__timeline.itemsData.getIds().sort());
      const shared = real.events
        .filter((e) => e.date && (edge.eventIds.includes(e.id) || (e.participants.includes(edge.source) && e.participants.includes(edge.target))))
        .map((e) => e.id)
        .sort();
      assertEqual(shownEvents, shared, 'timeline narrowed to the shared events');
      await shot(page, '05-edge');
    });

    await test('a timeline event is reachable by keyboard: focus it, Enter selects it', async () => {
      await page.keyboard.press('Escape');
      const item = page.locator('.vis-item [data-item-id][role="button"]', { hasText: 'Ashgabat' }).first();
      assertEqual(await item.getAttribute('tabindex'), '0', 'focusable');
      await item.focus();
      await page.keyboard.press('Enter');
      const id = await item.getAttribute('data-item-id');
      const sel = await store(page, (s) => s.selection);
      assertEqual(sel, { kind: 'event', id }, 'Enter selected the focused event');
      await page.keyboard.press('Escape');
    });

    await test('Escape clears the selection everywhere', async () => {
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => window.__store.getState().selection === null);
      const g = await graphState(page);
      assertEqual([g.hl.length, g.dim.length, g.selected.length], [0, 0, 0], 'graph cleared');
      assertEqual(await page.locator('.vis-item.vis-selected').count(), 0, 'timeline cleared');
      assert(await page.getByText(/Select an actor/).isVisible(), 'panel shows the hint');
    });

    await test('opening a passage in its article scrolls to it and highlights it', async () => {
      await page.getByRole('option', { name: new RegExp(lavrov.name.en) }).click();
      await page.locator('.passage').first().getByRole('button', { name: /Open in article/ }).click();
      const target = page.getByTestId('reader-target');
      await target.waitFor();
      assert(await target.isVisible(), 'target visible');
      const inView = await target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const p = el.closest('.panel-body').getBoundingClientRect();
        return r.top < p.bottom && r.bottom > p.top;
      });
      assert(inView, 'the passage is scrolled into view');
      assert((await page.locator('.reader-text mark.mention').count()) > 0, 'mentions marked in the article');
      await shot(page, '06-reader');
      await page.keyboard.press('Escape');
    });

    await test('search finds an actor by an Arabic spelling', async () => {
      const box = page.getByRole('combobox', { name: /Search actors and passages/ });
      await box.fill(lavrov.aliases.find((a) => /[\u0600-\u06ff]/.test(a)) ?? lavrov.name.ar);
      const first = page.locator('#search-results [role=option]').first();
      await first.waitFor();
      assert((await first.innerText()).includes(lavrov.name.en), `first result: ${await first.innerText()}`);
      await box.press('Enter');
      await page.waitForFunction((id) => window.__store.getState().selection?.id === id, lavrov.id);
      await box.fill('');
      await page.keyboard.press('Escape');
    });

    await test('no serious accessibility violations (axe), with and without a selection', async () => {
      const report = async (label) => {
        const r = await new AxeBuilder({ page }).analyze();
        return r.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${label}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
      };
      await page.keyboard.press('Escape');
      const bad = await report('nothing selected');
      await page.getByRole('option', { name: new RegExp(lavrov.name.en) }).click();
      await page.locator('.passage-panel mark.is-focus').first().waitFor();
      bad.push(...(await report(`${lavrov.name.en} selected`)));
      await page.keyboard.press('Escape');
      assert(!bad.length, bad.join('\n        '));
    });

    await test('no console errors on the real dataset', async () => {
      assertEqual(page.problems, [], 'console errors / page errors');
    });
    await page.context().close();
  }

  // ---------- the UI fixture: safety and failure ----------
  {
    const page = await openPage('?test&data=data/__e2e__/ui-fixture.json');
    await test('fixture: HTML in the corpus shows as text everywhere and never runs', async () => {
      await ready(page);
      await page.getByRole('option', { name: /Sergey Lavrov/ }).click();
      const passage = page.locator('[data-passage="p-sp-3"] .passage-text');
      await passage.waitFor();
      const text = await passage.innerText();
      assert(text.includes('<img src=x onerror=alert(1)>') && text.includes('<script>alert("xss")</script>'), `text: ${text}`);
      const item = page.locator('.vis-item', { hasText: 'Iran fires ~200 missiles at Israel <b>' });
      assertEqual(await item.count(), 1, 'timeline label shown literally');
      await page.locator('[data-passage="p-sp-3"]').getByRole('button', { name: /Open in article/ }).click();
      await page.getByTestId('reader-target').waitFor();
      assert((await page.getByTestId('reader-target').innerText()).includes('<img src=x onerror=alert(1)>'), 'reader shows it literally');
      const box = page.getByRole('combobox', { name: /Search/ });
      await box.fill('onerror');
      await page.locator('#search-results [role=option]').first().waitFor();
      assertEqual(await page.locator('#root img, #root script, .vis-item b').count(), 0, 'no element was created from corpus text');
      await page.waitForTimeout(200);
      assertEqual(page.problems, [], 'no alert, no errors');
      await box.fill('');
      await shot(page, '07-fixture-xss');
    });

    await test('fixture: undated events are listed apart, never on the axis', async () => {
      const undated = page.getByRole('group', { name: 'Undated events' });
      assert((await undated.innerText()).includes('Lavrov to visit Tehran'), 'listed');
      assertEqual(await page.locator('.vis-item', { hasText: 'Lavrov to visit Tehran' }).count(), 0, 'not on the axis');
    });

    await test('fixture: an empty time window shows an empty state', async () => {
      await page.keyboard.press('Escape');
      await store(page, (s) => s.setTimeWindow({ start: Date.UTC(2023, 0, 1), end: Date.UTC(2023, 1, 1) }));
      await page.getByText('Nothing in this window').waitFor();
      await shot(page, '08-empty-window');
    });
    await page.context().close();

    for (const [name, query, message] of [
      ['missing', '?data=data/__e2e__/nope.json', /not found/],
      ['malformed', '?data=data/__e2e__/malformed.json', /not valid JSON/],
      ['wrong-version', '?data=data/__e2e__/wrong-version.json', /schema version 99 is not supported/],
    ]) {
      await test(`a ${name} dataset shows a clear message, not a blank page`, async () => {
        const p = await openPage(query);
        const alert = p.getByRole('alert');
        await alert.waitFor();
        const text = await alert.innerText();
        assert(/could not be loaded/.test(text) && message.test(text), text);
        if (name === 'wrong-version') await shot(p, '09-error');
        await p.context().close();
      });
    }
  }

}
