// A dense graph (issue 3, speed): beyond 300 links only the strongest are drawn, with a notice and a switch.
// The files are padded past 2 MB so that they take the large-dataset path (validated in a worker).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The UI fixture plus 50 actors linked pairwise (1,225 more links). */
function denseDataset(root) {
  const d = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/mini-dataset.json'), 'utf8'));
  const id = (i) => `dense-${String(i).padStart(2, '0')}`;
  const template = d.actors[0];
  for (let i = 0; i < 50; i++)
    d.actors.push({ ...template, id: id(i), name: { en: `Dense ${i}`, ar: `كثيف ${i}` }, shortName: { en: `D${i}`, ar: `ك${i}` }, aliases: [`Dense ${i}`], mentionCount: 0, discovered: false });
  const passageIds = [d.passages[0].id];
  for (let j = 1; j < 50; j++) for (let i = 0; i < j; i++) d.edges.push({ source: id(i), target: id(j), weight: j, passageIds, eventIds: [], contact: false });
  return d;
}

export default async function denseGraphSpec({ test, assert, assertEqual, openPage, ready, store, real, root, dist }) {
  if (real) {
    await test('the bundled corpus draws all its links, with no notice', async () => {
      const page = await openPage('?test');
      await ready(page);
      await store(page, (s) => s.setWindowFilter(false));
      await page.waitForTimeout(200);
      const drawn = await page.evaluate(() => window.__cy.edges().filter((e) => !e.hasClass('hidden')).length);
      assertEqual(drawn, real.edges.length, 'every link drawn');
      assertEqual(await page.locator('.link-notice').count(), 0, 'no notice');
      await page.context().close();
    });
  }

  const padding = ' '.repeat(2_100_000);
  writeFileSync(resolve(dist, 'data/__e2e__/dense.json'), JSON.stringify(denseDataset(root)) + padding);
  const invalid = denseDataset(root);
  invalid.edges[7].target = 'nobody';
  writeFileSync(resolve(dist, 'data/__e2e__/dense-invalid.json'), JSON.stringify(invalid) + padding);
  writeFileSync(resolve(dist, 'data/__e2e__/dense-malformed.json'), JSON.stringify(invalid).slice(0, -10) + padding);

  for (const [name, message] of [
    ['dense-invalid', /edge .* names an unknown actor/],
    ['dense-malformed', /not valid JSON/],
  ])
    await test(`a large ${name.slice(6)} dataset shows what is wrong`, async () => {
      const p = await openPage(`?data=data/__e2e__/${name}.json`);
      const alert = p.getByRole('alert');
      await alert.waitFor();
      const text = await alert.innerText();
      assert(/could not be loaded/.test(text) && message.test(text), text);
      await p.context().close();
    });

  const page = await openPage('?test&data=data/__e2e__/dense.json');
  const drawnEdges = () => page.evaluate(() => window.__cy.edges().filter((e) => !e.hasClass('hidden')).length);

  await test('a dense graph draws the 300 strongest links and says so', async () => {
    await ready(page);
    await store(page, (s) => s.setWindowFilter(false));
    const notice = page.getByTestId('link-notice');
    await notice.getByText('Showing 300 of 1231 links').waitFor();
    assertEqual(await drawnEdges(), 300, 'links drawn');
  });

  await test('an exported or printed picture of it says how many links it draws', async () => {
    await page.getByRole('button', { name: 'Export the current view' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="graph-svg"]').click()]);
    const svg = readFileSync(await file.path(), 'utf8');
    assert(svg.includes('300 of 1231 links drawn: the strongest, and all of the selection’s.'), 'the SVG says so');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const note = page.locator('.print-sheet .print-graph figcaption');
    assertEqual(await note.innerText(), '300 of 1231 links drawn: the strongest, and all of the selection’s.', 'the handout says so');
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
  });

  await test('selecting an actor draws all its links', async () => {
    await store(page, (s) => s.selectActor('dense-00'));
    await page.getByTestId('link-notice').getByText('Showing 342 of 1231 links').waitFor();
    assertEqual(await drawnEdges(), 342, 'links drawn');
    await store(page, (s) => s.clearSelection());
  });

  await test('“Show all links” draws every link; “Strongest only” goes back', async () => {
    await page.getByRole('button', { name: 'Show all links' }).click();
    await page.getByTestId('link-notice').getByText('Showing all 1231 links.').waitFor();
    await page.waitForTimeout(100);
    assertEqual(await drawnEdges(), 1231, 'links drawn');
    await page.getByRole('button', { name: 'Strongest only' }).click();
    await page.getByTestId('link-notice').getByText('Showing 300 of 1231 links').waitFor();
    assertEqual(await drawnEdges(), 300, 'links drawn');
    assert(page.problems.length === 0, page.problems.join('\n'));
  });
  await page.context().close();
}
