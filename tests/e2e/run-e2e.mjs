// End-to-end tests of the production build in Debian's Chromium (playwright-core, no browser download).
// Run after `npm run build`: node tests/e2e/run-e2e.mjs. Prints `N passed, M failed` last; exits 1 on failure.
// Two datasets: the real one (dist/data/dataset.json) and the hand-written UI fixture (HTML in passages,
// undated events), copied into dist/ with broken variants for the error states.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { browserProblem, chromiumPath } from './check-browser.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// E2E_DIST: another build folder, so that several builds can be tested side by side.
const dist = resolve(root, process.env.E2E_DIST ?? 'dist');
const shots = resolve(root, 'tests/e2e/screenshots');
const VIEWPORT = { width: 1920, height: 1080 }; // a projector

// ---------- setup ----------
const setupProblem = browserProblem() ?? (existsSync(resolve(dist, 'index.html')) ? null : 'dist/ is missing: run `npm run build` first.');
if (setupProblem) {
  console.error(setupProblem);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
mkdirSync(shots, { recursive: true });
mkdirSync(resolve(dist, 'data/__e2e__'), { recursive: true });
copyFileSync(resolve(root, 'tests/fixtures/mini-dataset.json'), resolve(dist, 'data/__e2e__/ui-fixture.json'));
writeFileSync(resolve(dist, 'data/__e2e__/malformed.json'), '{"schemaVersion": 1, "documents": [');
writeFileSync(resolve(dist, 'data/__e2e__/wrong-version.json'), '{"schemaVersion": 99, "documents": []}');
// The bundled corpus as a dataset folder too (80-folder.spec.mjs): the app reads it by range requests.
const folderBuild = spawnSync(resolve(root, 'node_modules/.bin/tsx'), ['src/cli/build-data.ts', '--corpus', 'public/data/corpus', '--folder', resolve(dist, 'data/__e2e__/folder')], { cwd: root, encoding: 'utf8' });
if (folderBuild.status !== 0) console.error(`the dataset folder could not be built:\n${folderBuild.stderr}`);
const realPath = resolve(dist, 'data/dataset.json');
const real = existsSync(realPath) ? JSON.parse(readFileSync(realPath, 'utf8')) : null;

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

const port = Number(process.env.E2E_PORT) || (await freePort());
const base = `http://127.0.0.1:${port}/`;
const server = spawn(resolve(root, 'node_modules/.bin/vite'), ['preview', '--outDir', dist, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
let serverLog = '';
server.stdout.on('data', (d) => (serverLog += d));
server.stderr.on('data', (d) => (serverLog += d));
const stopServer = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {}
};
process.on('exit', stopServer);

for (let i = 0; ; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {}
  if (i > 100) {
    console.error('vite preview did not start:\n' + serverLog);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 150));
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: CHROMIUM_ARGS,
});

// ---------- a tiny runner ----------
const results = [];
async function test(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: e });
    console.log(`  ✗ ${name}\n      ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n      ')}`);
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}
function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const b = JSON.stringify(expected);
  if (a !== b) throw new Error(`${message}\n        expected ${b}\n        actual   ${a}`);
}

/** A page that records console errors, page errors and dialogs (an alert() would mean HTML ran). */
async function openPage(query) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/GL Driver Message|GPU stall/.test(m.text())) page.problems.push(`console.error: ${m.text()}`);
  });
  page.on('dialog', async (d) => {
    page.problems.push(`dialog opened: ${d.type()} ${d.message()}`);
    await d.dismiss();
  });
  await page.goto(base + query);
  return page;
}

async function ready(page) {
  await page.waitForFunction(
    () => window.__cy && document.querySelector('.vis-item') && getComputedStyle(document.querySelector('.vis-timeline')).visibility === 'visible',
    null,
    { timeout: 20000 },
  );
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

const store = (page, fn, arg) => page.evaluate(([f, a]) => new Function('s', 'a', `return (${f})(s, a)`)(window.__store.getState(), a), [fn.toString(), arg]);

/** Where a graph node is on the page. */
async function nodePoint(page, id) {
  return page.evaluate((id) => {
    const cy = window.__cy;
    const n = cy.$id(id);
    const p = n.renderedPosition();
    const r = cy.container().getBoundingClientRect();
    return { x: r.left + p.x, y: r.top + p.y, visible: n.visible() };
  }, id);
}

async function graphState(page) {
  return page.evaluate(() => {
    const cy = window.__cy;
    // The veil (src/views/graph/graph-veil.ts) dims every shown actor it is not raised above.
    const veil = cy.$('.veil');
    const actors = cy.nodes().not(veil);
    const shown = actors.filter((n) => !n.hasClass('hidden'));
    return {
      shown: shown.map((n) => n.id()).sort(),
      hl: cy.nodes('.hl').map((n) => n.id()).sort(),
      dim: veil.style('display') === 'none' ? [] : shown.not('.hl').map((n) => n.id()).sort(),
      selected: cy.elements('.selected').map((n) => n.id()).sort(),
      edges: Object.fromEntries(cy.edges().filter((e) => !e.hasClass('hidden')).map((e) => [e.id(), e.data('weight')])),
    };
  });
}

const passageIdsOnPanel = (page) => page.$$eval('.passage-panel [data-passage]', (els) => els.map((e) => e.dataset.passage));
const focusMarks = (page) => page.$$eval('.passage-panel mark.mention.is-focus', (els) => els.map((e) => e.textContent));

async function shot(page, name) {
  await page.screenshot({ path: resolve(shots, `${name}.png`) });
}

// Expectations computed from the real dataset file: an oracle independent of the app's code.
function passagesOf(actorId) {
  const dated = new Set(real.documents.filter((d) => d.published).map((d) => d.id));
  const docOf = new Map(real.passages.map((p) => [p.id, p.documentId]));
  return [...new Set(real.mentions.filter((m) => m.actorId === actorId).map((m) => m.passageId))].filter((p) => dated.has(docOf.get(p))).sort();
}

// ---------- the specs ----------
// Each file in specs/ (in name order) exports a default async function taking this context.
// E2E_ONLY=word runs only the spec files whose names contain that word.
/** README pictures are rewritten only when asked (UPDATE_DOCS=1), never by an ordinary test run. */
function docShot(from, name) {
  if (process.env.UPDATE_DOCS !== '1') return;
  mkdirSync(resolve(root, 'docs'), { recursive: true });
  copyFileSync(from, resolve(root, 'docs', name));
}

const context = { test, docShot, assert, assertEqual, openPage, ready, store, nodePoint, graphState, passageIdsOnPanel, focusMarks, shot, passagesOf, real, base, root, dist, shots, browser, VIEWPORT };
const specsDir = resolve(root, 'tests/e2e/specs');
for (const file of readdirSync(specsDir).filter((f) => f.endsWith('.spec.mjs')).sort()) {
  if (process.env.E2E_ONLY && !file.includes(process.env.E2E_ONLY)) continue;
  console.log(file);
  const spec = await import(pathToFileURL(resolve(specsDir, file)).href);
  await spec.default(context);
}

await browser.close();
stopServer();
if (existsSync(resolve(shots, '02-actor-from-canvas.png'))) docShot(resolve(shots, '02-actor-from-canvas.png'), 'screenshot.png');
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
