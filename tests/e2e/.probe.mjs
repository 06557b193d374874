import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', '4199', '--strictPort'], { detached: true, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto('http://127.0.0.1:4199/' + (process.argv[2] ?? '?test'));
for (let i = 0; i < 6; i++) {
  await page.waitForTimeout(500);
  console.log(await page.evaluate(() => { const t = window.__timeline; return t && { drawDone: t.initialDrawDone, rangeDone: t.initialRangeChangeDone, fitDone: t.initialFitDone, vis: t.dom.root.style.visibility, items: document.querySelectorAll('.vis-item').length }; }));
}
if (process.argv[3]) { await page.evaluate(process.argv[3]); await page.waitForTimeout(800); }
await page.screenshot({ path: process.argv[4] ?? '/tmp/probe.png' });
await browser.close();
process.kill(-server.pid);
