import '@testing-library/jest-dom/vitest';
import '../i18n/i18n';
import { afterAll, afterEach } from 'vitest';
import { removeTempDirs } from './temp-dir';
import { cleanup, configure } from '@testing-library/react';

// A test file may ask for Node's environment (`// @vitest-environment node`: one whose code checks bytes with
// `instanceof Uint8Array`, which jsdom's realm fails); it has no DOM to set up.
const hasDom = typeof window !== 'undefined';
if (hasDom) await import('vitest-canvas-mock');

afterEach(() => cleanup());
// vis-timeline and cytoscape draw in steps: on a busy shared machine with test files in parallel, a view can take
// longer than testing-library's 1 s to settle; the assertions stay the same.
configure({ asyncUtilTimeout: 5000 });
// jsdom does no layout: vis-timeline renders nothing when every element is 0 px wide. Panels get a size; the lane
// labels and the small things inside the timeline (items, axis labels) get a small one, or vis-timeline's scale
// and stacking go wrong (the centre panel is the root's width minus the lane labels' width).
const PANEL = /\bvis-(timeline|panel|content|itemset|center|top|bottom|background|foreground|time-axis|group)\b/;
const inTimeline = (el: HTMLElement) => typeof el.closest === 'function' && el.closest('.vis-timeline') !== null;
const width = (el: HTMLElement) => {
  if (!inTimeline(el) || el.classList.contains('vis-timeline')) return 800;
  if (/\bvis-right\b/.test(el.className)) return 0;
  if (/\bvis-(left|labelset|label)\b/.test(el.className) || el.closest('.vis-labelset')) return 100;
  return PANEL.test(el.className) ? 800 : 40;
};
const height = (el: HTMLElement) => {
  if (!inTimeline(el) || el.classList.contains('vis-timeline')) return 400;
  if (el.style?.height?.endsWith('px')) return parseFloat(el.style.height);
  if (/\bvis-top\b/.test(el.className)) return 40;
  if (/\bvis-bottom\b/.test(el.className)) return 0;
  if (/\bvis-group\b/.test(el.className)) return 30;
  return PANEL.test(el.className) ? 400 : 16;
};
if (hasDom) setUpDom();

function setUpDom(): void {
  for (const p of ['clientWidth', 'offsetWidth'] as const)
    Object.defineProperty(HTMLElement.prototype, p, {
      configurable: true,
      get(this: HTMLElement) {
        return width(this);
      },
    });
  for (const p of ['clientHeight', 'offsetHeight'] as const)
    Object.defineProperty(HTMLElement.prototype, p, {
      configurable: true,
      get(this: HTMLElement) {
        return height(this);
      },
    });
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  // jsdom has <dialog> but not its modal API.
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
}
afterAll(() => removeTempDirs());
