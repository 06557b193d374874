// Shareable views (issue 4): the whole view in the URL, the interface in English and Arabic (mirrored), two themes.
export default async function urlLanguageSpec({ test, assert, assertEqual, openPage, ready, store, graphState, shot, real }) {
  if (!real) return;
  const DAY = 86_400_000;
  const lavrov = real.actors.find((a) => a.id === 'lavrov');
  const dated = real.events.filter((e) => e.date && e.participants.includes(lavrov.id));
  const first = dated.map((e) => e.date.start).sort()[0];
  const last = dated.map((e) => e.date.end).sort().at(-1);
  const hiddenType = dated[0].type === 'statement' ? 'meeting' : 'statement';
  const window = { start: Date.parse(`${first}T00:00:00Z`) - 10 * DAY, end: Date.parse(`${last}T00:00:00Z`) + 11 * DAY };
  const day = (ms) => new Date(ms).toISOString().slice(0, 10);
  const shared = `?test&from=${day(window.start)}&to=${day(window.end - DAY)}&actor=lavrov&hide=${hiddenType}&lang=ar&theme=dark`;
  const search = (page) => page.evaluate(() => new URLSearchParams(location.search));
  const param = (page, name) => page.evaluate((n) => new URLSearchParams(location.search).get(n), name);

  await test('a shared URL opens exactly its view in a fresh browser: window, actor, hidden type, Arabic, dark', async () => {
    const page = await openPage(shared);
    await ready(page);
    const s = await store(page, (s) => ({
      timeWindow: s.timeWindow,
      selection: s.selection,
      hiddenEventTypes: s.hiddenEventTypes,
      uiLanguage: s.uiLanguage,
      nameLanguage: s.nameLanguage,
      theme: s.theme,
    }));
    assertEqual(s, { timeWindow: window, selection: { kind: 'actor', id: 'lavrov' }, hiddenEventTypes: [hiddenType], uiLanguage: 'ar', nameLanguage: 'ar', theme: 'dark' }, 'store');
    const tl = await page.evaluate(() => {
      const w = window.__timeline.getWindow();
      return { start: +w.start, end: +w.end, rtl: window.__timeline.options.rtl };
    });
    assert(Math.abs(tl.start - window.start) <= 1 && Math.abs(tl.end - window.end) <= 1, `timeline window ${JSON.stringify(tl)}`);
    assert(tl.rtl === true, 'the timeline runs right to left');
    assertEqual((await graphState(page)).selected, ['lavrov'], 'the graph selects Lavrov');
    const html = await page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang, theme: document.documentElement.dataset.theme }));
    assertEqual(html, { dir: 'rtl', lang: 'ar', theme: 'dark' }, '<html>');
    const card = await page.locator('.actor-card').innerText();
    assert(card.includes(lavrov.name.ar) && card.includes('روسيا'), `the card, in Arabic: ${card.slice(0, 80)}`);
    const chip = page.locator('.timeline-toolbar .chip[aria-pressed="false"]');
    assertEqual(await chip.count(), 1, 'one event type hidden');
    assertEqual(await page.locator('.url-notice').count(), 0, 'no notice for a good link');
    assertEqual(page.problems, [], 'no console errors');
    await shot(page, '20-shared-view-ar-dark');
    await page.context().close();
  });

  await test('changing the view rewrites the URL (and keeps ?test)', async () => {
    const page = await openPage('?test');
    await ready(page);
    const other = [...real.actors].sort((a, b) => b.mentionCount - a.mentionCount).find((a) => a.id !== 'lavrov');
    await page.locator(`.actor-row[data-id="${other.id}"]`).click();
    await page.locator('.timeline-toolbar .chip').first().click();
    await page.getByRole('button', { name: 'View settings and link' }).click();
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('theme') === 'dark');
    const hidden = await store(page, (s) => s.hiddenEventTypes);
    assertEqual(await param(page, 'actor'), other.id, 'actor');
    assertEqual(await param(page, 'hide'), hidden.join(','), 'hidden types');
    assert((await search(page)) !== null && (await page.evaluate(() => new URLSearchParams(location.search).has('test'))), '?test kept');
    const w = await store(page, (s) => s.timeWindow);
    const from = await param(page, 'from');
    assert(from && Math.abs(Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from) - w.start) <= 1, `from=${from} is the window's start`);
    // The link restores that view in a fresh browser.
    const url = await page.evaluate(() => location.search);
    const again = await openPage(url);
    await ready(again);
    const restored = await store(again, (s) => [s.selection, s.hiddenEventTypes, s.theme, Math.round(s.timeWindow.start), Math.round(s.timeWindow.end)]);
    assertEqual(restored, [{ kind: 'actor', id: other.id }, hidden, 'dark', Math.round(w.start), Math.round(w.end)], 'restored view');
    await again.context().close();
    await page.context().close();
  });

  await test('a stale link (unknown actor, bad date, unknown type) opens the default view with a notice naming them', async () => {
    const page = await openPage('?test&actor=nobody&from=2024-13-45&to=2024-10-31&hide=dance,meeting');
    await ready(page);
    const notice = page.locator('.url-notice');
    await notice.waitFor();
    const text = await notice.innerText();
    for (const bad of ['nobody', '2024-13-45', 'dance']) assert(text.includes(bad), `the notice names ${bad}: ${text}`);
    const s = await store(page, (s) => ({ selection: s.selection, hidden: s.hiddenEventTypes, lang: s.uiLanguage }));
    assertEqual(s, { selection: null, hidden: ['meeting'], lang: 'en' }, 'what could be used is used, the rest is default');
    assertEqual(await param(page, 'actor'), null, 'the stale actor left the URL');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    assertEqual(await notice.count(), 0, 'dismissed');
    assertEqual(page.problems, [], 'no console errors');
    await page.context().close();
  });

  await test('switching the interface to Arabic in the header mirrors the layout', async () => {
    const page = await openPage('?test');
    await ready(page);
    const box = (sel) => page.locator(sel).boundingBox();
    const [listEn, graphEn] = [await box('.actor-list'), await box('.graph-view')];
    assert(listEn.x < graphEn.x, 'English: actors on the left of the graph');
    await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: 'عربي' }).click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await ready(page);
    const [listAr, graphAr, panelAr] = [await box('.actor-list'), await box('.graph-view'), await box('.side-panel')];
    assert(listAr.x > graphAr.x && graphAr.x > panelAr.x, `Arabic: actors | graph | sources from the right (${listAr.x}, ${graphAr.x}, ${panelAr.x})`);
    assertEqual(await page.locator('.app-header h1').innerText(), 'الفاعلون والأحداث', 'header title');
    assertEqual(await page.locator('.actor-list h2').evaluate((e) => e.firstChild.textContent.trim()), 'الفاعلون', 'actor list heading');
    assertEqual(await store(page, (s) => [s.uiLanguage, s.nameLanguage]), ['ar', 'ar'], 'names follow the interface');
    assert(await page.evaluate(() => window.__timeline.options.rtl === true), 'timeline re-created right to left');
    const labels = await page.evaluate(() => window.__cy.nodes().map((n) => n.data('label')).join(' '));
    assert(/[\u0600-\u06FF]/.test(labels), 'graph labels in Arabic');
    const axis = await page.locator('.vis-time-axis .vis-text').allInnerTexts();
    assert(axis.some((t) => /[\u0600-\u06FF]/.test(t)) && !axis.some((t) => /[\u0660-\u0669]/.test(t)), `axis months in Arabic, Latin digits: ${axis.slice(0, 6)}`);
    await page.getByRole('button', { name: 'إعدادات العرض والرابط' }).click();
    await page.getByRole('button', { name: 'التبديل إلى المظهر الداكن' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    const labelColour = await page.evaluate(() => window.__cy.nodes()[0].style('color'));
    assert(/238|eef2f7/i.test(labelColour), `graph labels follow the dark theme: ${labelColour}`);
    await page.locator(`.actor-row[data-id="lavrov"]`).click();
    await page.waitForSelector('.passage-panel mark.mention.is-focus');
    await page.waitForTimeout(400);
    await shot(page, '21-arabic-dark');
    await page.getByRole('button', { name: 'إعدادات العرض والرابط' }).click();
    await page.getByRole('button', { name: 'التبديل إلى المظهر الفاتح' }).click();
    await page.keyboard.press('Escape'); // closes the menu before the picture
    await page.waitForTimeout(300);
    await shot(page, '22-arabic-light');
    assertEqual(page.problems, [], 'no console errors');
    await page.context().close();
  });

  await test('"Copy link" copies the address of this exact view', async () => {
    const page = await openPage('?test&lang=ar');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page);
    await page.locator('.actor-row[data-id="lavrov"]').click();
    await page.getByRole('button', { name: 'إعدادات العرض والرابط' }).click();
    await page.getByRole('button', { name: 'نسخ الرابط' }).click();
    await page.getByTestId('toast').filter({ hasText: 'تم نسخ الرابط' }).waitFor();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    assertEqual([copied.searchParams.get('actor'), copied.searchParams.get('lang')], ['lavrov', 'ar'], 'the link names the view');
    await page.context().close();
  });
}
