// The undated strip on a dataset folder holding a part of its undated events (issue 16): asked for more, the
// store reads the next page of those the filters show from the source, and holds them as it holds the others.
// On src/test/undated-folder.ts: 12 undated events, the last 3 held at open, pages of 4 in place of 200.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetSource, EventQuery, PageRequest } from '../../dataset-source/dataset-source';
import { MemorySource } from '../../dataset-source/memory-source';
import type { Dataset } from '../../schema/dataset';
import { openHoldingFew, withExtraUndated } from '../../test/undated-folder';
import { useAppStore } from '../app-store';
import { followFolder, WINDOW_SETTLE_MS } from '../folder-coordinator';
import { followFolderUndated } from '../folder-undated';
import { selectUndatedEvents, selectUndatedQuestion, selectUndatedReading, selectUndatedTotal } from '../select-timeline';

const s = () => useAppStore.getState();
const listed = () => selectUndatedEvents(s()).map((e) => e.id);
const extra = (...n: number[]) => n.map((i) => `ev-undated-0${i}`);

let dataset: Dataset;
/** What the source was asked for, and its answers, held until the test lets each one go. */
let asked: { query: EventQuery; page: PageRequest }[];
let held: (() => void)[];
let stops: (() => void)[];

/** The in-memory source, whose events() answers come when the test releases them. */
function heldSource(): DatasetSource {
  const inner = new MemorySource(dataset);
  return Object.assign(Object.create(inner) as DatasetSource, {
    events: (query: EventQuery, page: PageRequest) => {
      asked.push({ query, page });
      return new Promise<Awaited<ReturnType<DatasetSource['events']>>>((resolve) => held.push(() => void inner.events(query, page).then(resolve)));
    },
  });
}
const settle = async () => {
  await vi.advanceTimersByTimeAsync(WINDOW_SETTLE_MS + 1);
  for (let k = 0; k < 5; k++) await Promise.resolve();
};
/** Lets the source's next answer go, and what it makes the store ask next be asked. */
const answer = async () => {
  held[asked.length - 1]();
  await settle();
};

beforeEach(async () => {
  vi.useFakeTimers();
  dataset = withExtraUndated();
  asked = [];
  held = [];
  s().reset();
  s().loadFolder(await openHoldingFew(dataset, heldSource()));
  stops = [followFolderUndated(useAppStore, 4)];
});
afterEach(() => {
  for (const stop of stops) stop();
  vi.useRealTimers();
});

describe('the undated events of a folder, read on demand', () => {
  it('reads the next page of undated events when the strip asks for more, until every one is listed', async () => {
    expect(selectUndatedTotal(s())).toBe(12);
    expect(listed()).toEqual(extra(7, 8, 9));
    expect(selectUndatedQuestion(s())).toEqual({ key: '[null,[],null]', query: { window: null }, first: 19, total: 12 });
    s().requestMoreUndated();
    expect(selectUndatedReading(s())).toBe(true);
    await settle();
    // After the 19 dated events: the undated ones from the first.
    expect(asked).toEqual([{ query: { window: null }, page: { offset: 19, limit: 4 } }]);
    await answer();
    expect(listed()).toEqual([...extra(7, 8, 9), 'ev-0f11zlk', 'ev-1r1oig7', ...extra(0, 1)]);
    expect(selectUndatedReading(s())).toBe(false);
    s().requestMoreUndated();
    await settle();
    await answer();
    expect(listed()).toEqual([...extra(7, 8, 9), 'ev-0f11zlk', 'ev-1r1oig7', ...extra(0, 1, 2, 3, 4, 5)]);
    // The last page meets those held at open: only the one not held is listed anew.
    s().requestMoreUndated();
    await settle();
    expect(asked[2].page).toEqual({ offset: 27, limit: 4 });
    await answer();
    expect(listed()).toHaveLength(12);
    expect(new Set(listed())).toEqual(new Set(dataset.events.filter((e) => !e.date).map((e) => e.id)));
    // All listed: nothing more to ask.
    s().requestMoreUndated();
    await settle();
    expect(asked).toHaveLength(3);
    expect(selectUndatedReading(s())).toBe(false);
  });

  it('selects an undated event read later as any event, and reads its passages', async () => {
    stops.push(followFolder());
    s().requestMoreUndated();
    await settle();
    await answer();
    s().selectEvent('ev-undated-00');
    expect(s().selection).toEqual({ kind: 'event', id: 'ev-undated-00' });
    await settle();
    expect(s().index!.eventById.get('ev-undated-00')!.type).toBe('visit');
    expect(s().folder!.pages).toMatchObject({ key: 'event:ev-undated-00', total: 1 });
    expect(s().index!.passageById.has('004_01f64be52bd482f2:p14')).toBe(true);
  });

  it('asks for the types and countries shown, and drops a page read for filters that have since changed', async () => {
    s().requestMoreUndated();
    await settle();
    // Hidden before the answer comes: the page is not held, and the strip lists what is held of the visits and the killing.
    s().toggleEventType('statement');
    await answer();
    expect(s().folder!.undated).toBeNull();
    expect(listed()).toEqual(extra(8));
    // Asked under the filters shown now: the types left, after the 11 dated events they leave.
    expect(selectUndatedTotal(s())).toBe(7);
    s().toggleCountry('IR');
    expect(selectUndatedTotal(s())).toBe(6);
    s().requestMoreUndated();
    await settle();
    expect(asked[1]).toEqual({
      query: { window: null, types: ['phone_call', 'meeting', 'visit', 'message', 'agreement', 'military_action', 'killing'], hiddenCountries: ['IR'] },
      page: { offset: 11, limit: 4 },
    });
    await answer();
    expect(listed()).toEqual([...extra(8), 'ev-1r1oig7', ...extra(0, 2, 4)]);
  });

  it('holds the pages read under other filters, and reads on past those it holds until one lists more', async () => {
    stops[0]();
    stops = [followFolderUndated(useAppStore, 2)];
    s().requestMoreUndated();
    await settle();
    await answer();
    s().toggleEventType('statement');
    // Of the visits and the killing, the one held at open and those read already are listed.
    expect(listed()).toEqual([...extra(8), 'ev-0f11zlk', 'ev-1r1oig7']);
    s().requestMoreUndated();
    await settle();
    await answer();
    // Its first page (after its 11 dated events) is all held: the next is asked at once.
    expect(asked.map((a) => a.page.offset)).toEqual([19, 11, 13]);
    await answer();
    expect(listed()).toEqual([...extra(8), 'ev-0f11zlk', 'ev-1r1oig7', ...extra(0, 2)]);
  });

  it('narrows to the pair of a selected edge once its counts are read', async () => {
    stops.push(followFolder());
    s().selectEdge('putin', 'pezeshkian');
    expect(selectUndatedQuestion(s())).toBeNull();
    // Its passages, then its counts: 4 dated events and 6 undated of the pair.
    await settle();
    await settle();
    expect(selectUndatedTotal(s())).toBe(6);
    expect(listed()).toEqual(extra(8));
    s().requestMoreUndated();
    await settle();
    expect(asked).toEqual([{ query: { window: null, actorIds: ['pezeshkian', 'putin'] }, page: { offset: 4, limit: 4 } }]);
    await answer();
    expect(listed()).toEqual([...extra(8), 'ev-1r1oig7', ...extra(0, 2, 4)]);
  });
});

describe('a dataset file', () => {
  it('lists every undated event at once, and reads nothing more', () => {
    s().loadSucceeded(dataset);
    expect(listed()).toHaveLength(12);
    expect(selectUndatedQuestion(s())).toBeNull();
    s().requestMoreUndated();
    expect(s().undatedWanted).toBeNull();
  });
});
