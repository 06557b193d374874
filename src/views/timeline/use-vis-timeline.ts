// The vis-timeline engine: created once per dataset, held in a ref, driven by store subscriptions.
import { useEffect, useRef, type RefObject } from 'react';
import moment from 'moment';
import { Timeline, type TimelineOptions } from 'vis-timeline/peer';
import { DataSet, DataView } from 'vis-data/peer';
import { useAppStore } from '../../store/app-store';
import type { DatasetIndex } from '../../store/dataset-index';
import { selectHighlightedEventIds, selectTimelineFilter, type TimelineFilter } from '../../store/select-timeline';
import { DAY_MS, type Interval } from '../../store/time';
import { exposeForTests } from '../shared/test-hooks';
import { initialWindow, toTimelineGroups, toTimelineItems, type EventItem } from './to-timeline-items';
import { renderGroup, renderItem } from './render-item';

export interface TimelineApi {
  fit: () => void;
  zoom: (factor: number) => void;
}

/** Above this many dated events, overlapping items are drawn as clusters. */
const CLUSTER_ABOVE = 300;

export function useVisTimeline(container: RefObject<HTMLDivElement | null>, index: DatasetIndex): RefObject<TimelineApi | null> {
  const api = useRef<TimelineApi | null>(null);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const store = useAppStore;
    const itemList = toTimelineItems(index, store.getState().nameLanguage);
    const items = new DataSet<EventItem>(itemList);
    let filter: TimelineFilter = selectTimelineFilter(store.getState())!;
    const view = new DataView(items, { filter: (it: EventItem) => filter.eventIds.has(it.id) });
    const groups = new DataSet(toTimelineGroups(index));
    const span = index.span ?? { start: Date.parse('2000-01-01'), end: Date.parse('2001-01-01') };
    const first = store.getState().timeWindow ?? initialWindow(itemList) ?? span;
    const options: TimelineOptions = {
      start: first.start,
      end: first.end,
      min: span.start - 5 * 365 * DAY_MS,
      max: span.end + 5 * 365 * DAY_MS,
      zoomMin: DAY_MS * 2,
      zoomMax: Math.max(span.end - span.start, 30 * DAY_MS) * 4,
      height: '100%',
      verticalScroll: true,
      stack: true,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 8, vertical: 4 }, axis: 6 },
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      moment: (d: moment.MomentInput) => moment(d).utc(),
      tooltip: { followMouse: true, overflowMethod: 'cap', delay: 150 },
      template: renderItem as unknown as TimelineOptions['template'],
      groupTemplate: renderGroup as unknown as TimelineOptions['groupTemplate'],
      groupOrder: 'order',
      ...(itemList.length > CLUSTER_ABOVE
        ? { cluster: { maxItems: 4, titleTemplate: '{count} events: double-click to zoom in', showStipes: true, fitOnDoubleClick: true } }
        : {}),
    };
    const tl = new Timeline(el, view as never, groups as never, options);
    exposeForTests('__timeline', tl);
    // The lane labels scroll with the lanes: let keyboard users reach and scroll them.
    const lanes = el.querySelector<HTMLElement>('.vis-left');
    if (lanes) {
      lanes.tabIndex = 0;
      lanes.setAttribute('role', 'region');
      lanes.setAttribute('aria-label', 'Timeline lanes (scroll with the arrow keys)');
    }

    const windowOf = (): Interval => {
      const w = tl.getWindow();
      return { start: +w.start, end: +w.end };
    };
    tl.on('select', ({ items: ids }: { items: (string | number)[] }) => {
      const s = store.getState();
      if (ids.length && s.index?.eventById.has(String(ids[0]))) s.selectEvent(String(ids[0]));
      else if (!ids.length) s.clearSelection();
    });
    tl.on('rangechanged', () => store.getState().setTimeWindow(windowOf()));
    store.getState().setTimeWindow(windowOf());
    // vis-timeline re-applies its start/end options after its first draw; a window the store received before
    // that (a test, a restored view) must win. It also stays hidden until a redraw that follows its first range
    // change: ask for that redraw at once rather than waiting for its resize timer (about a second later).
    let firstDraw = true;
    tl.on('changed', () => {
      if (!firstDraw) return;
      firstDraw = false;
      const w = store.getState().timeWindow;
      const c = windowOf();
      if (w && (Math.abs(c.start - w.start) > 1 || Math.abs(c.end - w.end) > 1)) tl.setWindow(w.start, w.end, { animation: false });
    });
    tl.on('rangechanged', () =>
      setTimeout(() => {
        if ((tl as unknown as { initialDrawDone?: boolean }).initialDrawDone === false) tl.redraw();
      }, 0),
    );

    // An edge narrows the timeline to the pair's shared events. The window moves only when none of them is in
    // view (and comes back when the edge is deselected), so the window filter does not jump under the user.
    let beforeNarrowing: Interval | null = null;
    const applyFilter = (f: TimelineFilter) => {
      const wasNarrowed = filter.narrowedTo;
      filter = f;
      view.refresh();
      if (f.narrowedTo) {
        const current = windowOf();
        const times = [...f.eventIds].map((id) => index.eventTime.get(id)).filter((t): t is Interval => !!t);
        if (times.length && !times.some((t) => t.start < current.end && current.start < t.end)) {
          beforeNarrowing ??= current;
          const start = Math.min(...times.map((t) => t.start));
          const end = Math.max(...times.map((t) => t.end));
          const pad = Math.max((end - start) * 0.1, 30 * DAY_MS);
          tl.setWindow(start - pad, end + pad * 2, { animation: false });
        }
      } else if (wasNarrowed && beforeNarrowing) {
        tl.setWindow(beforeNarrowing.start, beforeNarrowing.end, { animation: false });
        beforeNarrowing = null;
      }
    };
    const applyHighlight = (ids: Set<string> | null) => {
      el.classList.toggle('has-highlight', ids !== null);
      tl.setSelection(ids ? [...ids].filter((id) => index.eventTime.has(id)) : []);
    };
    applyHighlight(selectHighlightedEventIds(store.getState()));
    const unsubs = [
      store.subscribe((s) => selectTimelineFilter(s), (f) => f && applyFilter(f)),
      // Highlight after the filter, so narrowed-in items exist when they are selected.
      store.subscribe((s) => selectHighlightedEventIds(s), applyHighlight),
      store.subscribe(
        (s) => s.timeWindow,
        (w) => {
          if (!w) return;
          const c = windowOf();
          if (Math.abs(c.start - w.start) > 1 || Math.abs(c.end - w.end) > 1) tl.setWindow(w.start, w.end, { animation: false });
        },
      ),
      store.subscribe(
        (s) => s.nameLanguage,
        (lang) => items.update(toTimelineItems(index, lang)),
      ),
    ];
    api.current = {
      fit: () => {
        const w = initialWindow(view.get() as EventItem[], Infinity);
        if (w) tl.setWindow(w.start, w.end, { animation: false });
      },
      zoom: (factor) => (factor > 1 ? tl.zoomIn(factor - 1, { animation: false }) : tl.zoomOut(1 / factor - 1, { animation: false })),
    };
    return () => {
      unsubs.forEach((u) => u());
      api.current = null;
      tl.destroy();
    };
  }, [container, index]);
  return api;
}
