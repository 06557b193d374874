// The count of a folder's questions on their way, which an export waits on: timers set, run or cleared, and
// questions answered or failed all end in quiet.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { folderQuiet, onItsWay, questionTimer } from '../folder-activity';

/** Whether folderQuiet has resolved once the promises pending have run. */
async function isQuiet(): Promise<boolean> {
  let quiet = false;
  void folderQuiet(60_000).then(() => (quiet = true));
  await vi.advanceTimersByTimeAsync(0);
  return quiet;
}

describe('folder activity', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is quiet when nothing is asked or about to be', async () => {
    expect(await isQuiet()).toBe(true);
  });

  it('counts a timer from when it is set until it has run, or until it is cleared; set again, it counts once', async () => {
    const timer = questionTimer();
    let ran = 0;
    timer.set(() => ran++, 40);
    timer.set(() => ran++, 40);
    expect(await isQuiet()).toBe(false);
    await vi.advanceTimersByTimeAsync(40);
    expect([ran, await isQuiet()]).toEqual([1, true]);
    timer.set(() => ran++, 40);
    timer.clear();
    expect([ran, await isQuiet()]).toEqual([1, true]);
  });

  it('counts what a timer asks when it runs, until the answer or the failure is handled', async () => {
    const timer = questionTimer();
    let answer!: () => void;
    let fail!: (e: Error) => void;
    timer.set(() => {
      onItsWay(new Promise<void>((resolve) => (answer = resolve)));
      onItsWay(new Promise<void>((_, reject) => (fail = reject)).catch(() => undefined));
    }, 40);
    await vi.advanceTimersByTimeAsync(40);
    expect(await isQuiet()).toBe(false);
    answer();
    expect(await isQuiet()).toBe(false);
    fail(new Error('HTTP 503'));
    expect(await isQuiet()).toBe(true);
  });

  it('gives up waiting after its time', async () => {
    const timer = questionTimer();
    timer.set(() => undefined, 120_000);
    let quiet = false;
    void folderQuiet(1_000).then(() => (quiet = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(quiet).toBe(true);
    timer.clear();
  });
});
