import { chromium } from 'playwright-core';
const url = process.argv[2]; const out = process.argv[3] ?? '/tmp/peek.png';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
page.on('console', m => console.log('console.' + m.type(), m.text()));
page.on('pageerror', e => console.log('pageerror', e));
await page.goto(url);
await page.waitForTimeout(2500);
if (process.argv[4]) { await page.evaluate(process.argv[4]); await page.waitForTimeout(800); }
await page.screenshot({ path: out });
await browser.close();
