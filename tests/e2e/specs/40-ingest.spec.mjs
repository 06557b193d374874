// Bringing your own articles (issue 5): drop or pick .txt articles, paste one, see them on the graph and the
// timeline, keep them across reloads, remove them, download the merged dataset, open a dataset file, reset.
// Progress and outcomes are toasts over the page (issue 15): the header keeps its one line throughout.
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const AR = 'shoigu-larijani-call-ar.txt';
const EN = 'shoigu-larijani-call-en.txt';
const HOSTILE = '<img src=x onerror=alert(1)>';

export default async function ingestSpec({ test, assert, assertEqual, openPage, ready, store, shot, root, dist, real, VIEWPORT }) {
  if (!real) return;
  const fixture = (name) => resolve(root, 'tests/fixtures/ingest', name);
  const page = await openPage('?test');

  const actorIds = () => store(page, (s) => s.dataset.actors.map((a) => a.id));
  const documentFiles = () => store(page, (s) => s.dataset.documents.map((d) => d.file));
  const newCall = () => store(page, (s) => s.dataset.events.find((e) => e.type === 'phone_call' && e.participants.includes('larijani')) ?? null);
  const onGraph = (id) => page.evaluate((id) => window.__cy.$id(id).length === 1, id);
  const onTimeline = (id) => page.evaluate((id) => window.__timeline.itemsData.get(id) !== null, id);
  const waitForActor = (id, present = true) =>
    page.waitForFunction(
      ([id, present]) => window.__cy && window.__store.getState().dataset.actors.some((a) => a.id === id) === present && window.__cy.$id(id).length === (present ? 1 : 0),
      [id, present],
      { timeout: 20000 },
    );
  /** The header's height and how far the page runs wider than the window. */
  const headerGeometry = () =>
    page.evaluate(() => ({ height: Math.round(document.querySelector('.app-header').getBoundingClientRect().height), overflow: document.documentElement.scrollWidth - window.innerWidth }));
  /** Measured around the drop on the most common laptop screen, where the header used to grow. */
  const LAPTOP = { width: 1366, height: 768 };
  const header = {};
  const toast = (text) => page.getByTestId('toast').filter({ hasText: text });
  const reports = () => page.$$eval('.ingest-report', (els) => els.map((e) => [e.querySelector('.ingest-report-name').textContent, e.dataset.outcome, e.querySelector('.ingest-report-outcome').textContent]));
  const dialog = page.locator('dialog.ingest-dialog');
  /** Pastes an article with its headline, outlet and date, waits until the dataset holds it, and gives its document. */
  const pasteArticle = async ({ headline, outlet, date, text }) => {
    const form = dialog.locator('form.ingest-paste');
    await form.getByLabel('Headline').fill(headline);
    await form.getByLabel('Outlet').fill(outlet);
    await form.getByLabel('Date').fill(date);
    await form.getByLabel('Text', { exact: true }).fill(text);
    await form.getByRole('button', { name: 'Add the article' }).click();
    await page.waitForFunction((source) => window.__store.getState().dataset.documents.some((d) => d.source === source), outlet);
    await page.locator('.ingest-progress').waitFor({ state: 'detached' });
    return store(page, (s, source) => s.dataset.documents.find((d) => d.source === source), outlet);
  };
  const openDialog = async () => {
    if (!(await dialog.isVisible())) await page.getByRole('button', { name: /^Add articles/ }).click();
    await dialog.waitFor({ state: 'visible' });
  };
  const closeDialog = async () => {
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
  };

  /** Files dragged over the page and dropped, as the browser hands them over: a DataTransfer holding File objects. */
  async function dragFiles(files) {
    const transfer = await page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text ?? new Uint8Array(f.bytes)], f.name, { type: f.type }));
      return dt;
    }, files);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await page.dispatchEvent('#root', 'dragover', { dataTransfer: transfer });
    return transfer;
  }

  await test('ingest: the bundled data shows, with nothing added yet', async () => {
    await ready(page);
    assert(!(await actorIds()).includes('larijani'), 'Larijani is not in the bundled corpus');
    assertEqual(await newCall(), null, 'no Shoigu–Larijani call yet');
    assertEqual(await page.getByRole('button', { name: /^Add articles/ }).innerText(), 'Add articles', 'header button, nothing added');
  });

  await test('ingest: dropping two articles and a binary file adds the articles and rejects the binary with its reason', async () => {
    await page.setViewportSize(LAPTOP);
    header.before = await headerGeometry();
    const transfer = await dragFiles([
      { name: AR, text: readFileSync(fixture(AR), 'utf8'), type: 'text/plain' },
      { name: EN, text: readFileSync(fixture(EN), 'utf8'), type: 'text/plain' },
      { name: 'leaked-cable.txt', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d, 0, 0, 0, 1, 2, 3, 0xff], type: 'text/plain' },
    ]);
    await page.locator('.ingest-drop-overlay').waitFor({ state: 'visible' });
    await shot(page, '40-ingest-drop-overlay');
    await page.dispatchEvent('#root', 'drop', { dataTransfer: transfer });
    await waitForActor('larijani');
    await page.waitForSelector('.ingest-report');
    assertEqual(await page.locator('.ingest-drop-overlay').count(), 0, 'the overlay goes after the drop');
    const r = await reports();
    assertEqual(r.map(([name, outcome]) => [name, outcome]), [[AR, 'added'], [EN, 'added'], ['leaked-cable.txt', 'rejected']], 'one report per file');
    assert(/binary/.test(r[2][2]), `the binary file's reason: ${r[2][2]}`);
    // Shoigu was known already: Larijani is the one new actor; the call and his statement rest on the new reports.
    assertEqual([r[0][2], r[1][2]], ['added: 2 new events, 1 new actor', 'added: 2 new events, 1 new actor'], 'only what is new is counted');
    const outcome = toast(/^Added 2 articles: 2 new events, 1 new actor\. /);
    await outcome.waitFor({ state: 'attached' });
    const outcomeText = await outcome.locator('p').innerText();
    assert(/“\u2068leaked-cable\.txt\u2069” not added: the file is binary/.test(outcomeText), `one toast sums it up: ${outcomeText}`);
    assertEqual(await page.getByTestId('toast').count(), 1, 'the progress toast made way for the outcome');
    assertEqual(await page.locator('.app-header .ingest-progress, .app-header .ingest-report').count(), 0, 'nothing of ingest in the header but its button');
    header.after = await headerGeometry();
    await page.setViewportSize(VIEWPORT);
    const call = await newCall();
    assertEqual([call.participants, call.date.start, call.documentIds], [['shoigu', 'larijani'], '2026-03-18', ['shoigu-larijani-call-ar', 'shoigu-larijani-call-en']], 'one call from both reports');
    assert(await onGraph('larijani'), 'Larijani is on the graph');
    assert(await onTimeline(call.id), 'the call is on the timeline');
    const known = real.events.find((e) => e.type === 'phone_call' && e.date?.start === '2026-03-10' && e.participants.includes('putin'));
    const merged = await store(page, (s, id) => s.dataset.events.find((e) => e.id === id), known.id);
    assertEqual(merged.documentIds, [...known.documentIds, 'shoigu-larijani-call-en'], 'the English report of the known Putin–Pezeshkian call joins that event');
    assertEqual(await dialog.locator('.ingest-added-item').count(), 2, 'both listed as added');
    assert(page.workers().some((w) => /ingest\.worker/.test(w.url())), 'the pipeline ran in the ingest worker');
    await shot(page, '41-ingest-dropped');
  });

  await test('ingest: at 1366×768 the header keeps its one line through adding articles, and the page its width', async () => {
    assertEqual(header.after, header.before, 'the header’s height and the page’s overflow, before and after');
    assert(header.after.height <= 72, `the header is one line (≤ 72 px), not ${header.after.height} px`);
    assert(header.after.overflow <= 0, `nothing overflows the page horizontally (${header.after.overflow} px)`);
  });

  await test('ingest: the outcome toast goes away', async () => {
    await page.getByTestId('toast').first().waitFor({ state: 'detached', timeout: 20000 });
  });

  await test('ingest: the new actor and call show on the graph and the timeline', async () => {
    await closeDialog();
    const button = page.getByRole('button', { name: 'Add articles 2 added' });
    assertEqual(await button.locator('.ingest-badge [aria-hidden]').innerText(), '2', 'the header counts the added articles');
    await store(page, (s) => s.selectActor('larijani'));
    await page.waitForSelector('.passage-panel mark.mention.is-focus');
    const call = await newCall();
    await page.waitForFunction((id) => document.querySelector(`.vis-item.vis-selected`) !== null && window.__timeline.getSelection().includes(id), call.id);
    const docs = await page.$$eval('.passage-panel [data-passage]', (els) => [...new Set(els.map((e) => e.dataset.passage.split(':')[0]))].sort());
    assertEqual(docs, ['shoigu-larijani-call-ar', 'shoigu-larijani-call-en'], 'his passages come from the two new articles');
    await shot(page, '42-ingest-larijani-selected');
  });

  await test('ingest: after a reload the bundled data shows at once, and the added articles are applied again with progress', async () => {
    // Not selected before the reload: the URL would ask for Larijani before the articles naming him are back.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('larijani'));
    // A slower CPU makes the re-analysis long enough to be seen.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const headerBefore = await headerGeometry();
    await page.reload();
    // Read in the same turn as the progress is seen: a fast machine may finish the analysis between two calls.
    const shownMeanwhile = await page.waitForFunction(
      () => {
        const progress = [...document.querySelectorAll('[data-testid="toast"]')].find((t) => t.textContent.startsWith('Re-applying your added articles'));
        const header = document.querySelector('.app-header');
        return progress && header && { documents: window.__store?.getState().dataset?.documents.length, progress: progress.textContent, headerHeight: Math.round(header.getBoundingClientRect().height) };
      },
      null,
      { timeout: 20000, polling: 'raf' },
    );
    const meanwhile = await shownMeanwhile.jsonValue();
    assertEqual(meanwhile.documents, real.documents.length, 'the bundled data is on screen meanwhile');
    assert(/^Re-applying your added articles \(\d+ \/ 7 articles\)/.test(meanwhile.progress), `the progress toast: ${meanwhile.progress}`);
    assertEqual(meanwhile.headerHeight, headerBefore.height, 'the header keeps its height while the progress shows');
    await shot(page, '43-ingest-restoring');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await ready(page);
    await waitForActor('larijani');
    await toast('Your added articles are back: 2 articles.').waitFor({ state: 'attached' });
    const call = await newCall();
    assert(await onTimeline(call.id), 'the call is on the timeline again');
    assertEqual((await documentFiles()).filter((f) => f === AR || f === EN).length, 2, 'both articles are back');
    await shot(page, '44-ingest-after-reload');
  });

  await test('ingest: removing one article takes its report away; removing the other takes the actor away', async () => {
    await openDialog();
    const items = dialog.locator('.ingest-added-item');
    await items.filter({ hasText: 'شويغو ولاريجاني' }).getByRole('button', { name: /^Remove/ }).click();
    await page.waitForFunction((f) => !window.__store.getState().dataset.documents.some((d) => d.file === f), AR);
    assertEqual(await items.count(), 1, 'one left in the list');
    assertEqual((await newCall()).documentIds, ['shoigu-larijani-call-en'], 'the call now rests on the English report only');
    await toast('Removed “\u2068شويغو ولاريجاني يبحثان هاتفيا الوضع في الشرق الأوسط\u2069”.').waitFor({ state: 'attached' });
    await items.first().getByRole('button', { name: /^Remove/ }).click();
    await waitForActor('larijani', false);
    assert(!(await onGraph('larijani')), 'Larijani is gone from the graph');
    assertEqual(await newCall(), null, 'the call is gone');
    assertEqual(await documentFiles(), real.documents.map((d) => d.file), 'back to the bundled documents');
    await shot(page, '45-ingest-removed');
  });

  await test('ingest: picking files through the file input adds them too', async () => {
    await dialog.getByLabel('Choose files…').setInputFiles([fixture(AR), fixture(EN)]);
    await waitForActor('larijani');
    await page.waitForFunction(() => document.querySelectorAll('.ingest-report').length === 2);
    assertEqual((await reports()).map(([n, o]) => [n, o]), [[AR, 'added'], [EN, 'added']], 'reports');
  });

  await test('ingest: pasted text with a date and an outlet goes in, hostile markup stays text', async () => {
    const doc = await pasteArticle({
      headline: `Lavrov call ${HOSTILE}`,
      outlet: 'Analyst desk',
      date: '2026-03-19',
      text: `Russian Foreign Minister Sergei Lavrov held a phone call with Iranian Foreign Minister Abbas Araghchi on Thursday. ${HOSTILE}`,
    });
    assertEqual([doc.title, doc.published, doc.publishedBasis], [`Lavrov call ${HOSTILE}`, '2026-03-19', 'manifest'], 'the analyst’s metadata');
    // Lavrov and Araghchi are known; their call of 19 March is not.
    const outcome = toast(/^Added 1 article: /);
    await outcome.waitFor({ state: 'attached' });
    assertEqual(await outcome.locator('p').innerText(), 'Added 1 article: 1 new event, no new actors.', 'the outcome toast');
    const title = dialog.locator('.ingest-added-title', { hasText: 'Lavrov call' });
    assertEqual(await title.innerText(), `Lavrov call ${HOSTILE}`, 'the headline is shown as text');
    assertEqual(await page.locator('img[src="x"]').count(), 0, 'no <img> was created');
    await shot(page, '46-ingest-pasted');
    await outcome.waitFor({ state: 'detached', timeout: 20000 });
  });

  await test('ingest: a news page pasted whole: the story it links gives no event, its journalists no actor, and the reader greys the page\'s lines', async () => {
    await openDialog();
    const page_ = [
      'By Andrew Mills and Maha El Dahan',
      "WASHINGTON, Feb 7 (Reuters) - Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani held talks with U.S. Secretary of State Marco Rubio in Washington on Friday.",
      'READ MORE: Erdogan speaks to Putin by phone about grain deal',
      'The two discussed the ceasefire in Gaza.',
      '(Reporting by Andrew Mills; Editing by Tomasz Janowski)',
    ];
    const doc = await pasteArticle({ headline: 'Qatar PM meets Rubio', outlet: 'Pasted page', date: '2025-02-09', text: page_.join('\n') });
    const contacts = await store(page, (s, id) => s.dataset.events.filter((e) => e.documentIds.includes(id)).map((e) => `${e.type} ${[...e.participants].sort().join('+')} ${e.date?.start}`), doc.id);
    assertEqual(contacts, ['meeting mohammed-bin-abdulrahman-al-thani+rubio 2025-02-07'], 'the article\'s meeting, and no Erdogan–Putin call from the linked headline');
    const names = await store(page, (s) => s.dataset.actors.map((a) => a.name.en));
    assert(!names.includes('Andrew Mills') && !names.includes('Tomasz Janowski'), 'the journalists are no actors');
    await closeDialog();
    const meeting = await store(page, (s, id) => s.dataset.events.find((e) => e.documentIds.includes(id)).id, doc.id);
    await page.evaluate((id) => window.__store.getState().selectEvent(id), meeting);
    await page.locator('.passage-panel').getByRole('button', { name: /Open in article/ }).first().click();
    await page.locator('.reader-text').waitFor({ state: 'visible' });
    const greyed = await page.$$eval('.reader-text .left-out', (els) => els.map((e) => e.textContent));
    assertEqual(greyed, [page_[0], page_[2], page_[4]], 'the byline, the linked headline and the credits are greyed');
    assertEqual(await page.locator('.reader-text').innerText(), page_.join('\n'), 'the article is shown whole, as pasted');
    await shot(page, '47-reader-left-out');
    await page.getByRole('button', { name: '← Back' }).click();
    await page.evaluate(() => window.__store.getState().clearSelection());
    await openDialog();
  });

  await test('ingest: an Egyptian outlet\'s article pasted from an e-mail, hard-wrapped, with Eastern digits, reads as written plainly', async () => {
    const wrapped = [
      'القاهرة - استقبل الرئيس عبد الفتاح السيسى، اليوم الثلاثاء،',
      'وزير الخارجية الإيرانى عباس عراقجى فى قصر الاتحادية، بحضور',
      'وزير الخارجية بدر عبد العاطى، وذلك بعد أسبوع من اتصال هاتفى',
      'جرى بين الوزيرين فى ٧ أكتوبر الجارى.',
      '',
      'وكان عراقجى قد وصل إلى القاهرة مساء أمس فى زيارة رسمية',
      'تستغرق يومين، وتناول اللقاء العلاقات الثنائية بين البلدين.',
    ];
    const doc = await pasteArticle({ headline: 'السيسى يستقبل عراقجى', outlet: 'Pasted e-mail', date: '2025-10-14', text: wrapped.join('\n') });
    const contacts = await store(page, (s, id) => s.dataset.events.filter((e) => e.documentIds.includes(id) && e.type !== 'statement').map((e) => `${e.type} ${[...e.participants].sort().join('+')} ${e.date?.start}`).sort(), doc.id);
    assertEqual(contacts, ['meeting abdel-fattah-el-sisi+araghchi+badr-abdelatty 2025-10-14', 'phone_call araghchi+badr-abdelatty 2025-10-07', 'visit araghchi 2025-10-13'], 'the meeting, the call of ٧ October and the arrival the evening before');
    const passages = await store(page, (s, id) => s.dataset.passages.filter((p) => p.documentId === id).map((p) => p.text), doc.id);
    assertEqual(passages[0], wrapped.slice(0, 4).join('\n'), 'a passage is the article\'s own lines, joined into their sentence');
    await closeDialog();
    await openDialog();
  });

  await test('ingest: a dropped article whose text gives no date is listed «date unknown» and takes the day the analyst sets', async () => {
    const text = 'Russian Foreign Minister Sergei Lavrov met Egyptian Foreign Minister Badr Abdelatty in Moscow on Tuesday.';
    await dialog.getByLabel('Choose files…').setInputFiles([{ name: 'undated-meeting.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
    await page.waitForFunction(() => window.__store.getState().dataset.documents.some((d) => d.file === 'undated-meeting.txt'));
    await page.locator('.ingest-progress').waitFor({ state: 'detached' });
    const item = dialog.locator('.ingest-added-item[data-file="undated-meeting.txt"]');
    assert((await item.innerText()).includes('date unknown'), 'listed with its date unknown');
    const meetingDay = () => store(page, (s) => s.dataset.events.find((e) => e.type === 'meeting' && e.documentIds.includes('undated-meeting'))?.date?.start ?? null);
    assertEqual(await meetingDay(), null, 'its «on Tuesday» dates nothing yet');
    await item.locator('form.ingest-article-date').scrollIntoViewIfNeeded();
    await shot(page, '48-ingest-article-date');
    await item.getByLabel(/^Publication date of/).fill('2025-10-16');
    await item.getByRole('button', { name: 'Set its date' }).click();
    await page.waitForFunction(() => window.__store.getState().dataset.documents.find((d) => d.file === 'undated-meeting.txt')?.published === '2025-10-16');
    await page.locator('.ingest-progress').waitFor({ state: 'detached' });
    assertEqual(await meetingDay(), '2025-10-14', 'the meeting on the Tuesday before the day set');
    assertEqual(await dialog.locator('.ingest-added-item[data-file="undated-meeting.txt"] form.ingest-article-date').count(), 0, 'the date form goes once the article has a date');
  });

  await test('ingest: the dialog has no serious accessibility violations (axe)', async () => {
    const r = await new AxeBuilder({ page }).include('dialog.ingest-dialog').analyze();
    const bad = r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    assert(!bad.length, bad.join('\n        '));
  });

  const mergedPath = resolve(dist, 'data/__e2e__/ingest-merged.json');
  await test('ingest: the merged dataset downloads as dataset.json, which the app loads unchanged', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download dataset.json' }).click()]);
    assertEqual(download.suggestedFilename(), 'dataset.json', 'file name');
    await download.saveAs(mergedPath);
    const merged = JSON.parse(readFileSync(mergedPath, 'utf8'));
    assertEqual(merged, await store(page, (s) => s.dataset), 'the file holds the dataset shown');
    const other = await openPage('?test&data=data/__e2e__/ingest-merged.json');
    await ready(other);
    assertEqual(await other.evaluate(() => window.__store.getState().status), 'ready', 'validated and loaded');
    assert(await other.evaluate(() => window.__cy.$id('larijani').length === 1), 'Larijani on the graph of the downloaded dataset');
    assertEqual(other.problems, [], 'no errors loading it');
    await other.context().close();
  });

  await test('ingest: opening a dataset file validates it first; a good one replaces the dataset shown', async () => {
    const picker = dialog.getByLabel('Open a dataset.json…');
    const before = await store(page, (s) => s.dataset.documents.length);
    await picker.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 1, "documents": [') });
    await page.waitForFunction(() => document.querySelector('.ingest-report')?.dataset.outcome === 'rejected');
    assert(/not valid JSON/.test((await reports())[0][2]), 'invalid JSON is named');
    await picker.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...real, events: [{ id: 'x' }] })) });
    await page.waitForFunction(() => document.querySelector('.ingest-report .ingest-report-name')?.textContent === 'other.json');
    assert(/not a dataset this app can read/.test((await reports())[0][2]), 'a wrong schema is named');
    assertEqual(await store(page, (s) => s.dataset.documents.length), before, 'the dataset shown is untouched');

    const trimmed = { ...real, documents: real.documents, events: [], edges: [] };
    writeFileSync(resolve(dist, 'data/__e2e__/ingest-trimmed.json'), JSON.stringify(trimmed));
    await picker.setInputFiles(resolve(dist, 'data/__e2e__/ingest-trimmed.json'));
    await page.waitForFunction(() => window.__store.getState().dataset.events.length === 0);
    assertEqual(await dialog.locator('.ingest-added-item').count(), 0, 'opening a dataset clears the added articles');
    assert((await dialog.locator('.ingest-base').innerText()).includes('ingest-trimmed.json'), 'says which dataset is shown');
    // The dataset shows before it is saved in IndexedDB; its report comes once saved. A reload before that could
    // abort the write.
    await page.waitForFunction(() => document.querySelector('.ingest-report')?.dataset.outcome === 'opened');
    await page.reload();
    await page.waitForFunction(() => window.__store?.getState().dataset?.events.length === 0, null, { timeout: 20000 });
  });

  await test('ingest: the dialog mirrors in Arabic and follows the dark theme', async () => {
    await store(page, (s) => {
      s.setUiLanguage('ar');
      s.setTheme('dark');
    });
    await page.getByRole('button', { name: /^إضافة مقالات/ }).click();
    await dialog.waitFor({ state: 'visible' });
    assertEqual(await dialog.evaluate((d) => getComputedStyle(d).direction), 'rtl', 'direction');
    const [background, surface] = await dialog.evaluate((d) => [getComputedStyle(d).backgroundColor, getComputedStyle(d).getPropertyValue('--surface')]);
    assert(!/255, 255, 255/.test(background) && surface.trim() !== '#ffffff', `dark surface: ${background}`);
    await shot(page, '47-ingest-dialog-ar');
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await store(page, (s) => {
      s.setUiLanguage('en');
      s.setTheme('light');
    });
  });

  await test('ingest: one click resets to the bundled corpus, and it stays so after a reload', async () => {
    await openDialog();
    await dialog.getByRole('button', { name: 'Reset to the bundled corpus' }).click();
    await page.waitForFunction((n) => window.__store.getState().dataset.events.length === n, real.events.length);
    assertEqual(await store(page, (s) => s.dataset), real, 'exactly the bundled dataset');
    assert(await dialog.getByRole('button', { name: 'Reset to the bundled corpus' }).isDisabled(), 'nothing left to reset');
    await page.reload();
    await ready(page);
    await page.waitForTimeout(500);
    assertEqual(await store(page, (s) => s.dataset.documents.length), real.documents.length, 'still the bundled corpus');
    assertEqual(page.problems, [], 'no alert, no errors');
  });

  await page.context().close();
}
