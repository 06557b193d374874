// The questions a dataset folder's followers (folder-coordinator.ts, folder-timeline.ts) have on their way, and
// those they will ask once the view rests: an export of a view just applied waits until none is left, so that it
// shows the view's own links, passages and events, not those the view before it had read.

let pending = 0;
const waiting: (() => void)[] = [];

function settled(): void {
  if (--pending > 0) return;
  for (const resolve of waiting.splice(0)) resolve();
}

/** Counts a question, with the handling of its answer (or failure), as on its way until that is done. */
export function onItsWay(question: Promise<unknown>): void {
  pending++;
  question.then(settled, settled);
}

/** A timer that counts as a question on its way from when it is set until it has run (what it asks then counts
 *  on) or is cleared. */
export function questionTimer(): { set: (ask: () => void, ms: number) => void; clear: () => void } {
  let id: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (id === undefined) return;
    clearTimeout(id);
    id = undefined;
    settled();
  };
  const set = (ask: () => void, ms: number) => {
    clear();
    pending++;
    id = setTimeout(() => {
      id = undefined;
      try {
        ask();
      } finally {
        settled();
      }
    }, ms);
  };
  return { set, clear };
}

/** Resolves once no question is on its way (at once when none is), or after `timeoutMs` whatever is. */
export function folderQuiet(timeoutMs: number): Promise<void> {
  if (pending === 0) return Promise.resolve();
  return new Promise((resolve) => {
    waiting.push(resolve);
    setTimeout(resolve, timeoutMs);
  });
}
