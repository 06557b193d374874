import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', '4198', '--strictPort'], { detached: true, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
page.on('console', (m) => m.type() === 'error' && console.log('console', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror', e.message));
const t0 = Date.now();
await page.goto('http://127.0.0.1:4198/?test' + (process.argv[2] ? '&data=' + process.argv[2] : ''));
await page.waitForFunction(() => window.__cy && document.querySelector('.vis-item') && getComputedStyle(document.querySelector('.vis-timeline')).visibility === 'visible', null, { timeout: 120000, polling: 'raf' });
console.log('first full render (ms, from goto):', Date.now() - t0, 'nav->now', await page.evaluate(() => performance.now()));
console.log('dom items', await page.evaluate(() => document.querySelectorAll('.vis-item').length));
const lat = await page.evaluate(async () => {
  const s = window.__store;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const span = s.getState().index.span;
  const win = [], click = [];
  const actors = s.getState().dataset.actors.slice(0, 40);
  for (let i = 0; i < 20; i++) {
    const len = (span.end - span.start) / (4 + (i % 5));
    const start = span.start + ((span.end - span.start - len) * i) / 20;
    const t = performance.now();
    s.getState().setTimeWindow({ start, end: start + len });
    await frame();
    win.push(performance.now() - t);
  }
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    s.getState().selectActor(actors[i].id);
    await frame();
    click.push(performance.now() - t);
  }
  const q = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))];
  return { window: { median: q(win, 0.5), p95: q(win, 0.95) }, click: { median: q(click, 0.5), p95: q(click, 0.95) } };
});
console.log(JSON.stringify(lat));
await page.screenshot({ path: '/tmp/perf.png' });
await browser.close();
process.kill(-server.pid);
