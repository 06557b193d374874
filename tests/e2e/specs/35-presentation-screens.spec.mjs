// Presentation mode and the briefing drawer on the screens a briefing meets (issue 15): two projectors, the common
// laptop and full HD, in English and in Arabic. Geometry only: sizes, boxes and what is visible, never timing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SCREENS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const day = (iso) => Date.parse(`${iso}T00:00:00Z`);
const SLIDES = [
  { title: 'Ashgabat, October 2024', caption: 'Putin and Pezeshkian meet on the sidelines of the Ashgabat forum.', window: { start: day('2024-10-01'), end: day('2024-11-01') }, selection: { kind: 'edge', source: 'putin', target: 'pezeshkian' } },
  { title: 'January 2024 calls', caption: 'Defence and foreign ministers talk by phone.', window: { start: day('2024-01-01'), end: day('2024-02-01') }, selection: null },
  { title: 'March 2026: Lavrov', caption: 'Lavrov calls Araghchi after the strikes.', window: { start: day('2026-03-01'), end: day('2026-04-01') }, selection: { kind: 'actor', id: 'lavrov' } },
];
/** The smallest type a room reads on a projector (issue 15). */
const MIN_PX = { title: 28, caption: 20, citations: 14, nodeLabel: 11 };

export default async function presentationScreensSpec({ test, docShot, assert, assertEqual, ready, store, browser, base, root, shots, real }) {
  if (!real) return;
  const locale = (lang) => JSON.parse(readFileSync(resolve(root, `src/i18n/locales/${lang}/briefing.json`), 'utf8'));

  for (const screen of SCREENS) {
    for (const lang of ['en', 'ar']) {
      const size = `${screen.width}×${screen.height}`;
      const words = locale(lang);
      const context = await browser.newContext({ viewport: screen, locale: 'en-GB' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}?test&lang=${lang}`);
      await ready(page);

      /** What the page shows that breaks a slide: boxes outside the screen, a page wider than it, tooltips. */
      const layout = () =>
        page.evaluate(() => {
          const outside = (r) => r.left < -0.5 || r.top < -0.5 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5;
          const shown = (e) => {
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            return s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0 && r.width > 0 && r.height > 0;
          };
          return {
            overflow: document.documentElement.scrollWidth - innerWidth,
            tooltips: [...document.querySelectorAll('.timeline-tooltip, .graph-hover, [role=tooltip]')].filter(shown).length,
            controlsOutside: [...document.querySelectorAll('.presentation-panel button')]
              .filter((b) => outside(b.getBoundingClientRect()))
              .map((b) => b.getAttribute('aria-label') ?? b.textContent),
          };
        });

      await test(`${size} ${lang}: the drawers sit under the header, Escape closes them and gives the focus back`, async () => {
        for (const tab of ['slides', 'compare']) {
          const opener = page.getByRole('button', { name: words.header[tab], exact: true });
          await opener.click();
          const drawer = page.locator('.briefing-drawer');
          await drawer.waitFor();
          if (tab === 'compare')
            await page.evaluate(([a, b]) => window.__briefing.getState().setComparison({ a, b }), [SLIDES[0].window, SLIDES[2].window]);
          const boxes = await page.evaluate(() => {
            const box = (sel) => document.querySelector(sel).getBoundingClientRect().toJSON();
            const body = document.querySelector('.drawer-body');
            return { header: box('header'), drawer: box('.briefing-drawer'), graph: box('.graph-canvas'), bodyOverflow: body.scrollWidth - body.clientWidth };
          });
          assert(boxes.bodyOverflow <= 0, `${tab}: the drawer's content is ${boxes.bodyOverflow} px wider than the drawer`);
          assert(boxes.drawer.top >= boxes.header.bottom - 0.5, `${tab}: the drawer starts under the header (${boxes.drawer.top} < ${boxes.header.bottom})`);
          assert(boxes.drawer.left >= -0.5 && boxes.drawer.right <= screen.width + 0.5, `${tab}: the drawer is on screen (${boxes.drawer.left}..${boxes.drawer.right})`);
          // The graph keeps a usable size beside the drawer, and the drawer does not cover it.
          const covered = lang === 'ar' ? boxes.drawer.right - boxes.graph.left : boxes.graph.right - boxes.drawer.left;
          assert(covered <= 0.5, `${tab}: the drawer covers ${covered} px of the graph`);
          assert(boxes.graph.width >= 300 && boxes.graph.height >= 150, `${tab}: graph ${boxes.graph.width}×${boxes.graph.height} px beside the drawer`);
          await page.keyboard.press('Escape');
          await drawer.waitFor({ state: 'detached' });
          assert(await opener.evaluate((b) => b === document.activeElement), `${tab}: the focus is back on the button that opened the drawer`);
        }
        await page.evaluate(() => window.__briefing.getState().setComparison(null));
      });

      await test(`${size} ${lang}: three slides presented legibly, every control on screen, no tooltip over them`, async () => {
        await page.evaluate((slides) => {
          const app = window.__store.getState;
          for (const s of slides) {
            const now = app();
            window.__slides.getState().add(s.title, s.caption, {
              timeWindow: s.window, selection: s.selection, focusDepth: now.focusDepth, windowFilter: true, hiddenEventTypes: [],
              hiddenCountries: [], uiLanguage: now.uiLanguage, nameLanguage: now.nameLanguage, theme: now.theme,
            });
          }
        }, SLIDES);
        // Whatever the drawer test left open.
        await page.evaluate(() => window.__briefing.setState({ drawer: null, comparison: null }));
        // A tooltip left under the pointer when presenting starts: over the visible part of an event.
        const item = await page.evaluate(() => {
          const lanes = document.querySelector('.vis-panel.vis-center').getBoundingClientRect();
          for (const e of document.querySelectorAll('.vis-item')) {
            const r = e.getBoundingClientRect();
            const [left, right] = [Math.max(r.left, lanes.left), Math.min(r.right, lanes.right)];
            const [top, bottom] = [Math.max(r.top, lanes.top), Math.min(r.bottom, lanes.bottom)];
            if (right - left > 4 && bottom - top > 4) return { x: (left + right) / 2, y: (top + bottom) / 2 };
          }
          return null;
        });
        assert(item, 'an event visible on the timeline');
        await page.mouse.move(item.x, item.y);
        await page.getByTestId('timeline-tooltip').waitFor({ timeout: 5000 });
        await page.evaluate(() => window.__briefing.getState().startPresenting(0));
        await page.waitForSelector('html.presenting .presentation-panel');

        for (const [i, slide] of SLIDES.entries()) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          // Shown: the store, the timeline and the graph have reached the slide (the glides are over).
          await page.waitForFunction(
            ({ start, end }) => {
              const s = window.__store.getState().timeWindow;
              const t = window.__timeline.getWindow();
              const near = (a, b) => Math.abs(a - b) < 2;
              // Presenting, the timeline shows a little room around the slide's window (SLIDE_ROOM in use-vis-timeline.ts).
              const room = document.documentElement.classList.contains('presenting') ? (end - start) * 0.04 : 0;
              return s && near(s.start, start) && near(s.end, end) && near(+t.start, start - room) && near(+t.end, end + room) && !window.__cy.animated();
            },
            slide.window,
            { timeout: 8000 },
          );
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const where = `${size} ${lang} slide ${i + 1}`;
          assertEqual(await page.getByTestId('slide-counter').evaluate((e) => parseInt(e.textContent, 10)), i + 1, `${where}: → advances`);

          const type = await page.evaluate(() => {
            const px = (sel) => Math.min(...[...document.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize)));
            return { title: px('.slide-title'), caption: px('.slide-caption'), citations: px('.presentation-panel .citations li') };
          });
          for (const part of ['title', 'caption', 'citations']) assert(type[part] >= MIN_PX[part], `${where}: ${part} ${type[part]} px < ${MIN_PX[part]} px`);

          // Node labels as drawn (font size × zoom), for the labelled nodes on the canvas.
          const labels = await page.evaluate(() => {
            const cy = window.__cy;
            const { w, h } = { w: cy.width(), h: cy.height() };
            return cy
              .nodes()
              .filter((n) => {
                const p = n.renderedPosition();
                return n.visible() && !n.hasClass('hidden') && !n.hasClass('veil') && n.style('label') && p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h;
              })
              .map((n) => ({ id: n.id(), px: parseFloat(n.renderedStyle('font-size')) }));
          });
          assert(labels.length > 0, `${where}: labelled nodes on the canvas`);
          const smallest = Math.min(...labels.map((l) => l.px));
          const round = (px) => Math.round(px * 10) / 10;
          console.log(`      ${where}: title ${round(type.title)} px, caption ${round(type.caption)} px, sources ${round(type.citations)} px, smallest node label ${round(smallest)} px`);
          const small = labels.filter((l) => l.px < MIN_PX.nodeLabel);
          assertEqual(small, [], `${where}: node labels under ${MIN_PX.nodeLabel} px on screen`);

          // The pointer over an actor raises no hover card while presenting.
          const node = await page.evaluate((id) => {
            const cy = window.__cy;
            const p = cy.$id(id).renderedPosition();
            const r = cy.container().getBoundingClientRect();
            return { x: r.left + p.x, y: r.top + p.y };
          }, labels[0].id);
          await page.mouse.move(node.x, node.y);
          const seen = await layout();
          assertEqual(seen.controlsOutside, [], `${where}: controls outside the ${size} screen`);
          assert(seen.overflow <= 0, `${where}: the page is ${seen.overflow} px wider than the screen`);
          assertEqual(seen.tooltips, 0, `${where}: tooltips over the slide`);

          // Each source's outlet is one isolated box: a mixed-script name wraps inside itself, never split in the line.
          const outlets = await page.$$eval('.presentation-panel .citation-outlet', (els) => els.map((e) => [e.tagName, e.getClientRects().length]));
          assert(outlets.every(([tag, boxes]) => tag === 'BDI' && boxes === 1), `${where}: outlets isolated, one box each: ${JSON.stringify(outlets)}`);

          if (i === 0 && screen.width === 1280) {
            const file = resolve(shots, `35-presentation-1280x720-${lang}.png`);
            await page.screenshot({ path: file });
            docShot(file, `presentation-${lang}.png`);
          }
        }
      });

      await test(`${size} ${lang}: previous is left of next and the arrows point the way the keys go`, async () => {
        await page.evaluate(() => window.__briefing.getState().startPresenting(0));
        await page.waitForSelector('.slide-steps');
        const steps = await page.evaluate(() =>
          [...document.querySelectorAll('.slide-steps button')].map((b) => {
            const arrow = b.querySelector('[aria-hidden]');
            const word = b.querySelector('bdi');
            return {
              box: b.getBoundingClientRect().toJSON(),
              arrow: arrow.textContent,
              arrowFirst: arrow.getBoundingClientRect().left < word.getBoundingClientRect().left,
              keys: b.getAttribute('aria-keyshortcuts'),
              name: b.getAttribute('aria-label'),
            };
          }),
        );
        const [previous, next] = steps;
        assert(previous.box.right <= next.box.left, `previous (${previous.box.left}) is left of next (${next.box.left})`);
        assertEqual([previous.arrow, previous.arrowFirst, next.arrow, next.arrowFirst], ['←', true, '→', false], 'arrows on the outer sides, pointing like ← and →');
        assert(previous.keys.includes('ArrowLeft') && next.keys.includes('ArrowRight') && next.keys.includes('PageDown'), 'key shortcuts named');
        assertEqual([previous.name, next.name], [words.presentation.previous, words.presentation.next], 'accessible names');
        await page.getByRole('button', { name: words.presentation.next }).click();
        assertEqual(await page.getByTestId('slide-counter').evaluate((e) => parseInt(e.textContent, 10)), 2, 'the next button advances');
        await page.keyboard.press('Escape');
        await page.waitForFunction(() => !document.documentElement.classList.contains('presenting'));
        assertEqual(errors, [], 'no page errors');
      });
      await context.close();
    }
  }
}
