// A dataset folder's timeline (issue 16): counts per period from the folder's overview while the visible range
// holds more events than the timeline reads, the events of the range read from the source below that. On the real
// dataset through the in-memory source (the same contract as the folder's), with a small limit in place of 2,000:
// its 20 dated events start on 2024-01-15 (2 calls, 1 statement), in July (a month-long killing), on 2024-09-27 (a
// killing), in October 2024 (7: a month-long meeting, a military action, 4 statements, a meeting), on 2026-03-07 (3)
// and on 2026-03-10 (5).
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetSource, EventQuery, OpenedSource, PageRequest } from '../../dataset-source/dataset-source';
import { MemorySource } from '../../dataset-source/memory-source';
import type { Dataset, EventType } from '../../schema/dataset';
import { loadRealDataset } from '../../test/fixtures';
import { useAppStore } from '../app-store';
import { WINDOW_SETTLE_MS } from '../folder-coordinator';
import { countsKey, heldEvents, openFolderData, type FolderData, type WindowEvents } from '../folder-data';
import { followFolderTimeline } from '../folder-timeline';
import {
  countsSpan,
  countStarting,
  eventsCover,
  selectCountLanes,
  selectHighlightLanes,
  selectUndatedTotal,
  timelineQuestion,
  toCountLanes,
  type CountLanes,
  type TimelineNarrowing,
} from '../select-timeline';
import { dayEnd, dayStart } from '../time';

let dataset: Dataset;
let opened: OpenedSource;
let lanes: CountLanes;
/** The counts of the events the filters show. */
const lanesShowing = (hiddenTypes: EventType[], hiddenCountries: string[] = []) => toCountLanes(opened.eventCounts, opened.countrySets, hiddenTypes, hiddenCountries);
const NOT_NARROWED: TimelineNarrowing = { hiddenCountries: [], pair: null };
const s = () => useAppStore.getState();
const days = (from: string, to: string) => ({ start: dayStart(from), end: dayEnd(to) });
const october = days('2024-10-01', '2024-10-31');
const OCTOBER_EVENTS = ['ev-0s3f61w', 'ev-1e4u4dd', 'ev-19g0i4z', 'ev-00v4ws4', 'ev-05lv7w1', 'ev-0skyzo0', 'ev-1io8kxt'];

beforeAll(async () => {
  dataset = loadRealDataset();
  opened = await new MemorySource(dataset).open();
  lanes = lanesShowing([]);
});

describe('counts per period from the overview', () => {
  it('counts the events starting in any range, of the types shown', () => {
    expect([...lanes.keys()]).toEqual(['killing', 'meeting', 'military_action', 'phone_call', 'statement']);
    expect(countStarting(lanes, -Infinity, Infinity)).toBe(19);
    expect(countStarting(lanes, october.start, october.end)).toBe(7);
    expect(countStarting(lanes, dayStart('2024-10-11'), dayEnd('2024-10-11'))).toBe(4);
    const noStatements = lanesShowing(['statement']);
    expect([...noStatements.keys()]).toEqual(['killing', 'meeting', 'military_action', 'phone_call']);
    expect(countStarting(noStatements, october.start, october.end)).toBe(3);
  });

  it('counts only the events the hidden countries leave: those with a participant of a country shown, or of none', () => {
    // October 2024 (7 events) without Russia: Putin's statement of the 11th goes, his meetings with Pezeshkian stay.
    expect(countStarting(lanesShowing([], ['RU']), october.start, october.end)).toBe(6);
    // Without Iran: the three statements of Araghchi, Iravani and Pezeshkian go.
    expect(countStarting(lanesShowing([], ['IR']), october.start, october.end)).toBe(4);
    // Without both: the Russian–Iranian calls and meetings go too; the killings (LB, PS) and the military action,
    // which has no participant, stay.
    const neither = lanesShowing([], ['IR', 'RU']);
    expect(countStarting(neither, -Infinity, Infinity)).toBe(3);
    expect([...neither.keys()]).toEqual(['killing', 'military_action']);
    expect(countStarting(lanesShowing(['killing'], ['IR', 'RU']), -Infinity, Infinity)).toBe(1);
    expect(countStarting(lanesShowing([], ['US']), -Infinity, Infinity)).toBe(19);
  });

  it('spans the days with events, or those of the newest few', () => {
    expect(countsSpan(lanes)).toEqual(days('2024-01-15', '2026-03-10'));
    expect(countsSpan(lanes, 4)).toEqual(days('2026-03-10', '2026-03-10'));
    expect(countsSpan(lanes, 5)).toEqual(days('2026-03-07', '2026-03-10'));
  });

  it('asks for the window with its margin, the window alone, or nothing (counts) by how many events start there', () => {
    // The margin (half a window either side) reaches back to the killing of 2024-09-27: 8 events.
    expect(timelineQuestion(lanes, october, [], 8)).toEqual({ span: { from: '2024-09-15', to: '2024-11-16' }, types: null, ...NOT_NARROWED });
    expect(timelineQuestion(lanes, october, [], 7)).toEqual({ span: { from: '2024-10-01', to: '2024-10-31' }, types: null, ...NOT_NARROWED });
    expect(timelineQuestion(lanes, october, [], 6)).toBeNull();
    const noStatements = lanesShowing(['statement']);
    expect(timelineQuestion(noStatements, october, ['statement'], 6)).toEqual({
      span: { from: '2024-09-15', to: '2024-11-16' },
      types: ['killing', 'meeting', 'military_action', 'phone_call'],
      ...NOT_NARROWED,
    });
  });

  it('asks for the window by the counts the filters leave, naming the countries hidden and the narrowing pair', () => {
    // 2024 holds 12 events: more than 7. Without Iran 8, without Iran and Russia 3.
    const year = days('2024-01-01', '2024-12-31');
    expect(timelineQuestion(lanesShowing([], ['IR']), year, [], 7, { hiddenCountries: ['IR'], pair: null })).toBeNull();
    expect(timelineQuestion(lanesShowing([], ['IR', 'RU']), year, [], 7, { hiddenCountries: ['IR', 'RU'], pair: null })).toEqual({
      span: { from: '2023-07-02', to: '2025-07-02' },
      types: null,
      hiddenCountries: ['IR', 'RU'],
      pair: null,
    });
  });

  it('draws the events read only where they answer for the whole range and every type shown', () => {
    const read: WindowEvents = { span: { from: '2024-10-01', to: '2024-10-31' }, types: null, ...NOT_NARROWED, events: [], complete: true };
    expect(eventsCover(read, october, lanes, NOT_NARROWED)).toBe(true);
    expect(eventsCover(read, days('2024-10-01', '2024-11-01'), lanes, NOT_NARROWED)).toBe(false);
    expect(eventsCover({ ...read, complete: false }, october, lanes, NOT_NARROWED)).toBe(false);
    expect(eventsCover({ ...read, types: ['meeting', 'statement'] }, october, lanes, NOT_NARROWED)).toBe(false);
    expect(eventsCover({ ...read, types: ['meeting', 'statement'] }, october, lanesShowing(['phone_call', 'killing', 'military_action']), NOT_NARROWED)).toBe(true);
    expect(eventsCover(null, october, lanes, NOT_NARROWED)).toBe(false);
    // Read with fewer countries hidden, or for every pair, they hold those shown now (the filter picks them out).
    const pair: TimelineNarrowing = { hiddenCountries: ['RU'], pair: ['pezeshkian', 'putin'] };
    expect(eventsCover(read, october, lanes, pair)).toBe(true);
    expect(eventsCover({ ...read, hiddenCountries: ['RU'] }, october, lanes, NOT_NARROWED)).toBe(false);
    expect(eventsCover({ ...read, pair: ['pezeshkian', 'putin'] }, october, lanes, NOT_NARROWED)).toBe(false);
    expect(eventsCover({ ...read, pair: ['pezeshkian', 'putin'] }, october, lanes, pair)).toBe(true);
    expect(eventsCover({ ...read, pair: ['lavrov', 'putin'] }, october, lanes, pair)).toBe(false);
  });
});

describe('the events of the window, read from the source', () => {
  /** The source's answers to events(), held until the test lets each one go. */
  let held: (() => void)[];
  let asked: EventQuery[];
  let unfollow: () => void;

  /** The in-memory source, whose events() answers come when the test releases them. */
  function heldSource(): DatasetSource {
    const inner = new MemorySource(dataset);
    return Object.assign(Object.create(inner) as DatasetSource, {
      events: (query: EventQuery, page: PageRequest) => {
        asked.push(query);
        return new Promise<Awaited<ReturnType<DatasetSource['events']>>>((resolve) => held.push(() => void inner.events(query, page).then(resolve)));
      },
    });
  }
  const settle = () => vi.advanceTimersByTimeAsync(WINDOW_SETTLE_MS + 1);
  const answer = async (i: number) => {
    held[i]();
    for (let k = 0; k < 5; k++) await Promise.resolve();
  };
  const shownIds = () => s().folder!.windowEvents?.events.map((e) => e.id) ?? null;

  /** The folder as opened, answering through heldSource and holding only the events of 2024-01-15 (as a corpus
   *  with more events than are held at open). */
  async function openHoldingFew(): Promise<FolderData> {
    const folder = await openFolderData(new MemorySource(dataset));
    return { ...folder, source: heldSource(), base: { ...folder.base, events: folder.base.events.slice(0, 3) } };
  }

  beforeEach(async () => {
    vi.useFakeTimers();
    held = [];
    asked = [];
    s().reset();
    s().loadFolder(await openHoldingFew());
    unfollow = followFolderTimeline(useAppStore, 7);
  });
  afterEach(() => {
    unfollow();
    vi.useRealTimers();
  });

  it('reads nothing while the window holds more than it reads (the timeline shows counts)', async () => {
    s().setTimeWindow(days('2024-01-01', '2026-03-31'));
    await settle();
    expect(asked).toEqual([]);
    expect(s().folder!.windowEvents).toBeNull();
  });

  it('reads the window’s events once it rests, and the store holds them beside those held at open', async () => {
    expect(s().dataset!.events.map((e) => e.id)).toEqual(['ev-09y6yio', 'ev-1dxfq3e', 'ev-1gdf01v']);
    s().setTimeWindow(days('2024-09-01', '2024-09-30'));
    s().setTimeWindow(october);
    await settle();
    expect(asked).toEqual([{ window: { from: '2024-10-01', to: '2024-10-31' } }]);
    await answer(0);
    expect(shownIds()).toEqual(OCTOBER_EVENTS);
    expect(s().folder!.windowEvents).toMatchObject({ span: { from: '2024-10-01', to: '2024-10-31' }, types: null, complete: true });
    expect(s().dataset!.events.map((e) => e.id)).toEqual(['ev-09y6yio', 'ev-1dxfq3e', 'ev-1gdf01v', ...OCTOBER_EVENTS]);
    // An event read is known as a held one is: clicked, it is selected and its passages are asked for.
    s().selectEvent('ev-1io8kxt');
    expect(s().selection).toEqual({ kind: 'event', id: 'ev-1io8kxt' });
    // The same window again asks nothing.
    s().setTimeWindow(days('2024-10-02', '2024-10-30'));
    await settle();
    expect(asked).toHaveLength(1);
  });

  it('keeps the selected event known when the window moves away from it', async () => {
    s().setTimeWindow(october);
    await settle();
    await answer(0);
    s().selectEvent('ev-1io8kxt');
    // With its margin the window holds the 7 events of 7 and 10 March 2026, as many as the timeline reads: it is read
    // with its margin.
    s().setTimeWindow(days('2026-03-08', '2026-03-12'));
    await settle();
    expect(asked[1]).toEqual({ window: { from: '2026-03-05', to: '2026-03-15' } });
    await answer(1);
    expect(shownIds()).toEqual(['ev-0vvc4xv', 'ev-16hfmf7', 'ev-1agvnjj', 'ev-0j97z1t', 'ev-0ufknsc', 'ev-1i2aokf', 'ev-1jwa9w9', 'ev-1io8kxt']);
    expect(s().index!.eventById.has('ev-1io8kxt')).toBe(true);
  });

  it('drops an answer that comes after the window changed', async () => {
    s().setTimeWindow(october);
    await settle();
    s().setTimeWindow(days('2024-01-10', '2024-01-20'));
    await settle();
    expect(asked.map((q) => q.window)).toEqual([
      { from: '2024-10-01', to: '2024-10-31' },
      { from: '2024-01-04', to: '2024-01-26' },
    ]);
    await answer(1);
    await answer(0);
    expect(shownIds()).toEqual(['ev-09y6yio', 'ev-1dxfq3e', 'ev-1gdf01v']);
    // Those were held at open already: the events the views read stay the same array.
    expect(heldEvents(s().folder!)).toBe(s().folder!.base.events);
  });

  it('asks for the types shown only, so that hiding one can bring a range under the limit', async () => {
    s().setTimeWindow(days('2024-01-01', '2024-12-31'));
    await settle();
    expect(asked).toEqual([]);
    s().toggleEventType('statement');
    await settle();
    expect(asked).toEqual([{ window: { from: '2023-07-02', to: '2025-07-02' }, types: ['killing', 'meeting', 'military_action', 'phone_call'] }]);
    await answer(0);
    expect(shownIds()).toEqual(['ev-09y6yio', 'ev-1dxfq3e', 'ev-05ohb3j', 'ev-1vtz4yn', 'ev-0s3f61w', 'ev-1e4u4dd', 'ev-1io8kxt']);
  });

  it('says when more events reach into the window than were read, and does not ask the same again', async () => {
    unfollow();
    unfollow = followFolderTimeline(useAppStore, 0);
    // No event starts in late July 2024, but the killing dated to the whole month reaches into it.
    s().setTimeWindow(days('2024-07-20', '2024-07-29'));
    await settle();
    await answer(0);
    expect(s().folder!.windowEvents).toEqual({ span: { from: '2024-07-15', to: '2024-08-03' }, types: null, ...NOT_NARROWED, events: [], complete: false });
    s().setTimeWindow({ start: dayStart('2024-07-20') + 3_600_000, end: dayEnd('2024-07-29') });
    await settle();
    expect(asked).toHaveLength(1);
  });
});

describe('the counts follow the country filter and the selection', () => {
  let source: MemorySource;
  let unfollow: () => void;
  let asked: EventQuery[];

  /** The folder as opened, holding none of its events (as a corpus larger than what is held), its events() asked. */
  async function openHoldingNone(): Promise<FolderData> {
    source = new MemorySource(dataset);
    const folder = await openFolderData(source);
    const asking = Object.assign(Object.create(source) as DatasetSource, {
      events: (query: EventQuery, page: PageRequest) => {
        asked.push(query);
        return source.events(query, page);
      },
    });
    return { ...folder, source: asking, base: { ...folder.base, events: [] } };
  }
  /** What followFolder hands the store for a selection (folder-store.test.ts tests that it asks). */
  const countsRead = async () => {
    const sel = s().selection!;
    const actorIds = sel.kind === 'actor' ? [sel.id] : sel.kind === 'edge' ? [sel.source, sel.target] : [];
    s().setFolderSelectionCounts({ key: countsKey(sel)!, counts: await source.eventCounts(actorIds) });
  };
  const settle = async () => {
    await vi.advanceTimersByTimeAsync(WINDOW_SETTLE_MS + 1);
    for (let k = 0; k < 5; k++) await Promise.resolve();
  };
  const everything = days('2024-01-01', '2026-12-31');

  beforeEach(async () => {
    vi.useFakeTimers();
    asked = [];
    s().reset();
    s().loadFolder(await openHoldingNone());
    unfollow = followFolderTimeline(useAppStore, 7);
  });
  afterEach(() => {
    unfollow();
    vi.useRealTimers();
  });

  it('hiding countries brings a range under the limit: its events are read without theirs', async () => {
    s().setTimeWindow(days('2024-01-01', '2024-12-31'));
    await settle();
    s().toggleCountry('IR');
    await settle();
    expect(asked).toEqual([]);
    s().toggleCountry('RU');
    await settle();
    expect(asked).toEqual([{ window: { from: '2023-07-02', to: '2025-07-02' }, hiddenCountries: ['IR', 'RU'] }]);
    expect(s().folder!.windowEvents).toMatchObject({ hiddenCountries: ['IR', 'RU'], pair: null, complete: true });
    expect(s().folder!.windowEvents!.events.map((e) => e.id)).toEqual(['ev-05ohb3j', 'ev-1vtz4yn', 'ev-1e4u4dd']);
    expect(selectUndatedTotal(s())).toBe(0);
  });

  it('an edge narrows the counts to the pair’s, and the events read to the pair’s', async () => {
    s().setTimeWindow(everything);
    await settle();
    expect(asked).toEqual([]);
    expect(countStarting(selectCountLanes(s())!, -Infinity, Infinity)).toBe(19);
    expect(selectUndatedTotal(s())).toBe(2);
    s().selectEdge('putin', 'pezeshkian');
    // Until the pair's counts come, none are shown (not the corpus's), and its events are not asked for.
    expect(countStarting(selectCountLanes(s())!, -Infinity, Infinity)).toBe(0);
    await settle();
    expect(asked).toEqual([]);
    await countsRead();
    const pairLanes = selectCountLanes(s())!;
    expect([...pairLanes.keys()]).toEqual(['meeting', 'phone_call']);
    expect(countStarting(pairLanes, -Infinity, Infinity)).toBe(4);
    expect(selectUndatedTotal(s())).toBe(1);
    await settle();
    expect(asked).toEqual([{ window: { from: '2022-07-02', to: '2028-07-01' }, actorIds: ['pezeshkian', 'putin'] }]);
    expect(s().folder!.windowEvents!.events.map((e) => e.id)).toEqual(['ev-0s3f61w', 'ev-1io8kxt', 'ev-16hfmf7', 'ev-0j97z1t']);
    // Without Russia the pair's events stay: Pezeshkian is of Iran.
    s().toggleCountry('RU');
    expect(countStarting(selectCountLanes(s())!, -Infinity, Infinity)).toBe(4);
    // Deselected, the corpus's counts again, those the filter leaves.
    s().clearSelection();
    expect(countStarting(selectCountLanes(s())!, -Infinity, Infinity)).toBe(15);
  });

  it('highlights the selected actor’s part of the counts, or the selected event’s, of the events shown', async () => {
    expect(selectHighlightLanes(s())).toBeNull();
    s().selectActor('putin');
    expect(selectHighlightLanes(s())).toBeNull();
    await countsRead();
    // Putin's events of October 2024: the two meetings with Pezeshkian and his statement of the 11th.
    expect(countStarting(selectHighlightLanes(s())!, october.start, october.end)).toBe(3);
    expect(countStarting(selectHighlightLanes(s())!, -Infinity, Infinity)).toBe(6);
    s().toggleCountry('RU');
    expect(countStarting(selectHighlightLanes(s())!, october.start, october.end)).toBe(2);
    // The timeline's counts are the corpus's still: an actor highlights, it does not narrow.
    expect(countStarting(selectCountLanes(s())!, october.start, october.end)).toBe(6);
    s().toggleCountry('RU');
    s().folderAnswered({ ...s().folder!, base: { ...s().folder!.base, events: dataset.events } });
    s().selectEvent('ev-1io8kxt');
    const event = selectHighlightLanes(s())!;
    expect([...event.keys()]).toEqual(['meeting']);
    expect(countStarting(event, dayStart('2024-10-11'), dayEnd('2024-10-11'))).toBe(1);
  });
});
