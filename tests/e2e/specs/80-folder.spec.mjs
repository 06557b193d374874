// A dataset folder (issue 16): the bundled corpus built by `build:data --folder` (run-e2e.mjs builds it into
// dist/data/__e2e__/folder/) and read by the app through HTTP range requests. The core flows give what the same
// corpus gives as dataset.json.
export default async function folderSpec({ test, assert, assertEqual, openPage, ready, store, nodePoint, graphState, passageIdsOnPanel, focusMarks, shot, passagesOf, real, dist }) {
  if (!real) return;
  const FOLDER = 'data/__e2e__/folder/';
  const page = await openPage(`?test&data=${FOLDER}&filter=off`);

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
}
