// What every DatasetSource must answer on the bundled corpus's dataset (public/data/dataset.json, built by
// `npm run build:data` from the five Arabic articles in public/data/corpus). Every expected value was read off that
// dataset by a brute-force script (scans, no index); if the pipeline changes what it finds, re-read them.
//
// Decisions where src/dataset-source/dataset-source.ts leaves room (a source must follow them too):
// - Passages: "newest article first" puts undated articles last; articles of the same day go by document id; within
//   an article, passages go by their start offset. A passage is in a window when its article's publication day is,
//   or when the dated interval of an event it reports overlaps it (as the window scope of a dataset file counts it,
//   src/store/select-window.ts): an article of October may put a passage in July. The passages of an actor or a
//   pair in a window are those the dataset file's panel lists for that window (src/store/select-passages.ts).
// - A pair's passages are its edge's `passageIds` (the pipeline's co-mentions, plus the passages of a contact reported
//   only through «the two ministers»), so passagesOfPair(a, b, w).total equals the pair's weight in edges(w), but for
//   a pair in the window through an event alone (weight 1, no passage). The order of a and b does not matter; a pair
//   of an actor with itself, or with no edge, has no passages.
// - edges(window): the links of the dataset file's window scope (computeWindowScope): a pair is listed when one of
//   its passages is in the window, or one of its events is dated in it; its weight is its passages in the window, 1
//   at least. `contact` in a window: the pair's edge is a contact (one of its events is a call, meeting, visit,
//   message or agreement, not planned) and one of its events, of any type, is dated in the window. edges(null) gives
//   the dataset's edges as they are. Order: heaviest first, then source, then target (the pipeline's order); source
//   and target as the dataset writes them.
// - summary.edges counts distinct pairs of two different actors (as the dataset index keys them); span runs from the
//   first to the last day with a published article or a dated event (an event's end day included).
// - open().actors: the dataset's actors, in its order.
// - eventCounts counts a dated event once, on its start day, in the series of its type and country set; series go
//   by type, then set number, days ascending; undated events apart, in the same order. countrySets are the events'
//   distinct eventCountries (none: an event with no participant, or one of no known country), numbered in
//   compareCountrySets' order. eventCounts(actorIds) counts the events every one of the actors takes part in.
//   documentsPerDay leaves undated articles out; rows go by day.
// - events: ids compare as plain strings; `types: []` asks for no type, so nothing, and `actorIds: []` for no actor.
//   Undated events are last and ordered by id. `hiddenCountries` leaves out the events hiddenByCountries hides.
// - PassageHit.mentions: every mention in the passage, by start offset; `document` carries no `text`.
// - passages(ids): an id asked twice is given once, at its first place.
// - searchPassages: the query and the passages are normalised and split into words as the pipeline does
//   (normalizeArabic, tokenize); a passage matches when every query word begins one of its words or one of their
//   forms without leading clitics (search-terms' indexTerms: «والرئيس» is also indexed as «الرئيس», «رئيس»). A query
//   with no word finds nothing. Hits go in the passages' order above.
// - Bad requests are refused with a RangeError naming the value: a window not of ISO days or with from after to, a
//   page with a negative or fractional offset or limit. An offset past the end gives no items and the full total.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatasetSource, DaySpan, EventCounts, OpenedSource, Page, PassageHit } from '../dataset-source';
import { dayNumber } from '../country-sets';
import { addDays, monthsOf } from '../day-math';
import { compareWindowEdges } from '../requests';
import type { EventType } from '../../schema/dataset';
import { buildDatasetIndex } from '../../store/dataset-index';
import { computeListing } from '../../store/select-passages';
import { computeWindowScope, windowEdges } from '../../store/select-window';
import { dayEnd, dayStart } from '../../store/time';
import { loadRealDataset } from '../../test/fixtures';

const SPUTNIK = '003_642b06d6276772ac'; // Sputnik Arabic, 2026-03-10
const CALL_2026 = '000_31ef86482aa971b7'; // Pezeshkian–Putin call, 2026-03-07
const MIDDLE_EAST_NEWS = '001_da3dc91e64642310'; // 2024-10-11
const BAATH = '002_1b7f967809f53ab6'; // Al-Baath / SANA, 2024-01-15
const MEETING_2024 = '004_01f64be52bd482f2'; // Pezeshkian meets Putin, 2024-10-11

const ALL = { offset: 0, limit: 1000 };
const passageIds = (page: Page<PassageHit> | PassageHit[]) => ('items' in page ? page.items : page).map((h) => h.passage.id);
const p = (doc: string, n: number) => `${doc}:p${n}`;

/** Every event id in the answer's order: by start day, then id, undated last. */
const EVENTS_IN_ORDER = [
  'ev-09y6yio', 'ev-1dxfq3e', 'ev-1gdf01v', // 2024-01-15
  'ev-05ohb3j', // 2024-07-01..31
  'ev-1vtz4yn', // 2024-09-27
  'ev-0s3f61w', 'ev-1e4u4dd', // 2024-10-01 (ev-0s3f61w runs to 10-31)
  'ev-19g0i4z', // 2024-10-10
  'ev-00v4ws4', 'ev-05lv7w1', 'ev-0skyzo0', 'ev-1io8kxt', // 2024-10-11
  'ev-0vvc4xv', 'ev-16hfmf7', 'ev-1agvnjj', // 2026-03-07
  'ev-0j97z1t', 'ev-0ufknsc', 'ev-1i2aokf', 'ev-1jwa9w9', // 2026-03-10
  'ev-0f11zlk', 'ev-1r1oig7', // undated
];

/** Putin and Pezeshkian named together: 13 passages over four articles, newest first. */
const PUTIN_PEZESHKIAN = [
  p(SPUTNIK, 1), p(SPUTNIK, 2), p(SPUTNIK, 4),
  p(CALL_2026, 1), p(CALL_2026, 2),
  p(MIDDLE_EAST_NEWS, 1), p(MIDDLE_EAST_NEWS, 2), p(MIDDLE_EAST_NEWS, 3), p(MIDDLE_EAST_NEWS, 4), p(MIDDLE_EAST_NEWS, 10),
  p(MEETING_2024, 1), p(MEETING_2024, 2), p(MEETING_2024, 14),
];

/** A series of EventCounts, its days written as ISO days. */
const series = (type: EventType, countrySet: number, perDay: Record<string, number>) => ({
  type,
  countrySet,
  days: Object.keys(perDay).map(dayNumber),
  counts: Object.values(perDay),
});

/** The bundled corpus's country sets: Putin, Lavrov, Shoigu, Borisenko are of RU; Pezeshkian, Araghchi … of IR;
 *  Nasrallah of LB, Haniyeh of PS; the military action of 2024-10-01 has no participant. */
const COUNTRY_SETS = [[], ['IR'], ['IR', 'RU'], ['LB'], ['PS'], ['RU']];

/** Putin's and Pezeshkian's shared events: the meetings of October 2024, the calls of March 2026, the planned visit. */
const PUTIN_PEZESHKIAN_EVENTS: EventCounts = {
  series: [series('meeting', 2, { '2024-10-01': 1, '2024-10-11': 1 }), series('phone_call', 2, { '2026-03-07': 1, '2026-03-10': 1 })],
  undated: [{ type: 'visit', countrySet: 2, count: 1 }],
};

const LAVROV = [p(SPUTNIK, 9), p(SPUTNIK, 10), p(SPUTNIK, 11), p(SPUTNIK, 13), p(SPUTNIK, 16), p(SPUTNIK, 18), p(BAATH, 7)];

/** Every whole month and every single day from a month before the corpus's span to a month after it. */
const MONTHS = monthsOf({ from: '2023-12-01', to: '2026-04-30' }).map(({ from, to }): DaySpan => ({ from, to }));
const DAYS = Array.from({ length: 882 }, (_, i): DaySpan => ({ from: addDays('2023-12-01', i), to: addDays('2023-12-01', i) }));
/** And windows of several months, across the months' ends and the events' spans. */
const SPANS: DaySpan[] = [
  { from: '2024-01-01', to: '2026-03-31' },
  { from: '2024-07-15', to: '2024-10-20' },
  { from: '2024-07-31', to: '2024-09-27' },
  { from: '2024-08-01', to: '2024-10-10' },
  { from: '2024-09-28', to: '2026-03-07' },
  { from: '2023-12-20', to: '2024-02-10' },
];

export function sourceContract(label: string, openSource: () => Promise<DatasetSource>): void {
  describe(`DatasetSource contract: ${label}`, () => {
    let source: DatasetSource;
    let opened: OpenedSource;

    beforeAll(async () => {
      source = await openSource();
      opened = await source.open();
    });

    describe('open', () => {
      it('summarises the corpus: counts and the span of dated things', () => {
        expect(opened.summary).toEqual({
          documents: 5,
          passages: 94,
          mentions: 77,
          events: 21,
          edges: 12,
          span: { from: '2024-01-15', to: '2026-03-10' },
        });
      });

      it('gives every actor, in the dataset order, with the layout the build computed', () => {
        expect(opened.actors.map((a) => a.id)).toEqual([
          'putin', 'lavrov', 'shoigu', 'borisenko', 'khamenei', 'pezeshkian', 'amir-abdollahian', 'araghchi',
          'iravani', 'ashtiani', 'netanyahu', 'gallant', 'biden', 'harris', 'nasrallah', 'haniyeh',
        ]);
        expect(opened.actors.find((a) => a.id === 'pezeshkian')).toMatchObject({ name: { en: 'Masoud Pezeshkian' }, mentionCount: 26 });
        expect(opened.layout?.key).toBe('v1:28:899848725');
        expect(Object.keys(opened.layout?.positions ?? {})).toHaveLength(16);
        expect(opened.corrections).toBeUndefined();
      });

      it('counts the events per type and country set, dated ones per start day (19 of 21: two are undated)', () => {
        expect(opened.countrySets).toEqual(COUNTRY_SETS);
        expect(opened.eventCounts).toEqual({
          series: [
            series('killing', 3, { '2024-09-27': 1 }),
            series('killing', 4, { '2024-07-01': 1 }),
            series('meeting', 2, { '2024-10-01': 1, '2024-10-11': 1 }),
            series('meeting', 5, { '2026-03-10': 1 }),
            series('military_action', 0, { '2024-10-01': 1 }),
            series('phone_call', 2, { '2024-01-15': 2, '2026-03-07': 1, '2026-03-10': 2 }),
            series('statement', 1, { '2024-01-15': 1, '2024-10-10': 1, '2024-10-11': 2, '2026-03-07': 1 }),
            series('statement', 5, { '2024-10-11': 1, '2026-03-07': 1, '2026-03-10': 1 }),
          ],
          undated: [
            { type: 'killing', countrySet: 1, count: 1 },
            { type: 'visit', countrySet: 2, count: 1 },
          ],
        });
        expect(opened.eventCounts.series.flatMap((s) => s.counts).reduce((n, c) => n + c, 0)).toBe(19);
      });

      it('counts published articles per day', () => {
        expect(opened.documentsPerDay).toEqual([
          { day: '2024-01-15', count: 1 },
          { day: '2024-10-11', count: 2 },
          { day: '2026-03-07', count: 1 },
          { day: '2026-03-10', count: 1 },
        ]);
      });
    });

    describe('events', () => {
      it('lists the whole corpus by start day, then id, the two undated events last', async () => {
        const page = await source.events({ window: null }, ALL);
        expect(page.total).toBe(21);
        expect(page.items.map((e) => e.id)).toEqual(EVENTS_IN_ORDER);
      });

      it('pages: offset and limit cut the same order, the total stays; past the end is empty', async () => {
        expect(await source.events({ window: null }, { offset: 18, limit: 10 }).then((pg) => [pg.items.map((e) => e.id), pg.total])).toEqual([
          ['ev-1jwa9w9', 'ev-0f11zlk', 'ev-1r1oig7'],
          21,
        ]);
        expect(await source.events({ window: null }, { offset: 2, limit: 3 }).then((pg) => pg.items.map((e) => e.id))).toEqual(['ev-1gdf01v', 'ev-05ohb3j', 'ev-1vtz4yn']);
        expect(await source.events({ window: null }, { offset: 30, limit: 10 })).toEqual({ items: [], total: 21 });
        expect(await source.events({ window: null }, { offset: 0, limit: 0 })).toEqual({ items: [], total: 21 });
      });

      it('in a window: every event whose dated interval overlaps it, undated ones never', async () => {
        const window = { from: '2024-10-01', to: '2024-10-11' };
        const page = await source.events({ window }, ALL);
        expect(page.items.map((e) => e.id)).toEqual(['ev-0s3f61w', 'ev-1e4u4dd', 'ev-19g0i4z', 'ev-00v4ws4', 'ev-05lv7w1', 'ev-0skyzo0', 'ev-1io8kxt']);
        expect(page.total).toBe(7);
        // Both ends inclusive: July 1–31 is in a window of July 31 alone; the month-long meeting is in October 12.
        expect((await source.events({ window: { from: '2024-07-31', to: '2024-07-31' } }, ALL)).items.map((e) => e.id)).toEqual(['ev-05ohb3j']);
        expect((await source.events({ window: { from: '2024-10-12', to: '2024-10-12' } }, ALL)).items.map((e) => e.id)).toEqual(['ev-0s3f61w']);
        expect(await source.events({ window: { from: '2025-01-01', to: '2025-12-31' } }, ALL)).toEqual({ items: [], total: 0 });
      });

      it('by type and by actor, alone or with a window', async () => {
        const ids = async (q: Parameters<DatasetSource['events']>[0]) => (await source.events(q, ALL)).items.map((e) => e.id);
        expect(await ids({ window: null, types: ['phone_call'] })).toEqual(['ev-09y6yio', 'ev-1dxfq3e', 'ev-16hfmf7', 'ev-0j97z1t', 'ev-1i2aokf']);
        expect(await ids({ window: null, types: ['meeting', 'visit'], actorIds: ['putin'] })).toEqual(['ev-0s3f61w', 'ev-1io8kxt', 'ev-1r1oig7']);
        expect(await ids({ window: null, actorIds: ['lavrov'] })).toEqual(['ev-09y6yio', 'ev-0ufknsc', 'ev-1i2aokf']);
        expect(await ids({ window: { from: '2024-10-01', to: '2024-10-11' }, types: ['statement'] })).toEqual(['ev-19g0i4z', 'ev-00v4ws4', 'ev-05lv7w1', 'ev-0skyzo0']);
        expect(await ids({ window: { from: '2024-10-01', to: '2024-10-11' }, actorIds: ['putin'] })).toEqual(['ev-0s3f61w', 'ev-00v4ws4', 'ev-1io8kxt']);
        expect(await ids({ window: null, types: [] })).toEqual([]);
        expect(await ids({ window: null, actorIds: [] })).toEqual([]);
        expect(await source.events({ window: null, actorIds: ['nobody'] }, ALL)).toEqual({ items: [], total: 0 });
      });

      it('of a pair: the events both take part in, alone or with a window and types', async () => {
        const ids = async (q: Parameters<DatasetSource['events']>[0]) => (await source.events(q, ALL)).items.map((e) => e.id);
        const pair = ['pezeshkian', 'putin'];
        expect(await ids({ window: null, actorIds: pair })).toEqual(['ev-0s3f61w', 'ev-1io8kxt', 'ev-16hfmf7', 'ev-0j97z1t', 'ev-1r1oig7']);
        expect(await ids({ window: null, actorIds: ['putin', 'pezeshkian'] })).toEqual(['ev-0s3f61w', 'ev-1io8kxt', 'ev-16hfmf7', 'ev-0j97z1t', 'ev-1r1oig7']);
        expect(await ids({ window: { from: '2026-03-01', to: '2026-03-31' }, actorIds: pair })).toEqual(['ev-16hfmf7', 'ev-0j97z1t']);
        expect(await ids({ window: null, types: ['meeting'], actorIds: pair })).toEqual(['ev-0s3f61w', 'ev-1io8kxt']);
        expect(await source.events({ window: null, actorIds: pair }, { offset: 1, limit: 2 }).then((pg) => [pg.items.map((e) => e.id), pg.total])).toEqual([
          ['ev-1io8kxt', 'ev-16hfmf7'],
          5,
        ]);
        expect(await source.events({ window: null, actorIds: ['lavrov', 'putin'] }, ALL)).toEqual({ items: [], total: 0 });
      });

      it('without the events the hidden countries hide: those whose participants are all of them', async () => {
        const ids = async (q: Parameters<DatasetSource['events']>[0]) => (await source.events(q, ALL)).items.map((e) => e.id);
        // October 2024 without Russia: Putin's statement goes; the meetings with Pezeshkian stay (Iran is shown).
        expect(await ids({ window: { from: '2024-10-01', to: '2024-10-11' }, hiddenCountries: ['RU'] })).toEqual([
          'ev-0s3f61w', 'ev-1e4u4dd', 'ev-19g0i4z', 'ev-05lv7w1', 'ev-0skyzo0', 'ev-1io8kxt',
        ]);
        // Without Iran and Russia: Haniyeh's and Nasrallah's killings, and the military action, which has no participant.
        expect(await ids({ window: null, hiddenCountries: ['IR', 'RU'] })).toEqual(['ev-05ohb3j', 'ev-1vtz4yn', 'ev-1e4u4dd']);
        expect(await source.events({ window: null, hiddenCountries: ['IR', 'RU'] }, { offset: 0, limit: 1 }).then((pg) => pg.total)).toBe(3);
        expect(await ids({ window: null, actorIds: ['putin'], hiddenCountries: ['RU'] })).toEqual(['ev-0s3f61w', 'ev-1io8kxt', 'ev-16hfmf7', 'ev-0j97z1t', 'ev-1r1oig7']);
        expect(await ids({ window: null, actorIds: ['putin'], hiddenCountries: ['US'] })).toHaveLength(7);
      });

      it('counts the events of an actor, or of a pair, as the corpus’s', async () => {
        expect(await source.eventCounts(['putin'])).toEqual({
          series: [
            series('meeting', 2, { '2024-10-01': 1, '2024-10-11': 1 }),
            series('phone_call', 2, { '2026-03-07': 1, '2026-03-10': 1 }),
            series('statement', 5, { '2024-10-11': 1, '2026-03-07': 1 }),
          ],
          undated: [{ type: 'visit', countrySet: 2, count: 1 }],
        });
        expect(await source.eventCounts(['putin', 'pezeshkian'])).toEqual(PUTIN_PEZESHKIAN_EVENTS);
        expect(await source.eventCounts(['pezeshkian', 'putin'])).toEqual(PUTIN_PEZESHKIAN_EVENTS);
        expect(await source.eventCounts(['lavrov', 'putin'])).toEqual({ series: [], undated: [] });
        expect(await source.eventCounts(['nobody'])).toEqual({ series: [], undated: [] });
      });

      it('event(id) gives the whole event; an unknown id gives null', async () => {
        expect(await source.event('ev-16hfmf7')).toEqual({
          id: 'ev-16hfmf7',
          type: 'phone_call',
          title: { en: 'Phone call: Pezeshkian – Putin', ar: 'اتصال هاتفي: بزشكيان – بوتين' },
          participants: ['pezeshkian', 'putin'],
          participantVia: { pezeshkian: 'named', putin: 'named' },
          date: { start: '2026-03-07', end: '2026-03-07', precision: 'day', basis: 'relative' },
          location: null,
          planned: false,
          passageIds: [p(CALL_2026, 1), p(CALL_2026, 2), p(CALL_2026, 11)],
          documentIds: [CALL_2026],
        });
        expect(await source.event('ev-nope')).toBeNull();
      });
    });

    describe('edges', () => {
      it('over the whole corpus: the dataset edges, heaviest first', async () => {
        expect(await source.edges(null)).toEqual([
          { source: 'pezeshkian', target: 'putin', weight: 13, contact: true },
          { source: 'araghchi', target: 'lavrov', weight: 2, contact: true },
          { source: 'ashtiani', target: 'shoigu', weight: 2, contact: true },
          { source: 'biden', target: 'netanyahu', weight: 2, contact: false },
          { source: 'amir-abdollahian', target: 'lavrov', weight: 1, contact: true },
          { source: 'biden', target: 'harris', weight: 1, contact: false },
          { source: 'gallant', target: 'netanyahu', weight: 1, contact: false },
          { source: 'haniyeh', target: 'nasrallah', weight: 1, contact: false },
          { source: 'harris', target: 'netanyahu', weight: 1, contact: false },
          { source: 'khamenei', target: 'pezeshkian', weight: 1, contact: false },
          { source: 'khamenei', target: 'putin', weight: 1, contact: false },
          { source: 'netanyahu', target: 'pezeshkian', weight: 1, contact: false },
        ]);
      });

      it('in the week of 4–10 March 2026: weights counted over the two articles published then', async () => {
        expect(await source.edges({ from: '2026-03-04', to: '2026-03-10' })).toEqual([
          { source: 'pezeshkian', target: 'putin', weight: 5, contact: true },
          { source: 'araghchi', target: 'lavrov', weight: 2, contact: true },
          { source: 'khamenei', target: 'pezeshkian', weight: 1, contact: false },
          { source: 'khamenei', target: 'putin', weight: 1, contact: false },
          { source: 'netanyahu', target: 'pezeshkian', weight: 1, contact: false },
        ]);
      });

      it('in the week of 5–11 October 2024: the unplanned meeting of 11 October makes Putin–Pezeshkian a contact', async () => {
        expect(await source.edges({ from: '2024-10-05', to: '2024-10-11' })).toEqual([
          { source: 'pezeshkian', target: 'putin', weight: 8, contact: true },
          { source: 'biden', target: 'netanyahu', weight: 2, contact: false },
          { source: 'biden', target: 'harris', weight: 1, contact: false },
          { source: 'gallant', target: 'netanyahu', weight: 1, contact: false },
          { source: 'haniyeh', target: 'nasrallah', weight: 1, contact: false },
          { source: 'harris', target: 'netanyahu', weight: 1, contact: false },
        ]);
      });

      it('a window with no article published in it: the pairs of the passages reporting an event dated in it, and of its events', async () => {
        // No article is published from 1 to 10 October 2024. The article of 11 October names Haniyeh and Nasrallah in
        // a passage that reports the military action of 1 October; ev-0s3f61w, Putin's and Pezeshkian's planned
        // meeting, spans October: their link is a contact (the meeting of 11 October), and it has an event here.
        expect(await source.edges({ from: '2024-10-01', to: '2024-10-10' })).toEqual([
          { source: 'haniyeh', target: 'nasrallah', weight: 1, contact: false },
          { source: 'pezeshkian', target: 'putin', weight: 1, contact: true },
        ]);
      });

      it('in July 2024: Haniyeh–Nasrallah, from the article of 11 October 2024 that reports Haniyeh’s killing in July', async () => {
        const july = { from: '2024-07-01', to: '2024-07-31' };
        expect(await source.edges(july)).toEqual([{ source: 'haniyeh', target: 'nasrallah', weight: 1, contact: false }]);
        expect(await source.passagesOfPair('nasrallah', 'haniyeh', july, ALL).then((pg) => [passageIds(pg), pg.total])).toEqual([[p(MEETING_2024, 26)], 1]);
        // The same passage reports Nasrallah's killing of 27 September: it counts once in a window holding both days.
        expect(await source.edges({ from: '2024-07-31', to: '2024-09-27' })).toEqual([{ source: 'haniyeh', target: 'nasrallah', weight: 1, contact: false }]);
      });

      it('in every month, every day and a few longer windows: the links, weights and contacts of the dataset file’s window scope', async () => {
        const index = buildDatasetIndex(loadRealDataset());
        let withLinks = 0;
        for (const window of [...MONTHS, ...DAYS, ...SPANS]) {
          const expected = windowEdges(index, { start: dayStart(window.from), end: dayEnd(window.to) }).sort(compareWindowEdges);
          expect(await source.edges(window), `${window.from}…${window.to}`).toEqual(expected);
          if (expected.length) withLinks++;
        }
        expect([MONTHS.length, DAYS.length, withLinks]).toEqual([29, 882, 77]);
      });
    });

    describe('passages of an actor or a pair', () => {
      it('Lavrov: newest article first (Sputnik 2026, then Al-Baath 2024), then by position', async () => {
        expect(await source.passagesOfActor('lavrov', null, ALL).then((pg) => [passageIds(pg), pg.total])).toEqual([LAVROV, 7]);
      });

      it('each hit carries its article without the text and every mention in the passage, by offset', async () => {
        const [hit] = (await source.passagesOfActor('lavrov', null, { offset: 0, limit: 1 })).items;
        expect(hit.passage).toMatchObject({ id: p(SPUTNIK, 9), documentId: SPUTNIK });
        expect(hit.document).toMatchObject({ id: SPUTNIK, published: '2026-03-10', source: 'سبوتنيك عربي (Sputnik Arabic)' });
        expect('text' in hit.document).toBe(false);
        expect(hit.mentions).toEqual([
          { actorId: 'lavrov', passageId: p(SPUTNIK, 9), start: 103, end: 115, via: 'full_name' },
          { actorId: 'araghchi', passageId: p(SPUTNIK, 9), start: 156, end: 167, via: 'full_name' },
        ]);
        expect(hit.passage.text.slice(103, 115)).toBe('سيرغي لافروف');
      });

      it('pages through the same order with the same total', async () => {
        expect(await source.passagesOfActor('lavrov', null, { offset: 5, limit: 5 }).then((pg) => [passageIds(pg), pg.total])).toEqual([
          [p(SPUTNIK, 18), p(BAATH, 7)],
          7,
        ]);
        expect(await source.passagesOfActor('lavrov', null, { offset: 7, limit: 5 })).toEqual({ items: [], total: 7 });
      });

      it('in a window: the passages of the articles published in it', async () => {
        expect(await source.passagesOfActor('lavrov', { from: '2024-01-01', to: '2024-12-31' }, ALL).then((pg) => [passageIds(pg), pg.total])).toEqual([
          [p(BAATH, 7)],
          1,
        ]);
        // Two articles of the same day go by document id.
        const putin = await source.passagesOfActor('putin', { from: '2024-10-11', to: '2024-10-11' }, { offset: 0, limit: 7 });
        expect(putin.total).toBe(10);
        expect(passageIds(putin)).toEqual([
          p(MIDDLE_EAST_NEWS, 1), p(MIDDLE_EAST_NEWS, 2), p(MIDDLE_EAST_NEWS, 3), p(MIDDLE_EAST_NEWS, 4), p(MIDDLE_EAST_NEWS, 9), p(MIDDLE_EAST_NEWS, 10),
          p(MEETING_2024, 1),
        ]);
        expect((await source.passagesOfActor('putin', null, ALL)).total).toBe(17);
        expect((await source.passagesOfActor('pezeshkian', null, ALL)).total).toBe(26);
        expect(await source.passagesOfActor('nobody', null, ALL)).toEqual({ items: [], total: 0 });
      });

      it('in a window: also the passages of articles published outside it that report an event dated in it', async () => {
        // Published on 11 October, the passage reports the planned meeting that spans October.
        expect(await source.passagesOfActor('pezeshkian', { from: '2024-10-12', to: '2024-10-31' }, ALL).then((pg) => [passageIds(pg), pg.total])).toEqual([
          [p(MIDDLE_EAST_NEWS, 11)],
          1,
        ]);
        // Nasrallah's one passage is published on 11 October and reports the action of 1 October: in the window, once.
        const october = await source.passagesOfActor('nasrallah', { from: '2024-10-01', to: '2024-10-11' }, ALL);
        expect([passageIds(october), october.total]).toEqual([[p(MEETING_2024, 26)], 1]);
        expect(await source.passagesOfActor('haniyeh', { from: '2024-07-01', to: '2024-07-31' }, { offset: 1, limit: 5 })).toEqual({ items: [], total: 1 });
      });

      it('in every month and a few longer windows, and on every day with a passage or an event: what the dataset file’s panel lists', async () => {
        const dataset = loadRealDataset();
        const index = buildDatasetIndex(dataset);
        const dated = new Set([...dataset.documents.flatMap((d) => (d.published ? [d.published] : [])), ...dataset.events.flatMap((e) => (e.date ? [e.date.start, e.date.end] : []))]);
        const days = DAYS.filter((d) => dated.has(d.from) || dated.has(addDays(d.from, 1)) || dated.has(addDays(d.from, -1)));
        let listed = 0;
        for (const window of [...MONTHS, ...days, ...SPANS]) {
          const scope = computeWindowScope(index, { start: dayStart(window.from), end: dayEnd(window.to) });
          const panel = (selection: Parameters<typeof computeListing>[1]) => computeListing(index, selection, scope)!.groups.flatMap((g) => g.passages.map((q) => q.id));
          for (const actor of dataset.actors) {
            const expected = panel({ kind: 'actor', id: actor.id });
            expect(passageIds(await source.passagesOfActor(actor.id, window, ALL)), `${actor.id} ${window.from}…${window.to}`).toEqual(expected);
            listed += expected.length;
          }
          for (const { source: a, target: b } of dataset.edges) {
            const expected = panel({ kind: 'edge', source: a, target: b });
            expect(passageIds(await source.passagesOfPair(a, b, window, ALL)), `${a}–${b} ${window.from}…${window.to}`).toEqual(expected);
          }
        }
        expect(listed).toBe(355);
      });

      it('a pair: the passages naming both, in either order of the two, as many as the edge weighs', async () => {
        expect(passageIds(await source.passagesOfPair('pezeshkian', 'putin', null, ALL))).toEqual(PUTIN_PEZESHKIAN);
        expect(passageIds(await source.passagesOfPair('putin', 'pezeshkian', null, ALL))).toEqual(PUTIN_PEZESHKIAN);
        expect(await source.passagesOfPair('lavrov', 'araghchi', null, ALL).then((pg) => [passageIds(pg), pg.total])).toEqual([
          [p(SPUTNIK, 9), p(SPUTNIK, 16)],
          2,
        ]);
      });

      it('a pair in the week of 4–10 March 2026, paged', async () => {
        const week = { from: '2026-03-04', to: '2026-03-10' };
        expect(await source.passagesOfPair('putin', 'pezeshkian', week, { offset: 2, limit: 2 }).then((pg) => [passageIds(pg), pg.total])).toEqual([
          [p(SPUTNIK, 4), p(CALL_2026, 1)],
          5,
        ]);
      });

      it('a pair with no edge, or an actor with itself, has no passages', async () => {
        expect(await source.passagesOfPair('lavrov', 'netanyahu', null, ALL)).toEqual({ items: [], total: 0 });
        expect(await source.passagesOfPair('putin', 'putin', null, ALL)).toEqual({ items: [], total: 0 });
      });
    });

    describe('passages by id and documents', () => {
      it('passages(ids): in the order asked, unknown ids left out, an id asked twice given once', async () => {
        const hits = await source.passages([p(BAATH, 4), 'nope:p1', p(CALL_2026, 1), p(BAATH, 4)]);
        expect(passageIds(hits)).toEqual([p(BAATH, 4), p(CALL_2026, 1)]);
        expect(hits[0].mentions.map((m) => [m.actorId, m.start, m.end])).toEqual([
          ['shoigu', 23, 34],
          ['ashtiani', 83, 95],
        ]);
        expect(hits[0].passage).toMatchObject({ start: 113, end: 300, paragraph: 3 });
        expect(hits[0].document.id).toBe(BAATH);
        expect(await source.passages([])).toEqual([]);
      });

      it('document(id): the whole article with its text; an unknown id gives null', async () => {
        const doc = await source.document(BAATH);
        expect(doc).toMatchObject({ id: BAATH, file: '002_1b7f967809f53ab6.txt', published: '2024-01-15', publishedBasis: 'manifest', language: 'ar', url: null });
        expect(doc?.text).toHaveLength(2126);
        expect(doc?.text.startsWith('أخبارصحيفة البعث')).toBe(true);
        // The passage's offsets point into the document's text.
        const [hit] = await source.passages([p(BAATH, 4)]);
        expect(doc?.text.slice(hit.passage.start, hit.passage.end)).toBe(hit.passage.text);
        expect(await source.document('nope')).toBeNull();
      });
    });

    describe('searchPassages', () => {
      const CALL_HITS = [p(SPUTNIK, 2), p(SPUTNIK, 9), p(SPUTNIK, 16), p(CALL_2026, 1), p(BAATH, 4)];

      it('finds passages with every word of an Arabic query, newest article first', async () => {
        expect(await source.searchPassages('اتصال هاتفي', ALL).then((pg) => [passageIds(pg), pg.total])).toEqual([CALL_HITS, 5]);
        expect((await source.searchPassages('لافروف', ALL)).total).toBe(7);
        expect((await source.searchPassages('بوتين', ALL)).total).toBe(14);
        expect((await source.searchPassages('الرئيس بوتين', ALL)).total).toBe(6);
        expect((await source.searchPassages('القواعد العسكرية', ALL)).total).toBe(1);
      });

      it('ignores diacritics and hamza, alef, ta marbuta and ya variants', async () => {
        const ids = async (q: string) => passageIds(await source.searchPassages(q, ALL));
        expect(await ids('بِزِشْكِيان')).toEqual(await ids('بزشكيان'));
        expect((await source.searchPassages('بزشكيان', ALL)).total).toBe(17);
        expect(await ids('ايران')).toEqual(await ids('إيران'));
        expect(await ids('إيرَان')).toEqual(await ids('إيران'));
        expect((await source.searchPassages('إيران', ALL)).total).toBe(56);
        const american = [p(SPUTNIK, 11), p(SPUTNIK, 13), p(CALL_2026, 1), p(CALL_2026, 2), p(MEETING_2024, 12), p(BAATH, 12)];
        expect(await ids('الأمريكية')).toEqual(american);
        expect(await ids('الامريكيه')).toEqual(american);
      });

      it('in English: the bundled articles have no Latin text, so «Putin» (in any case) finds nothing', async () => {
        expect(await source.searchPassages('Putin', ALL)).toEqual({ items: [], total: 0 });
        expect(await source.searchPassages('PUTIN', ALL)).toEqual({ items: [], total: 0 });
      });

      it('a query with no word finds nothing', async () => {
        expect(await source.searchPassages('  ', ALL)).toEqual({ items: [], total: 0 });
        expect(await source.searchPassages('،؟ -', ALL)).toEqual({ items: [], total: 0 });
      });

      it('pages through the same order with the same total; hits carry their mentions', async () => {
        const page = await source.searchPassages('اتصال هاتفي', { offset: 2, limit: 2 });
        expect([passageIds(page), page.total]).toEqual([CALL_HITS.slice(2, 4), 5]);
        expect(page.items[1].mentions.map((m) => m.actorId)).toEqual(['pezeshkian', 'putin']);
      });
    });

    describe('bad requests', () => {
      it('refuses a reversed or malformed window, naming it', async () => {
        await expect(source.events({ window: { from: '2024-10-11', to: '2024-10-01' } }, ALL)).rejects.toThrow(/2024-10-11.*2024-10-01/);
        await expect(source.edges({ from: '2024-13-01', to: '2024-12-31' })).rejects.toThrow(RangeError);
        await expect(source.passagesOfActor('putin', { from: '11/10/2024', to: '2024-10-11' }, ALL)).rejects.toThrow(/11\/10\/2024/);
      });

      it('refuses a negative or fractional page, naming it', async () => {
        await expect(source.events({ window: null }, { offset: -1, limit: 10 })).rejects.toThrow(/offset -1/);
        await expect(source.searchPassages('بوتين', { offset: 0, limit: 2.5 })).rejects.toThrow(/limit 2.5/);
      });
    });
  });
}
