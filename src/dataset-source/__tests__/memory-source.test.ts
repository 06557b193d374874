import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemorySource } from '../memory-source';
import type { DaySpan, Page, PageRequest, PassageHit } from '../dataset-source';
import { loadFixture, loadRealDataset } from '../../test/fixtures';
import { buildDatasetIndex } from '../../store/dataset-index';
import { DAY_MS, dayEnd, dayStart, overlaps, toIsoDay } from '../../store/time';
import type { Dataset } from '../../schema/dataset';
import { sourceContract } from './source-contract';

sourceContract('MemorySource over public/data/dataset.json', async () => new MemorySource(loadRealDataset()));

/** Every page of an answer, `size` at a time, until the total is reached. */
async function allPages<T>(ask: (page: PageRequest) => Promise<Page<T>>, size: number): Promise<{ items: T[]; totals: number[] }> {
  const items: T[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await ask({ offset, limit: size });
    totals.push(page.total);
    items.push(...page.items);
    if (offset + size >= page.total) return { items, totals };
  }
}

const ids = (hits: PassageHit[]) => hits.map((h) => h.passage.id);

/** Publication days that never grow along the list, undated ones last. */
function isNewestFirst(days: (string | null)[]): boolean {
  return days.every((d, i) => i === 0 || (days[i - 1] === null ? d === null : d === null || d <= days[i - 1]!));
}

// The mini fixture has an undated article and an undated event: what is in no window must still page right.
describe.each([
  ['the bundled dataset', loadRealDataset()],
  ['the mini fixture (with an undated article)', loadFixture()],
])('MemorySource properties on %s', (_label, dataset: Dataset) => {
  const source = new MemorySource(dataset);
  const { passageTimes } = buildDatasetIndex(dataset);
  const actorIds = [...dataset.actors.map((a) => a.id), 'nobody'];
  // Windows from a month before the first day to a month after the last, or the whole corpus.
  const first = dayStart('2024-01-15') - 30 * DAY_MS;
  const days = Math.round((dayStart('2026-03-10') - first) / DAY_MS) + 60;
  // Half the days are a day where something starts or ends, or the day before or after: where an off-by-one shows.
  const edgeDays = [...dataset.documents.flatMap((d) => (d.published ? [d.published] : [])), ...dataset.events.flatMap((e) => (e.date ? [e.date.start, e.date.end] : []))]
    .flatMap((d) => [-1, 0, 1].map((shift) => toIsoDay(dayStart(d) + shift * DAY_MS)));
  const day = fc.oneof(fc.integer({ min: 0, max: days }).map((n) => toIsoDay(first + n * DAY_MS)), fc.constantFrom(...edgeDays));
  const window = fc.option(fc.tuple(day, day).map(([a, b]): DaySpan => (a <= b ? { from: a, to: b } : { from: b, to: a })), { nil: null });
  const size = fc.integer({ min: 1, max: 12 });
  const actor = fc.constantFrom(...actorIds);
  /** The window scope's rule: the article's publication day, or the span of an event the passage reports, overlaps it. */
  const inWindow = (hit: PassageHit, w: DaySpan | null) =>
    !w || (passageTimes.get(hit.passage.id) ?? []).some((t) => overlaps(t, { start: dayStart(w.from), end: dayEnd(w.to) }));

  /** Pages joined equal the whole list, every page gives the same total, and the window keeps exactly the
   *  passages of the whole list in it, in the same order. */
  async function checkListing(ask: (w: DaySpan | null, page: PageRequest) => Promise<Page<PassageHit>>, w: DaySpan | null, pageSize: number) {
    const whole = await ask(w, { offset: 0, limit: 100_000 });
    const paged = await allPages((page) => ask(w, page), pageSize);
    expect(ids(paged.items)).toEqual(ids(whole.items));
    expect(new Set(paged.totals)).toEqual(new Set([whole.total]));
    expect(whole.items).toHaveLength(whole.total);
    const everything = (await ask(null, { offset: 0, limit: 100_000 })).items;
    expect(ids(whole.items)).toEqual(ids(everything.filter((h) => inWindow(h, w))));
    return whole.items;
  }

  it('an actor’s passages: pages add up, those in the window, all naming the actor, newest first', async () => {
    await fc.assert(
      fc.asyncProperty(actor, window, size, async (actorId, w, pageSize) => {
        const hits = await checkListing((win, page) => source.passagesOfActor(actorId, win, page), w, pageSize);
        for (const hit of hits) expect(hit.mentions.some((m) => m.actorId === actorId)).toBe(true);
        expect(isNewestFirst(hits.map((h) => h.document.published))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a pair’s passages: pages add up, and their total is the pair’s weight in edges(window) (1 through an event alone)', async () => {
    await fc.assert(
      fc.asyncProperty(actor, actor, window, size, async (a, b, w, pageSize) => {
        const hits = await checkListing((win, page) => source.passagesOfPair(a, b, win, page), w, pageSize);
        const edge = (await source.edges(w)).find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
        expect(edge?.weight ?? 0).toBe(edge ? Math.max(1, hits.length) : hits.length);
      }),
      { numRuns: 150 },
    );
  });

  it('search: pages add up in the passages’ order', async () => {
    const words = [...new Set(dataset.passages.flatMap((p) => p.text.split(/\s+/).filter((w) => w.length > 2)))];
    await fc.assert(
      fc.asyncProperty(fc.subarray(words, { minLength: 1, maxLength: 2 }), size, async (query, pageSize) => {
        await checkListing((_w, page) => source.searchPassages(query.join(' '), page), null, pageSize);
        // A word taken from a passage finds at least that passage.
        expect((await source.searchPassages(query[0], { offset: 0, limit: 0 })).total).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  it('events: pages add up; a window keeps exactly the dated events overlapping it, in the same order', async () => {
    const types = [...new Set(dataset.events.map((e) => e.type))];
    await fc.assert(
      fc.asyncProperty(window, fc.option(fc.subarray(types), { nil: undefined }), fc.option(fc.array(actor, { maxLength: 2 }), { nil: undefined }), size, async (w, t, actorIds, pageSize) => {
        const query = { window: w, types: t, actorIds };
        const whole = await source.events(query, { offset: 0, limit: 100_000 });
        const paged = await allPages((page) => source.events(query, page), pageSize);
        expect(paged.items.map((e) => e.id)).toEqual(whole.items.map((e) => e.id));
        expect(new Set(paged.totals)).toEqual(new Set([whole.total]));
        const everything = (await source.events({ ...query, window: null }, { offset: 0, limit: 100_000 })).items;
        const inWindow = everything.filter((e) => !w || (e.date !== null && e.date.start <= w.to && w.from <= e.date.end));
        expect(whole.items.map((e) => e.id)).toEqual(inWindow.map((e) => e.id));
      }),
      { numRuns: 150 },
    );
  });
});
