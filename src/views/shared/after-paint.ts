// Work that can wait until the browser has painted the next frame. On a large graph or timeline, restyling
// thousands of elements must not hold back what React has just rendered (the passages of a click): the engines
// queue their part here and update one frame later. Work is keyed: scheduling a key again replaces its work (the
// latest state wins); keys run in the order they were first scheduled.
export interface AfterPaintQueue {
  schedule: (key: string, work: () => void) => void;
  cancel: () => void;
}

/** `frames`: how many painted frames the work waits for. Views queue by priority: the graph after React's frame,
 *  the timeline after the graph's. */
export function afterPaintQueue(frames = 1): AfterPaintQueue {
  const jobs = new Map<string, () => void>();
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const work = [...jobs.values()];
    jobs.clear();
    work.forEach((w) => w());
  };
  const wait = (left: number) => {
    // A timeout from within the frame callback runs once that frame is painted.
    frame = requestAnimationFrame(() => {
      frame = 0;
      timer = setTimeout(() => (left > 1 ? ((timer = undefined), wait(left - 1)) : flush()), 0);
    });
  };
  return {
    schedule: (key, work) => {
      jobs.set(key, work);
      if (frame || timer !== undefined) return;
      wait(frames);
    },
    cancel: () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frame = 0;
      timer = undefined;
      jobs.clear();
    },
  };
}

/** How many frames work waiting for a dataset folder's passages waits at most before it runs all the same. */
export const READ_WAIT_FRAMES = 12;

/**
 * Work queued on `queue` that, while `reading` (a dataset folder's source is reading the passages of a click), waits
 * a frame more, READ_WAIT_FRAMES at most: the passages, then React's frame that shows them, come first, and the
 * graph's or the timeline's redraw does not hold their answer back. The frames waited are counted per key, across
 * the work that replaces a key's work, so that a run of clicks does not put the redraw off for longer.
 */
export function afterRead(queue: AfterPaintQueue, reading: () => boolean): (key: string, work: () => void) => void {
  const waited = new Map<string, number>();
  const attempt = (key: string, work: () => void) => {
    const frames = waited.get(key) ?? 0;
    if (reading() && frames < READ_WAIT_FRAMES) {
      waited.set(key, frames + 1);
      return queue.schedule(key, () => attempt(key, work));
    }
    waited.delete(key);
    work();
  };
  return (key, work) => queue.schedule(key, () => attempt(key, work));
}
