// The store showing the real dataset read through its in-memory source, as a dataset folder is, with the folder's
// coordinator following it under fake timers (hooks of the calling suite); and how a test lets the answers come in.
import { afterEach, beforeEach, vi } from 'vitest';
import { MemorySource } from '../dataset-source/memory-source';
import type { Dataset } from '../schema/dataset';
import { useAppStore } from '../store/app-store';
import { followFolder, WINDOW_SETTLE_MS } from '../store/folder-coordinator';
import { openFolderData } from '../store/folder-data';

/** Opens `dataset()` as a folder before each test of the suite and stops following it after; `followWithPages`
 *  follows it anew reading passages `size` at a time. */
export function showFolderInEachTest(dataset: () => Dataset): { followWithPages: (size: number) => void } {
  let unfollow: () => void;
  beforeEach(async () => {
    vi.useFakeTimers();
    useAppStore.getState().reset();
    useAppStore.getState().loadFolder(await openFolderData(new MemorySource(dataset())));
    unfollow = followFolder();
  });
  afterEach(() => {
    unfollow();
    vi.useRealTimers();
  });
  return {
    followWithPages: (size) => {
      unfollow();
      unfollow = followFolder(useAppStore, size);
    },
  };
}

/** Lets the source's answers (promises) and the window's settling (a timer) come in. */
export async function answered(): Promise<void> {
  await vi.advanceTimersByTimeAsync(WINDOW_SETTLE_MS + 1);
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
