// The period comparison worked out once and held in the briefing store, on the real dataset: held whole, and read
// through a source as a dataset folder is (the in-memory source, whose answers the test holds back to order them).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DaySpan, WindowEdge } from '../../dataset-source/dataset-source';
import { MemorySource } from '../../dataset-source/memory-source';
import { useAppStore } from '../../store/app-store';
import { openFolderData } from '../../store/folder-data';
import { dayStart, type Interval } from '../../store/time';
import { hasRealDataset, loadRealDataset } from '../../test/fixtures';
import { useBriefingStore } from '../briefing-store';
import { followComparison } from '../comparison-coordinator';

const period = (from: string, to: string): Interval => ({ start: dayStart(from), end: dayStart(to) });
const OCT_2024 = period('2024-10-01', '2024-11-01');
const JAN_2024 = period('2024-01-01', '2024-02-01');
const MAR_2026 = period('2026-03-01', '2026-04-01');

/** A source whose windows' links wait until the test answers them (or fails them), in the order it chooses. */
class HeldSource extends MemorySource {
  readonly asked: { window: DaySpan; answer: () => void; fail: (e: Error) => void }[] = [];
  override edges(window: DaySpan | null): Promise<WindowEdge[]> {
    if (!window) return super.edges(null);
    return new Promise((resolve, reject) =>
      this.asked.push({ window, answer: () => resolve(super.edges(window)), fail: reject }),
    );
  }
}

const ties = () => useBriefingStore.getState().comparison?.ties;
const counts = () => {
  const t = ties();
  return t?.status === 'done' ? t.counts : t?.status;
};
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe.skipIf(!hasRealDataset)('followComparison', () => {
  const dataset = hasRealDataset ? loadRealDataset() : null;
  let unfollow: () => void;
  beforeEach(() => {
    useBriefingStore.getState().setComparison(null);
    unfollow = followComparison();
  });
  afterEach(() => unfollow());

  it('a dataset held whole: the changes of its window scopes, once the question is asked', async () => {
    useAppStore.getState().reset();
    useAppStore.getState().loadSucceeded(dataset!);
    useBriefingStore.getState().setComparison({ a: OCT_2024, b: MAR_2026 });
    await settled();
    expect(counts()).toEqual({ new: 4, stronger: 0, weaker: 1, same: 0, gone: 5 });
    expect(useBriefingStore.getState().comparison).toMatchObject({ a: OCT_2024, b: MAR_2026 });
  });

  describe('a dataset read through a source', () => {
    let source: HeldSource;
    beforeEach(async () => {
      source = new HeldSource(dataset!);
      useAppStore.getState().reset();
      useAppStore.getState().loadFolder(await openFolderData(source));
    });

    it('is reading until the source answers for both periods, then holds the changes', async () => {
      useBriefingStore.getState().setComparison({ a: OCT_2024, b: MAR_2026 });
      expect(source.asked.map((q) => q.window)).toEqual([
        { from: '2024-10-01', to: '2024-10-31' },
        { from: '2026-03-01', to: '2026-03-31' },
      ]);
      expect(counts()).toBe('reading');
      source.asked[0].answer();
      await settled();
      expect(counts()).toBe('reading');
      source.asked[1].answer();
      await settled();
      expect(counts()).toEqual({ new: 4, stronger: 0, weaker: 1, same: 0, gone: 5 });
    });

    it('keeps the newer answer when the answer to the periods asked before comes after it', async () => {
      useBriefingStore.getState().setComparison({ a: OCT_2024, b: MAR_2026 });
      useBriefingStore.getState().setComparison({ a: JAN_2024, b: MAR_2026 });
      const [oldA, oldB, newA, newB] = source.asked;
      newA.answer();
      newB.answer();
      await settled();
      expect(counts()).toEqual({ new: 5, stronger: 0, weaker: 0, same: 0, gone: 2 });
      oldA.answer();
      oldB.answer();
      await settled();
      expect(counts()).toEqual({ new: 5, stronger: 0, weaker: 0, same: 0, gone: 2 });
      expect(useBriefingStore.getState().comparison).toMatchObject({ a: JAN_2024, b: MAR_2026 });
    });

    it('drops an answer that comes after the comparison was cleared', async () => {
      useBriefingStore.getState().setComparison({ a: OCT_2024, b: MAR_2026 });
      useBriefingStore.getState().setComparison(null);
      for (const q of source.asked) q.answer();
      await settled();
      expect(useBriefingStore.getState().comparison).toBeNull();
    });

    it('says why when the source fails', async () => {
      useBriefingStore.getState().setComparison({ a: OCT_2024, b: MAR_2026 });
      source.asked[0].answer();
      source.asked[1].fail(new Error('edge-months.parquet: HTTP 503'));
      await settled();
      expect(ties()).toEqual({ status: 'failed', message: 'edge-months.parquet: HTTP 503' });
    });

    it('asks again when another dataset is shown, and not as the folder’s passages are read', async () => {
      useBriefingStore.getState().setComparison({ a: OCT_2024, b: MAR_2026 });
      for (const q of source.asked) q.answer();
      await settled();
      const { folder, index } = useAppStore.getState();
      useAppStore.getState().folderAnswered({ ...folder!, documents: new Map() });
      expect(useAppStore.getState().index).not.toBe(index);
      expect(source.asked).toHaveLength(2);
      expect(counts()).toEqual({ new: 4, stronger: 0, weaker: 1, same: 0, gone: 5 });
      useAppStore.getState().loadSucceeded(dataset!);
      expect(counts()).toBe('reading');
      await settled();
      expect(counts()).toEqual({ new: 4, stronger: 0, weaker: 1, same: 0, gone: 5 });
    });
  });
});
