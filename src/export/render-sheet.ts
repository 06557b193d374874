// Renders a sheet off screen at the export's own size and turns it into a PNG with html-to-image (the bundled
// fonts are embedded, so Arabic comes out as shaped glyphs, not boxes). The timeline and the graph are drawn anew
// for the sheet, not copied from the screen: the picture is the same from a laptop as from a projector.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { Core } from 'cytoscape';
import { toPng } from 'html-to-image';
import type { AppData } from '../store/initial-state';
import { ViewSheet, type SheetFormat, type ViewSheetProps } from '../views/export/view-sheet';
import { drawExportGraph, pngOf, themeBackground, type GraphDrawing } from './export-graph';
import { drawExportTimeline } from './export-timeline';
import { exposeForTests } from '../views/shared/test-hooks';

/** CSS pixels to picture pixels: a 1600 px page becomes 3200 px; a 1280 px slide picture 3200 px too. */
export const SHEET_PIXEL_RATIO: Record<SheetFormat, number> = { page: 2, slide: 2.5 };
/** Node labels at least this tall on the sheet (CSS px): 40 px in a page's picture; on a slide, whose picture spans
 *  61% of the slide's width, about 13 px on a 1280-px projector. */
const LABEL_FLOOR_PX: Record<SheetFormat, number> = { page: 20, slide: 22 };

export interface Picture {
  dataUrl: string;
  width: number;
  height: number;
}

/** What the sheet was laid out with, for tests and for the user's confidence that the export is not a crop. */
export interface SheetMeasures {
  /** CSS pixels. */
  sheet: { width: number; height: number };
  timeline: { lanes: number; height: number; scrolls: boolean } | null;
  graph: { width: number; height: number } & Pick<GraphDrawing<string>, 'labelPx' | 'fill' | 'labelsHidden'>;
}

export interface SheetPicture extends Picture {
  measures: SheetMeasures;
}

/** A PNG of an element as it is laid out on the page. */
export async function elementPicture(node: HTMLElement, pixelRatio: number): Promise<Picture> {
  const dataUrl = await toPng(node, { pixelRatio, backgroundColor: themeBackground(), cacheBust: false });
  return { dataUrl, width: Math.round(node.offsetWidth * pixelRatio), height: Math.round(node.offsetHeight * pixelRatio) };
}

/** Every sheet's measures since the page opened, for the end-to-end tests (a picture alone does not say how it was
 *  laid out): window.__sheetMeasures with ?test. */
const measured: SheetMeasures[] = [];
exposeForTests('__sheetMeasures', measured);

/**
 * The sheet of a view as a picture: laid out off screen, its timeline drawn from `state` at the sheet's width,
 * its graph drawn from the live graph `cy` for the box the layout leaves it.
 */
export async function sheetPicture(props: Omit<ViewSheetProps, 'graph'>, state: AppData, cy: Core): Promise<SheetPicture> {
  const host = document.createElement('div');
  host.className = 'export-host';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(host);
  const root = createRoot(host);
  const render = (graph: string | null) => flushSync(() => root.render(createElement(ViewSheet, { ...props, graph })));
  let destroyTimeline = () => undefined as void;
  try {
    render(null);
    const node = host.firstElementChild as HTMLElement;
    const timelineEl = node.querySelector<HTMLElement>('.view-sheet-timeline');
    let timeline: SheetMeasures['timeline'] = null;
    if (timelineEl) {
      const drawn = await drawExportTimeline(timelineEl, state);
      destroyTimeline = drawn.destroy;
      const scroller = timelineEl.querySelector<HTMLElement>('.vis-center > .vis-content') ?? timelineEl;
      timeline = { lanes: drawn.lanes, height: timelineEl.offsetHeight, scrolls: scroller.scrollHeight > scroller.clientHeight + 1 };
    }
    const box = node.querySelector<HTMLElement>('.view-sheet-graph-box')!;
    const size = { width: box.clientWidth, height: box.clientHeight };
    const pixelRatio = SHEET_PIXEL_RATIO[props.format];
    const graph = drawExportGraph(cy, size, LABEL_FLOOR_PX[props.format], pngOf(pixelRatio));
    render(graph.picture);
    await Promise.all([...node.querySelectorAll('img')].map((img) => img.decode()));
    await document.fonts.ready;
    const picture = await elementPicture(node, pixelRatio);
    const measures: SheetMeasures = {
      sheet: { width: node.offsetWidth, height: node.offsetHeight },
      timeline,
      graph: { ...size, labelPx: graph.labelPx, fill: graph.fill, labelsHidden: graph.labelsHidden },
    };
    measured.push(measures);
    return { ...picture, measures };
  } finally {
    destroyTimeline();
    root.unmount();
    host.remove();
  }
}
