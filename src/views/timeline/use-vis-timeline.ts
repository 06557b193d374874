// The vis-timeline engine: created once per dataset, held in a ref, driven by store subscriptions.
// Its DataSet holds only what the window needs (see windowed-items.ts), so 20,000 events stay fast. Where the app
// does not hold every event (a dataset folder), the window's events come from the store as the source reads them
// (folder-timeline.ts); where the window holds more than it reads, the corpus's counts of its events give counts per
// period, the selection's part filled in.
import { useEffect, useRef, type RefObject } from 'react';
import moment from 'moment';
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import { useAppStore } from '../../store/app-store';
import type { DatasetIndex } from '../../store/dataset-index';
import {
  countsSpan,
  countStarting,
  eventsCover,
  selectCountLanes,
  selectCountsKnown,
  selectHighlightLanes,
  selectHighlightedEventIds,
  selectTimelineFilter,
  selectTimelineNarrowing,
  type CountLanes,
  type TimelineFilter,
} from '../../store/select-timeline';
import { DAY_MS, type Interval } from '../../store/time';
import { selectAnswersLater, selectEventCountSeries, selectPassagesReading, selectScopePending, selectWindowEvents } from '../../store/select-source';
import { exposeForTests, markPhase } from '../shared/test-hooks';
import { afterPaintQueue, afterRead } from '../shared/after-paint';
import { momentLocale } from '../../i18n/moment-locale';
import { uiText } from '../../i18n/ui-text';
import { useBriefingStore } from '../../briefing/briefing-store';
import { eventTooltip, initialWindow, lanesOf, placementsOf, toEventItem, toTimelineGroups, type EventItem, type EventPlacement } from './to-timeline-items';
import {
  DETAIL_MAX,
  binTitle,
  binUnit,
  countInWindow,
  idsInWindow,
  toBinItems,
  toCountBins,
  toLaneIndex,
  type BinItem,
  type BinUnit,
  type LaneIndex,
} from './windowed-items';
import { renderGroup, renderItem } from './render-item';

export interface TimelineApi {
  fit: () => void;
  zoom: (factor: number) => void;
}

type Shown = EventItem | BinItem;

/** The room shown on either side of a slide's window in presentation, as a share of the window. */
export const SLIDE_ROOM = 0.04;

const differs = (a: Interval, b: Interval) => Math.abs(a.start - b.start) > 1 || Math.abs(a.end - b.end) > 1;

/** In presentation mode the window glides from one slide to the next; playback already moves it smoothly. */
function slideAnimation(): { duration: number; easingFunction: 'easeInOutCubic' } | false {
  const b = useBriefingStore.getState();
  return b.presenting && b.playback !== 'playing' ? { duration: 700, easingFunction: 'easeInOutCubic' } : false;
}

/** An item under the pointer: its tooltip text, and where the pointer is on the page. */
export interface TimelineHover {
  text: string;
  x: number;
  y: number;
}

export function useVisTimeline(
  container: RefObject<HTMLDivElement | null>,
  index: DatasetIndex,
  onHover: (hover: TimelineHover | null) => void,
  onCounts: (unit: BinUnit | null) => void,
): RefObject<TimelineApi | null> {
  const api = useRef<TimelineApi | null>(null);
  const hover = useRef(onHover);
  hover.current = onHover;
  const counting = useRef(onCounts);
  counting.current = onCounts;
  // Arabic mirrors the axis (time runs right to left) and names months in Arabic: vis-timeline takes both only
  // when it is created, so a language switch re-creates it (on the store's window).
  const uiLanguage = useAppStore((s) => s.uiLanguage);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const store = useAppStore;
    const answersLater = selectAnswersLater(store.getState());
    /** The events the timeline places: the dataset's, or those the source read for the window. */
    const eventsNow = () => (answersLater ? (selectWindowEvents(store.getState())?.events ?? []) : index.dataset.events);
    let placements: EventPlacement[] = [];
    let placementById = new Map<string, EventPlacement>();
    /** An index whose answers come later grows with the events read: the store's is the one that knows them. */
    const indexNow = () => (answersLater ? (store.getState().index ?? index) : index);
    let nameLanguage = store.getState().nameLanguage;
    // Items are built when first shown and kept until the names' language changes (or, where they are read, until the
    // window's events no longer include them: what is kept stays bounded as the user moves through the years).
    const drawn = new Map<string, EventItem>();
    const place = () => {
      placements = placementsOf(eventsNow());
      placementById = new Map(placements.map((p) => [p.id, p]));
      for (const id of drawn.keys()) if (!placementById.has(id)) drawn.delete(id);
    };
    place();
    const itemOf = (id: string): EventItem => {
      let item = drawn.get(id);
      if (!item) drawn.set(id, (item = toEventItem(indexNow(), placementById.get(id)!, nameLanguage)));
      return item;
    };
    // A large timeline follows a selection two frames later: React's part of it (the passages of a click) is
    // painted first, then the graph's (where the user clicked); a small one follows at once.
    const afterPaint = afterPaintQueue(2);
    const later = (key: string, work: () => void) => (answersLater || placements.length > DETAIL_MAX ? afterPaint.schedule(key, work) : work());
    // Where the answers come later, the graph follows a new window once the source has answered for it: the timeline's
    // items for the window (a redraw of tens of ms) wait for that answer, a few frames at most, so as not to hold back
    // the question.
    const onceScoped = afterRead(afterPaint, () => selectScopePending(store.getState()));
    const laterForWindow = (work: () => void) => (answersLater ? onceScoped('items', work) : later('items', work));
    let filter: TimelineFilter = selectTimelineFilter(store.getState())!;
    let lanes: LaneIndex = toLaneIndex(placements, filter.eventIds);
    /** The corpus's counts per day of the events shown (null where every event is held), and the selection's part of them. */
    let counts: CountLanes | null = selectCountLanes(store.getState());
    let selectedCounts = selectHighlightLanes(store.getState());
    let highlighted = selectHighlightedEventIds(store.getState());
    let shown = new DataSet<Shown>();
    const series = selectEventCountSeries(store.getState());
    const groups = new DataSet(series ? lanesOf(series.map((d) => d.type)) : toTimelineGroups(index));
    const span = index.span ?? { start: Date.parse('2000-01-01'), end: Date.parse('2001-01-01') };
    /** The window that shows the newest few events (about as many as are drawn one by one). */
    const recent = (): Interval | null => {
      if (!counts) return initialWindow(placements, DETAIL_MAX * 0.75);
      const newest = countsSpan(counts, DETAIL_MAX * 0.75);
      return newest && initialWindow([{ start: newest.start }, { start: newest.end }], Infinity);
    };
    const first = store.getState().timeWindow ?? recent() ?? span;

    // Bin tooltips are translated text: remembered, since a selection re-draws the same bins (highlighted).
    const binTitles = new Map<string, string>();
    const cachedBinTitle: typeof binTitle = (type, count, start, end, selected) => {
      const key = `${type}|${count}|${start}|${end}|${selected}`;
      let title = binTitles.get(key);
      if (title === undefined) binTitles.set(key, (title = binTitle(type, count, start, end, selected)));
      return title;
    };
    /** What the window needs: every event (small data), the events around the window, or count bins (from a
     *  folder's counts while the events of the window are not read). */
    const needed = (w: Interval): Shown[] => {
      const s = store.getState();
      if (counts && !eventsCover(selectWindowEvents(s), w, counts, selectTimelineNarrowing(s))) return toCountBins(counts, w, selectedCounts, cachedBinTitle);
      if (lanes.total <= DETAIL_MAX) return [...filter.eventIds].filter((id) => placementById.has(id)).map(itemOf);
      const pad = (w.end - w.start) / 2;
      if (countInWindow(lanes, w.start - pad, w.end + pad) <= DETAIL_MAX)
        return idsInWindow(lanes, w.start - pad, w.end + pad).map(itemOf);
      return toBinItems(lanes, w, highlighted, cachedBinTitle);
    };
    let unitShown: BinUnit | null = null;
    /** Set once the timeline is made (the first items are chosen before). */
    let made: Timeline | null = null;
    const sync = (w: Interval, force = false) => {
      const next = needed(w);
      const unit = next.some((i) => 'isBin' in i) ? binUnit(w) : null;
      if (unit !== unitShown) {
        // Count bins side by side never overlap: unstacked, each lane keeps them on one row (stacked, vis-timeline
        // puts every other one on a second row, its items' margin making neighbours collide).
        if ((unit === null) !== (unitShown === null)) made?.setOptions({ stack: unit === null });
        counting.current((unitShown = unit));
      }
      const keep = new Set(next.map((i) => i.id));
      const gone = shown.getIds().filter((id) => !keep.has(String(id)));
      const fresh = force
        ? next
        : next.filter((i) => {
            const old = shown.get(i.id) as Shown | null;
            return !old || ('isBin' in i && (old.content !== i.content || old.className !== i.className || old.style !== i.style));
          });
      if (made && gone.length && fresh.length) {
        // Items both go and come (a new window's bins): vis-timeline redraws and measures every item on each change
        // of its DataSet, so a new set of items, drawn once on the next frame, costs half of a removal then an update.
        shown = new DataSet<Shown>(next);
        made.setItems(shown as never);
        return;
      }
      if (gone.length) shown.remove(gone);
      if (fresh.length) shown.update(fresh);
    };
    sync(first);

    const options: TimelineOptions = {
      start: first.start,
      end: first.end,
      min: span.start - 5 * 365 * DAY_MS,
      max: span.end + 5 * 365 * DAY_MS,
      zoomMin: DAY_MS * 2,
      zoomMax: Math.max(span.end - span.start, 30 * DAY_MS) * 4,
      height: '100%',
      verticalScroll: true,
      stack: unitShown === null,
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 8, vertical: 4 }, axis: 6 },
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      moment: (d: moment.MomentInput) => moment(d).locale(momentLocale(uiLanguage)).utc(),
      rtl: uiLanguage === 'ar',
      // The tooltip is the page's own (timeline-tooltip.tsx): vis-timeline's is drawn inside the timeline, and a
      // short timeline (a 720-px projector) cut it off.
      showTooltips: false,
      template: renderItem as unknown as TimelineOptions['template'],
      groupTemplate: renderGroup as unknown as TimelineOptions['groupTemplate'],
      groupOrder: 'order',
    };
    const tl = new Timeline(el, shown as never, groups as never, options);
    made = tl;
    exposeForTests('__timeline', tl);
    markPhase('timeline-created');
    // The lane labels scroll with the lanes: let keyboard users reach and scroll them.
    const laneLabels = el.querySelector<HTMLElement>(uiLanguage === 'ar' ? '.vis-right' : '.vis-left');
    if (laneLabels) {
      laneLabels.tabIndex = 0;
      laneLabels.setAttribute('role', 'region');
      laneLabels.setAttribute('aria-label', uiText('timeline.lanes'));
    }

    const windowOf = (): Interval => {
      const w = tl.getWindow();
      return { start: +w.start, end: +w.end };
    };
    const applyHighlight = () => {
      el.classList.toggle('has-highlight', highlighted !== null);
      tl.setSelection(highlighted ? [...highlighted].filter((id) => shown.get(id)) : []);
    };
    const choose = (id: string | null) => {
      const s = store.getState();
      const bin = id ? (shown.get(id) as Shown | null) : null;
      if (bin && 'isBin' in bin) {
        // A count bin: zoom into it.
        const pad = (bin.end - bin.start) * 0.1;
        tl.setWindow(bin.start - pad, bin.end + pad, { animation: false });
        applyHighlight();
      } else if (id && s.index?.eventById.has(id)) s.selectEvent(id);
      else if (!id) s.clearSelection();
    };
    /** A count bin's tooltip is made with it; an event's when it is hovered (translated text, for few items). */
    const tooltipOf = (item: Shown): string => {
      if ('isBin' in item) return item.title;
      const e = indexNow().eventById.get(item.id);
      return e ? eventTooltip(indexNow(), e, nameLanguage) : '';
    };
    tl.on('itemover', ({ item, event }: { item: string | number; event: MouseEvent }) => {
      const shownItem = shown.get(String(item)) as Shown | null;
      const text = shownItem ? tooltipOf(shownItem) : '';
      if (text) hover.current({ text, x: event.clientX, y: event.clientY });
    });
    tl.on('itemout', () => hover.current(null));
    tl.on('rangechange', () => hover.current(null));
    tl.on('select', ({ items: ids }: { items: (string | number)[] }) => choose(ids.length ? String(ids[0]) : null));
    el.addEventListener('keydown', (e) => {
      const item = (e.target as HTMLElement).closest<HTMLElement>('[data-item-id]');
      if (!item || (e.key !== 'Enter' && e.key !== ' ')) return;
      e.preventDefault();
      choose(item.dataset.itemId!);
    });
    // The graph and the panels follow a new window first; the timeline's own items (the events around the window,
    // or count bins) follow once that is painted: vis-timeline redraws itself for each change of its items.
    const syncItems = () => {
      sync(windowOf());
      applyHighlight();
    };
    // In presentation a slide's window is shown with a little room on either side, so that an event filling the
    // window (a month's meeting) keeps both its ends on the screen; the store keeps the slide's own window.
    let slideShown: { shown: Interval; meant: Interval } | null = null;
    const showSlideWindow = (w: Interval, animation: ReturnType<typeof slideAnimation>) => {
      const room = (w.end - w.start) * SLIDE_ROOM;
      slideShown = { shown: { start: w.start - room, end: w.end + room }, meant: w };
      tl.setWindow(slideShown.shown.start, slideShown.shown.end, { animation });
    };
    const windowMeant = (): Interval => {
      const w = windowOf();
      return slideShown && !differs(w, slideShown.shown) ? slideShown.meant : w;
    };
    tl.on('rangechanged', () => {
      store.getState().setTimeWindow(windowMeant());
      laterForWindow(syncItems);
    });
    store.getState().setTimeWindow(windowOf());
    // vis-timeline re-applies its start/end options after its first draw; a window the store received before
    // that (a test, a restored view) must win. It also stays hidden until a redraw that follows its first range
    // change: ask for that redraw at once rather than waiting for its resize timer (about a second later).
    let firstDraw = true;
    tl.on('changed', () => {
      if (!firstDraw) return;
      firstDraw = false;
      const w = store.getState().timeWindow;
      if (w && differs(windowOf(), w)) tl.setWindow(w.start, w.end, { animation: false });
    });
    tl.on('rangechanged', () =>
      setTimeout(() => {
        if ((tl as unknown as { initialDrawDone?: boolean }).initialDrawDone === false) tl.redraw();
      }, 0),
    );

    // A folder's extent is its counts' (the events it holds, read for some window, are a part). Asked for while a
    // narrowing pair's counts are read, the fit waits for them.
    let fitPending = false;
    const fitAll = () => {
      const all = counts ? countsSpan(counts) : null;
      const visible = counts ? (all ? [{ start: all.start }, { start: all.end }] : []) : [...filter.eventIds].flatMap((id) => placementById.get(id) ?? []);
      const w = initialWindow(visible, Infinity);
      if (w) tl.setWindow(w.start, w.end, { animation: false });
    };
    // An edge narrows the timeline to the pair's shared events. The window moves only when none of them is in
    // view (and comes back when the edge is deselected), so the window filter does not jump under the user. A
    // folder's pair is known by its counts (its events in view are read for the window).
    let beforeNarrowing: Interval | null = null;
    const applyFilter = (f: TimelineFilter) => {
      const wasNarrowed = filter.narrowedTo;
      filter = f;
      counts = selectCountLanes(store.getState());
      lanes = toLaneIndex(placements, f.eventIds);
      sync(windowOf());
      if (f.narrowedTo) {
        const current = windowOf();
        const times = [...f.eventIds].map((id) => indexNow().eventTime.get(id)).filter((t): t is Interval => !!t);
        const inView = times.some((t) => t.start < current.end && current.start < t.end) || (counts !== null && countStarting(counts, current.start, current.end) > 0);
        const counted = counts && countsSpan(counts);
        const spans = counted ? [...times, counted] : times;
        if (spans.length && !inView) {
          beforeNarrowing ??= current;
          const start = Math.min(...spans.map((t) => t.start));
          const end = Math.max(...spans.map((t) => t.end));
          const pad = Math.max((end - start) * 0.1, 30 * DAY_MS);
          tl.setWindow(start - pad, end + pad * 2, { animation: false });
        }
      } else if (wasNarrowed && beforeNarrowing) {
        tl.setWindow(beforeNarrowing.start, beforeNarrowing.end, { animation: false });
        beforeNarrowing = null;
      }
      if (fitPending && selectCountsKnown(store.getState())) {
        fitPending = false;
        fitAll();
      }
    };
    applyHighlight();
    let placedEvents = selectWindowEvents(store.getState());
    /** The filter, the highlight, or a folder's events read or counts changed: the latest of each is drawn, once. (An
     *  edge click changes both the filter and the highlight: one pass over the items, not one for each.) */
    const refresh = () => {
      const s = store.getState();
      const f = selectTimelineFilter(s);
      if (!f) return;
      highlighted = selectHighlightedEventIds(s);
      selectedCounts = selectHighlightLanes(s);
      const windowEvents = selectWindowEvents(s);
      if (f !== filter || windowEvents !== placedEvents || selectCountLanes(s) !== counts) {
        if (answersLater) place();
        placedEvents = windowEvents;
        applyFilter(f);
      } else if (lanes.total > DETAIL_MAX || unitShown !== null) sync(windowOf()); // count bins show the highlight
      applyHighlight();
    };
    // A folder's passages of a click come from its source while the timeline would redraw (tens of ms for a
    // narrowing edge), holding back their answer: the timeline waits until they are read, or a few frames at most.
    const onceRead = afterRead(afterPaint, () => selectPassagesReading(store.getState()));
    const refreshLater = () => (answersLater ? onceRead('refresh', refresh) : later('refresh', refresh));
    const unsubs = [
      store.subscribe(selectTimelineFilter, refreshLater),
      // A folder's source read the events of a new window: they are placed, and drawn where they cover it.
      store.subscribe(selectWindowEvents, refreshLater),
      store.subscribe(selectHighlightedEventIds, refreshLater),
      // A folder's counts: of the types and countries shown, of a narrowing pair, of the selection's part (as they come).
      store.subscribe(selectCountLanes, refreshLater),
      store.subscribe(selectHighlightLanes, refreshLater),
      store.subscribe(
        (s) => s.timeWindow,
        (w) => {
          if (!w || !differs(windowMeant(), w)) return;
          const animation = slideAnimation();
          // A glide reports its end, and its items follow then.
          if (animation) showSlideWindow(w, animation);
          // A large timeline moves once the graph's frame is painted (a folder's, once the graph has its source's
          // answer for the window), with its items for the new window: one redraw, not a move at once and a second
          // redraw for the items (the newest window wins).
          else
            laterForWindow(() => {
              const latest = store.getState().timeWindow;
              if (latest && differs(windowOf(), latest)) tl.setWindow(latest.start, latest.end, { animation: false });
              syncItems();
            });
        },
      ),
      // Starting a presentation on the window already shown gives it its room; leaving takes the room away.
      useBriefingStore.subscribe(
        (b) => b.presenting,
        (presenting) => {
          const w = store.getState().timeWindow;
          if (!w) return;
          if (presenting) showSlideWindow(w, slideAnimation());
          else if (slideShown && !differs(windowOf(), slideShown.shown)) tl.setWindow(w.start, w.end, { animation: false });
        },
      ),
      store.subscribe(
        (s) => s.nameLanguage,
        (lang) => {
          nameLanguage = lang;
          drawn.clear();
          sync(windowOf(), true);
          applyHighlight();
        },
      ),
    ];
    api.current = {
      fit: () => {
        fitPending = answersLater && !selectCountsKnown(store.getState());
        if (!fitPending) fitAll();
      },
      zoom: (factor) => (factor > 1 ? tl.zoomIn(0.5, { animation: false }) : tl.zoomOut(0.5, { animation: false })),
    };
    return () => {
      unsubs.forEach((u) => u());
      afterPaint.cancel();
      api.current = null;
      hover.current(null);
      counting.current(null);
      tl.destroy();
    };
  }, [container, index, uiLanguage]);
  return api;
}
