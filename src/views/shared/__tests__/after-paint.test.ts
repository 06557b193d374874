import { describe, expect, it } from 'vitest';
import { afterRead, READ_WAIT_FRAMES, type AfterPaintQueue } from '../after-paint';

/** A queue whose frames the test paints one at a time (the latest work of a key wins, as in afterPaintQueue). */
function frames(): AfterPaintQueue & { paint: () => void } {
  let jobs = new Map<string, () => void>();
  return {
    schedule: (key, work) => void jobs.set(key, work),
    cancel: () => jobs.clear(),
    paint: () => {
      const due = [...jobs.values()];
      jobs = new Map();
      due.forEach((w) => w());
    },
  };
}

describe('afterRead', () => {
  it('runs the work a frame after the passages are read, however many frames that takes', () => {
    const queue = frames();
    let reading = true;
    const ran: string[] = [];
    afterRead(queue, () => reading)('graph', () => ran.push('graph'));
    queue.paint();
    queue.paint();
    expect(ran).toEqual([]);
    reading = false;
    queue.paint();
    expect(ran).toEqual(['graph']);
  });

  it('runs it all the same after READ_WAIT_FRAMES frames, counted across the work that replaces it', () => {
    const queue = frames();
    const later = afterRead(queue, () => true);
    const ran: string[] = [];
    later('graph', () => ran.push('first'));
    for (let i = 0; i < 5; i++) queue.paint();
    later('graph', () => ran.push('second'));
    for (let i = 5; i < READ_WAIT_FRAMES; i++) queue.paint();
    expect(ran).toEqual([]);
    queue.paint();
    expect(ran).toEqual(['second']);
  });
});
