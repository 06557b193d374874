// The timeline of an exported view, drawn anew at the export's width: every lane at its full height, no scroll
// bar, whatever the size of the window on screen (a copy of the screen's timeline showed one lane on a laptop).
import moment from 'moment';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import { momentLocale } from '../i18n/moment-locale';
import type { AppData } from '../store/initial-state';
import { selectHighlightedEventIds, selectTimelineFilter } from '../store/select-timeline';
import type { Interval } from '../store/time';
import { renderGroup, renderItem } from '../views/timeline/render-item';
import { initialWindow, toEventItem, type EventItem, toEventPlacements, toTimelineGroups } from '../views/timeline/to-timeline-items';
import { DETAIL_MAX, countInWindow, idsInWindow, toBinItems, toLaneIndex, type BinItem } from '../views/timeline/windowed-items';

/** Share of the window added after it. */
const LABEL_ROOM = 0.12;
const DRAW_TIMEOUT_MS = 3000;

export interface ExportTimeline {
  /** Lanes drawn (each a row of the picture). */
  lanes: number;
  destroy: () => void;
}

/** The events of the view's window as items, or count bins when there are too many to draw one by one. */
function itemsOf(state: AppData, window: Interval): (EventItem | BinItem)[] {
  const index = state.index!;
  const filter = selectTimelineFilter(state)!;
  const placements = toEventPlacements(index);
  const lanes = toLaneIndex(placements, filter.eventIds);
  if (countInWindow(lanes, window.start, window.end) > DETAIL_MAX) return toBinItems(lanes, window, selectHighlightedEventIds(state));
  const byId = new Map(placements.map((p) => [p.id, p]));
  return idsInWindow(lanes, window.start, window.end).map((id) => toEventItem(index, byId.get(id)!, state.nameLanguage));
}

/**
 * Draws the view's timeline into `host` (laid out at its final width) and resolves once vis-timeline has drawn
 * it. The lanes take the height their items need; the caller destroys it after taking the picture.
 */
export function drawExportTimeline(host: HTMLElement, state: AppData): Promise<ExportTimeline> {
  const index = state.index!;
  const window = state.timeWindow ?? initialWindow(toEventPlacements(index), DETAIL_MAX * 0.75) ?? index.span;
  if (!window) return Promise.resolve({ lanes: 0, destroy: () => undefined });
  const items = itemsOf(state, window);
  const highlighted = selectHighlightedEventIds(state);
  const options: TimelineOptions = {
    start: window.start,
    // Room after the window for the labels of its last events, which run on past their date.
    end: window.end + (window.end - window.start) * LABEL_ROOM,
    // No height: the lanes grow to hold their items.
    stack: true,
    orientation: { axis: 'top', item: 'top' },
    margin: { item: { horizontal: 8, vertical: 4 }, axis: 6 },
    selectable: false,
    moveable: false,
    zoomable: false,
    showCurrentTime: false,
    showTooltips: false,
    moment: (d: moment.MomentInput) => moment(d).locale(momentLocale(state.uiLanguage)).utc(),
    rtl: state.uiLanguage === 'ar',
    template: renderItem as unknown as TimelineOptions['template'],
    groupTemplate: renderGroup as unknown as TimelineOptions['groupTemplate'],
    groupOrder: 'order',
  };
  const groups = toTimelineGroups(index).filter((g) => items.some((i) => i.group === g.id));
  const timeline = new Timeline(host, new DataSet(items) as never, new DataSet(groups) as never, options);
  if (highlighted) {
    host.classList.add('has-highlight');
    timeline.setSelection(items.filter((i) => highlighted.has(i.id)).map((i) => i.id));
  }
  return new Promise((resolve) => {
    // Drawn once it says so; a timeline that never does (nothing to draw) must not hold the export up.
    const fallback = setTimeout(() => drawn(), DRAW_TIMEOUT_MS);
    const drawn = () => {
      clearTimeout(fallback);
      timeline.off('changed', drawn);
      resolve({ lanes: groups.length, destroy: () => timeline.destroy() });
    };
    timeline.on('changed', drawn);
    timeline.redraw();
  });
}
