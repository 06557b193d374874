// Renders a sheet off screen and turns it into a PNG with html-to-image (the bundled fonts are embedded, so
// Arabic comes out as shaped glyphs, not boxes).
import { createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { toPng } from 'html-to-image';
import { ViewSheet, type ViewSheetProps } from '../views/export/view-sheet';
import { themeBackground } from './graph-picture';

/** CSS pixels to device pixels: a 1600 px sheet becomes a 3200 px picture. */
export const SHEET_PIXEL_RATIO = 2;

export interface Picture {
  dataUrl: string;
  width: number;
  height: number;
}

async function withOffscreen<T>(content: ReactElement, use: (node: HTMLElement) => Promise<T>): Promise<T> {
  const host = document.createElement('div');
  host.className = 'export-host';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(content));
    const node = host.firstElementChild as HTMLElement;
    await Promise.all([...node.querySelectorAll('img')].map((img) => img.decode()));
    await document.fonts.ready;
    return await use(node);
  } finally {
    root.unmount();
    host.remove();
  }
}

/** A PNG of an element as it is laid out on the page. */
export async function elementPicture(node: HTMLElement, pixelRatio = SHEET_PIXEL_RATIO): Promise<Picture> {
  const dataUrl = await toPng(node, { pixelRatio, backgroundColor: themeBackground(), cacheBust: false });
  return { dataUrl, width: Math.round(node.offsetWidth * pixelRatio), height: Math.round(node.offsetHeight * pixelRatio) };
}

export function sheetPicture(props: ViewSheetProps): Promise<Picture> {
  return withOffscreen(createElement(ViewSheet, props), (node) => elementPicture(node));
}
