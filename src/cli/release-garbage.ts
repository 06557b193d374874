// A full garbage collection, and a moment for V8 to give the freed pages back to the system. The map of a large
// folder build leaves hundreds of megabytes of dead objects in the main thread's heap (about 400 MB at 100k
// articles), which V8 collects only when it needs room: DuckDB's memory would otherwise come on top of them.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null = null;

/** Collects the heap's garbage (gc exposed for the process on first use) and waits `settleMs` for the pages to go. */
export async function releaseGarbage(settleMs = 1000): Promise<void> {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
  if (settleMs > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
}
