// Comparing two periods on the real dataset (public/data/dataset.json): ties read from it.
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../store/dataset-index';
import { dayStart } from '../../store/time';
import { hasRealDataset, loadRealDataset } from '../../test/fixtures';
import { comparePeriods } from '../compare-periods';

const period = (from: string, to: string) => ({ start: dayStart(from), end: dayStart(to) });
const OCT_2024 = period('2024-10-01', '2024-11-01');
const JAN_2024 = period('2024-01-01', '2024-02-01');
const MAR_2026 = period('2026-03-01', '2026-04-01');

describe.skipIf(!hasRealDataset)('comparePeriods on the real dataset', () => {
  const index = buildDatasetIndex(loadRealDataset());
  const summary = (a: typeof OCT_2024, b: typeof OCT_2024) =>
    comparePeriods(index, a, b).changes.map((c) => `${c.kind} ${c.key} ${c.weightA}→${c.weightB}`);

  it('October 2024 (Ashgabat) against March 2026 (the calls): four new ties, Putin–Pezeshkian weaker, five gone', () => {
    const r = comparePeriods(index, OCT_2024, MAR_2026);
    expect(r.counts).toEqual({ new: 4, stronger: 0, weaker: 1, same: 0, gone: 5 });
    expect(summary(OCT_2024, MAR_2026)).toEqual([
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

  it('January 2024 against March 2026: the defence and foreign-minister calls are gone, the presidents’ tie is new', () => {
    const r = comparePeriods(index, JAN_2024, MAR_2026);
    expect(r.counts).toEqual({ new: 5, stronger: 0, weaker: 0, same: 0, gone: 2 });
    expect(r.changes.filter((c) => c.kind === 'gone').map((c) => c.key)).toEqual(['amir-abdollahian|lavrov', 'ashtiani|shoigu']);
    expect(r.changes[0]).toMatchObject({ kind: 'new', key: 'pezeshkian|putin', weightB: 5, contactB: true });
  });

  it('the call of 10 March 2026 makes Putin–Pezeshkian stronger than the one of 7 March', () => {
    expect(summary(period('2026-03-07', '2026-03-08'), period('2026-03-10', '2026-03-11'))).toEqual([
      'new araghchi|lavrov 0→2',
      'stronger pezeshkian|putin 2→3',
      'gone khamenei|pezeshkian 1→0',
      'gone khamenei|putin 1→0',
      'gone netanyahu|pezeshkian 1→0',
    ]);
  });

  it('a period compared with itself has every tie unchanged', () => {
    const r = comparePeriods(index, OCT_2024, OCT_2024);
    expect(r.counts).toEqual({ new: 0, stronger: 0, weaker: 0, same: 6, gone: 0 });
  });
});
