// Runs the graph layout off the main thread: the timeline and the list draw while the graph is laid out.
import { computeLayout } from './compute-layout';
import type { ElementDefinition } from 'cytoscape';

self.onmessage = (e: MessageEvent<{ id: number; elements: ElementDefinition[] }>) => {
  const positions = computeLayout(e.data.elements);
  (self as unknown as Worker).postMessage({ id: e.data.id, positions });
};
