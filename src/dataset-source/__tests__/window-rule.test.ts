// @vitest-environment node
// The window's rule on small generated datasets: a folder built from one, and the in-memory source, give for any
// window the links, weights and contacts of the dataset file's window scope, and the passages of an actor or a pair
// its panel lists. The datasets have what the bundled corpus lacks: undated articles, events spanning months,
// passages reporting events weeks from their article's day, and links through events whose passages name neither.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DatasetFolderWriter } from '../../cli/dataset-folder-writer';
import { sliceText } from '../../cli/slice-text';
import { countComentions } from '../../pipeline/comentions/count-comentions';
import { SCHEMA_VERSION, type Actor, type Dataset, type DatasetEvent, type EventType, type Passage } from '../../schema/dataset';
import { buildDatasetIndex } from '../../store/dataset-index';
import { computeListing } from '../../store/select-passages';
import { computeWindowScope, windowEdges } from '../../store/select-window';
import { dayEnd, dayStart } from '../../store/time';
import { blobsOf } from '../../test/bundled-folder';
import { tempDir } from '../../test/temp-dir';
import type { DaySpan, Page, PageRequest, PassageHit } from '../dataset-source';
import { addDays } from '../day-math';
import { blobFolder } from '../folder-files';
import { FolderSource } from '../folder-source';
import { MemorySource } from '../memory-source';
import { compareWindowEdges } from '../requests';

const ACTORS = ['a', 'b', 'c', 'd', 'e', 'f'];
const FIRST_DAY = '2024-01-20';
/** Days from FIRST_DAY on: over the ends of January, February and March. */
const day = (max: number) => fc.integer({ min: 0, max }).map((n) => addDays(FIRST_DAY, n));

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const actorOf = (id: string): Actor => ({
  id, name: { en: id, ar: id }, shortName: { en: id, ar: id }, aliases: [], country: null, roles: [], mentionCount: 0, discovered: false,
});

const datasets = fc
  .record({
    documents: fc.array(fc.record({ published: fc.option(day(70), { nil: null, freq: 5 }), passages: fc.array(fc.subarray(ACTORS, { maxLength: 2 }), { minLength: 1, maxLength: 3 }) }), { minLength: 1, maxLength: 5 }),
    events: fc.array(
      fc.record({
        type: fc.constantFrom<EventType>('meeting', 'phone_call', 'statement'),
        planned: fc.boolean(),
        participants: fc.subarray(ACTORS),
        date: fc.option(fc.tuple(day(70), fc.integer({ min: 0, max: 40 })), { nil: null, freq: 5 }),
        passages: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ documents, events }): Dataset => {
    const passages: Passage[] = [];
    const mentions: Dataset['mentions'] = [];
    documents.forEach((d, i) =>
      d.passages.forEach((named, j) => {
        const id = `d${i}:p${j}`;
        passages.push({ id, documentId: `d${i}`, text: 'x', start: j * 10, end: j * 10 + 5, paragraph: j });
        // A pair named in the first passage: a corpus without one builds no folder (an empty pair-passages.parquet fails).
        for (const actorId of new Set([...(i + j === 0 ? ['a', 'b'] : []), ...named])) mentions.push({ actorId, passageId: id, start: 0, end: 1, via: 'full_name' });
      }),
    );
    const datasetEvents = events
      .map((e, k): DatasetEvent => {
        const passageIds = [...new Set(e.passages.map((n) => passages[n % passages.length].id))];
        return {
          id: `ev-${k}`, type: e.type, title: { en: 'e', ar: 'e' }, participants: e.participants, location: null, planned: e.planned, passageIds,
          date: e.date && { start: e.date[0], end: addDays(e.date[0], e.date[1]), precision: 'day', basis: 'explicit' },
          documentIds: [...new Set(passageIds.map((id) => id.split(':')[0]))],
        };
      })
      // An undated event of one actor, in no window: without a participant, the folder's actor-events.parquet would be
      // empty, and it fails.
      .concat([{ id: 'ev-undated', type: 'statement', title: { en: 'e', ar: 'e' }, participants: ['a'], location: null, planned: false, passageIds: ['d0:p0'], date: null, documentIds: ['d0'] }])
      // The dataset's order of events (the pipeline's, which the folder's build keeps): dated ones by start day, then
      // by id; undated last. An edge reported only through events takes the passages of its first event that has some.
      .sort((x, y) => byString(x.date?.start ?? '9999', y.date?.start ?? '9999') || byString(x.id, y.id));
    return {
      schemaVersion: SCHEMA_VERSION,
      documents: documents.map((d, i) => ({
        id: `d${i}`, file: `d${i}.txt`, title: null, source: null, url: null, published: d.published, publishedBasis: d.published ? 'manifest' : 'unknown', language: 'ar', text: 'x'.repeat(40),
      })),
      passages,
      actors: ACTORS.map(actorOf),
      mentions,
      events: datasetEvents,
      edges: countComentions(mentions, datasetEvents),
    };
  });

/** Windows of a few days and of weeks, from before the first day to after the last. */
const windows = fc.array(
  fc.tuple(day(80), fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 }))).map(([from, days]): DaySpan => ({ from: addDays(from, -5), to: addDays(from, days - 5) })),
  { minLength: 12, maxLength: 12 },
);

/** The dataset built into a folder by build:data's writer, read back from its files. */
async function folderOf({ documents, passages, mentions, actors, events, edges }: Dataset): Promise<FolderSource> {
  const dir = join(tempDir('window-rule-'), 'dataset');
  const writer = new DatasetFolderWriter(dir);
  writer.add(sliceText({ documents, passages, mentions }));
  await writer.finish({ actors, events, edges });
  return new FolderSource(blobFolder(blobsOf(dir), dir));
}

/** The passages of an answer read two at a time (its rows lie before, in and after the run of those published in
 *  the window), each page giving the same total. */
async function pagedIds(ask: (page: PageRequest) => Promise<Page<PassageHit>>): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 2) {
    const { items, total } = await ask({ offset, limit: 2 });
    ids.push(...items.map((h) => h.passage.id));
    if (offset + 2 >= total) {
      expect(ids).toHaveLength(total);
      return ids;
    }
  }
}

describe('a window on generated datasets', () => {
  it('both sources give the window scope’s links and the panel’s passages', async () => {
    await fc.assert(
      fc.asyncProperty(datasets, windows, async (dataset, spans) => {
        const index = buildDatasetIndex(dataset);
        const sources = [new MemorySource(dataset), await folderOf(dataset)];
        for (const window of spans) {
          const interval = { start: dayStart(window.from), end: dayEnd(window.to) };
          const links = windowEdges(index, interval).sort(compareWindowEdges);
          const scope = computeWindowScope(index, interval);
          const panel = (selection: Parameters<typeof computeListing>[1]) => computeListing(index, selection, scope)!.groups.flatMap((g) => g.passages.map((p) => p.id));
          for (const source of sources) {
            expect(await source.edges(window)).toEqual(links);
            for (const id of ACTORS) expect(await pagedIds((page) => source.passagesOfActor(id, window, page))).toEqual(panel({ kind: 'actor', id }));
            for (const { source: a, target: b } of dataset.edges)
              expect(await pagedIds((page) => source.passagesOfPair(a, b, window, page))).toEqual(panel({ kind: 'edge', source: a, target: b }));
          }
        }
      }),
      // Each run builds a folder (~1.5 s): a failure is reported as found, not shrunk past the test's time.
      { numRuns: 10, endOnFailure: true },
    );
  }, 180_000);
});
