// Comparing two periods: the classification of two lists of ties, then the real dataset (public/data/dataset.json)
// compared from its index, as a dataset file is.
import { describe, expect, it } from 'vitest';
import type { WindowEdge } from '../../dataset-source/dataset-source';
import { MemorySource } from '../../dataset-source/memory-source';
import { buildDatasetIndex } from '../../store/dataset-index';
import { dayStart, type Interval } from '../../store/time';
import { hasRealDataset, loadRealDataset } from '../../test/fixtures';
import { classifyTieChanges, comparePeriods, tiesInPeriod } from '../compare-periods';

const tie = (source: string, target: string, weight: number, contact = false): WindowEdge => ({ source, target, weight, contact });

describe('classifyTieChanges', () => {
  it('sorts each pair into new, stronger, weaker, same or gone, with both weights and contacts', () => {
    const a = [tie('putin', 'pezeshkian', 8, true), tie('biden', 'netanyahu', 2), tie('lavrov', 'araghchi', 3), tie('gallant', 'netanyahu', 1)];
    const b = [tie('putin', 'pezeshkian', 5), tie('lavrov', 'araghchi', 3, true), tie('khamenei', 'putin', 1), tie('shoigu', 'ashtiani', 4, true), tie('netanyahu', 'biden', 6)];
    const { changes, counts } = classifyTieChanges(a, b);
    expect(counts).toEqual({ new: 2, stronger: 1, weaker: 1, same: 1, gone: 1 });
    expect(changes.map((c) => `${c.kind} ${c.key} ${c.weightA}→${c.weightB}`)).toEqual([
      'new ashtiani|shoigu 0→4',
      'new khamenei|putin 0→1',
      'stronger biden|netanyahu 2→6',
      'weaker pezeshkian|putin 8→5',
      'same araghchi|lavrov 3→3',
      'gone gallant|netanyahu 1→0',
    ]);
    // A pair is keyed as the graph keys its edge, whichever way round a list names it; its ends as period A names them.
    expect(changes.find((c) => c.key === 'biden|netanyahu')).toMatchObject({ source: 'biden', target: 'netanyahu' });
    expect(changes.find((c) => c.key === 'pezeshkian|putin')).toMatchObject({ contactA: true, contactB: false });
    expect(changes.find((c) => c.key === 'araghchi|lavrov')).toMatchObject({ kind: 'same', contactA: false, contactB: true });
    expect(changes.find((c) => c.key === 'ashtiani|shoigu')).toMatchObject({ source: 'shoigu', target: 'ashtiani', contactA: false, contactB: true });
  });

  it('orders ties of one kind by their larger weight, then by key', () => {
    const { changes } = classifyTieChanges([], [tie('c', 'd', 1), tie('a', 'b', 1), tie('e', 'f', 2)]);
    expect(changes.map((c) => c.key)).toEqual(['e|f', 'a|b', 'c|d']);
  });

  it('finds nothing between two empty periods', () => {
    expect(classifyTieChanges([], [])).toEqual({ changes: [], counts: { new: 0, stronger: 0, weaker: 0, same: 0, gone: 0 } });
  });
});

const period = (from: string, to: string): Interval => ({ start: dayStart(from), end: dayStart(to) });
const OCT_2024 = period('2024-10-01', '2024-11-01');
const JAN_2024 = period('2024-01-01', '2024-02-01');
const JUL_2024 = period('2024-07-01', '2024-08-01');
const MAR_2026 = period('2026-03-01', '2026-04-01');

describe.skipIf(!hasRealDataset)('comparePeriods on the real dataset held whole', () => {
  const dataset = hasRealDataset ? loadRealDataset() : null;
  const index = buildDatasetIndex(dataset!);
  const summary = async (a: Interval, b: Interval) =>
    (await comparePeriods({ index }, a, b)).changes.map((c) => `${c.kind} ${c.key} ${c.weightA}→${c.weightB}`);

  it('October 2024 (Ashgabat) against March 2026 (the calls): four new ties, Putin–Pezeshkian weaker, five gone', async () => {
    const r = await comparePeriods({ index }, OCT_2024, MAR_2026);
    expect(r.counts).toEqual({ new: 4, stronger: 0, weaker: 1, same: 0, gone: 5 });
    expect(await summary(OCT_2024, MAR_2026)).toEqual([
      'new araghchi|lavrov 0→2',
      'new khamenei|pezeshkian 0→1',
      'new khamenei|putin 0→1',
      'new netanyahu|pezeshkian 0→1',
      'weaker pezeshkian|putin 8→5',
      'gone biden|netanyahu 2→0',
      'gone biden|harris 1→0',
      'gone gallant|netanyahu 1→0',
      'gone haniyeh|nasrallah 1→0',
      'gone harris|netanyahu 1→0',
    ]);
    const lavrovAraghchi = r.changes.find((c) => c.key === 'araghchi|lavrov')!;
    expect([lavrovAraghchi.contactA, lavrovAraghchi.contactB]).toEqual([false, true]);
  });

  it('January 2024 against March 2026: the defence and foreign-minister calls are gone, the presidents’ tie is new', async () => {
    const r = await comparePeriods({ index }, JAN_2024, MAR_2026);
    expect(r.counts).toEqual({ new: 5, stronger: 0, weaker: 0, same: 0, gone: 2 });
    expect(r.changes.filter((c) => c.kind === 'gone').map((c) => c.key)).toEqual(['ashtiani|shoigu', 'amir-abdollahian|lavrov']);
    expect(r.changes[0]).toMatchObject({ kind: 'new', key: 'pezeshkian|putin', weightB: 5, contactB: true });
  });

  it('the call of 10 March 2026 makes Putin–Pezeshkian stronger than the one of 7 March', async () => {
    expect(await summary(period('2026-03-07', '2026-03-08'), period('2026-03-10', '2026-03-11'))).toEqual([
      'new araghchi|lavrov 0→2',
      'stronger pezeshkian|putin 2→3',
      'gone khamenei|pezeshkian 1→0',
      'gone khamenei|putin 1→0',
      'gone netanyahu|pezeshkian 1→0',
    ]);
  });

  it('a period compared with itself has every tie unchanged', async () => {
    const r = await comparePeriods({ index }, OCT_2024, OCT_2024);
    expect(r.counts).toEqual({ new: 0, stronger: 0, weaker: 0, same: 6, gone: 0 });
  });

  it('counts a passage on the days of the event it reports, as the graph of a dataset file does, and as a source does', async () => {
    // Haniyeh's killing in July 2024, reported by an article of 11 October 2024 that names Nasrallah with him.
    expect(await tiesInPeriod({ index }, JUL_2024)).toEqual([tie('haniyeh', 'nasrallah', 1)]);
    expect(await tiesInPeriod({ source: new MemorySource(dataset!) }, JUL_2024)).toEqual([tie('haniyeh', 'nasrallah', 1)]);
    expect(await summary(JUL_2024, OCT_2024)).toContain('same haniyeh|nasrallah 1→1');
  });
});
