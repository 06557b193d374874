// What the views learn of the dataset's source, on the real dataset held whole and read through a source: what it
// allows and how its answers come, each from the store alone.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../schema/dataset';
import { loadRealDataset } from '../../test/fixtures';
import { answered, showFolderInEachTest } from '../../test/followed-folder';
import { useAppStore } from '../app-store';
import {
  selectAnswersLater,
  selectArticleTotal,
  selectArticlesBeyondHeld,
  selectEditable,
  selectEventCountSeries,
  selectPassagesReading,
  selectScopePending,
  selectSourcePassageHits,
  selectWindowEvents,
} from '../select-source';
import { dayEnd, dayStart } from '../time';

let dataset: Dataset;
const s = () => useAppStore.getState();

beforeAll(() => {
  dataset = loadRealDataset();
});

describe('a dataset held whole (dataset.json)', () => {
  beforeEach(() => {
    s().reset();
    s().loadSucceeded(dataset);
  });

  it('can be corrected and added to, and answers at once', () => {
    expect(selectEditable(s())).toBe(true);
    expect(selectAnswersLater(s())).toBe(false);
    s().selectActor('lavrov');
    expect(selectPassagesReading(s())).toBe(false);
    s().setWindowFilter(true);
    s().setTimeWindow({ start: dayStart('2025-01-01'), end: dayEnd('2025-12-31') });
    expect(selectScopePending(s())).toBe(false);
  });

  it('holds every article, event and passage: the views count and search what they hold', () => {
    expect(selectArticleTotal(s())).toBe(5);
    expect(selectArticlesBeyondHeld(s())).toBeNull();
    expect(selectEventCountSeries(s())).toBeNull();
    expect(selectWindowEvents(s())).toBeNull();
    s().searchPassages('لافروف');
    expect(selectSourcePassageHits(s(), 'لافروف')).toBeNull();
    expect(s().folderSearch).toBeNull();
  });
});

describe('a dataset read through a source (a dataset folder)', () => {
  showFolderInEachTest(() => dataset);

  it('is read, not edited, and its answers come later', async () => {
    expect(selectEditable(s())).toBe(false);
    expect(selectAnswersLater(s())).toBe(true);
    s().selectActor('lavrov');
    expect(selectPassagesReading(s())).toBe(true);
    await answered();
    expect(selectPassagesReading(s())).toBe(false);
  });

  it('waits for the links of a window while the window filter is on', async () => {
    s().setWindowFilter(false);
    s().setTimeWindow({ start: dayStart('2025-01-01'), end: dayEnd('2025-12-31') });
    expect(selectScopePending(s())).toBe(false);
    s().setWindowFilter(true);
    expect(selectScopePending(s())).toBe(true);
    await answered();
    expect(selectScopePending(s())).toBe(false);
  });

  it('counts the corpus, not what was read; its passages are found by the source', async () => {
    expect(selectArticleTotal(s())).toBe(5);
    expect(selectArticlesBeyondHeld(s())).toBe(5);
    expect(selectEventCountSeries(s())!.reduce((n, d) => n + d.counts.reduce((a, b) => a + b, 0), 0)).toBe(19);
    expect(selectSourcePassageHits(s(), 'لافروف')).toEqual([]);
    s().searchPassages('لافروف');
    await answered();
    expect(selectSourcePassageHits(s(), 'لافروف')).toHaveLength(7);
    expect(selectSourcePassageHits(s(), 'بوتين')).toEqual([]);
  });
});
