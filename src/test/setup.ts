import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

afterEach(() => cleanup());
// jsdom does no layout: vis-timeline renders nothing when every element is 0 px wide.
for (const p of ['clientWidth', 'offsetWidth'] as const)
  Object.defineProperty(HTMLElement.prototype, p, { configurable: true, get: () => 800 });
for (const p of ['clientHeight', 'offsetHeight'] as const)
  Object.defineProperty(HTMLElement.prototype, p, { configurable: true, get: () => 200 });
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;
