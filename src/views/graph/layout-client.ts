// The layout: the one stored in the dataset when it matches, else computed in a Web Worker for big graphs in
// browsers, in place otherwise (small graphs, jsdom tests). Same result every way: computeLayout is deterministic.
// Results are remembered per set of elements for the page's lifetime.
// This module does not load cytoscape itself (only the worker, or an in-place layout, does): the dataset loader
// imports it to start a layout as soon as it has parsed a dataset.
import type { ElementDefinition } from 'cytoscape';
import type { DatasetIndex } from '../../store/dataset-index';
import type { Positions } from './compute-layout';
import { layoutKey, toLayoutElements } from './layout-elements';
import { adoptedLayout } from './loader-layout';

const cache = new Map<string, Promise<Positions>>();
let nextId = 0;
const IN_PLACE_BELOW = 150;
/** A worker started ahead of its work (see warmLayoutWorker), taken by the next layout. */
let spare: Worker | null = null;

const newWorker = () => new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });

/** Starts a layout worker now, so that it has loaded its code (cytoscape) by the time a large dataset is parsed. */
export function warmLayoutWorker(): void {
  if (!spare && typeof Worker !== 'undefined') spare = newWorker();
}

function inWorker(elements: ElementDefinition[]): Promise<Positions> {
  return new Promise((resolve, reject) => {
    const worker = spare ?? newWorker();
    spare = null;
    const id = nextId++;
    worker.onmessage = (e: MessageEvent<{ id: number; positions: Positions }>) => {
      if (e.data.id !== id) return;
      worker.terminate();
      resolve(e.data.positions);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    // Only what the layout reads crosses to the worker.
    worker.postMessage({
      id,
      elements: elements.map((e) => ({ group: e.group, data: { ...e.data } })),
    });
  });
}

type InPlace = (elements: ElementDefinition[]) => Positions | Promise<Positions>;
/** Loads the layout code (fcose) on demand: only a dataset without a matching stored layout needs it. */
const loadAndLayOut: InPlace = (elements) => import('./compute-layout').then((m) => m.computeLayout(elements));

function layoutGraph(elements: ElementDefinition[], key: string, inPlace: InPlace): Promise<Positions> {
  let p = cache.get(key);
  if (!p) {
    const nodes = elements.filter((e) => e.group === 'nodes').length;
    // A small graph is laid out faster in place than a worker (and its copy of cytoscape) can start.
    p =
      typeof Worker === 'undefined' || nodes < IN_PLACE_BELOW
        ? Promise.resolve().then(() => inPlace(elements))
        : inWorker(elements).catch(() => inPlace(elements));
    cache.set(key, p);
  }
  return p;
}

/** The layout of a dataset's actors and edges: the one stored in it when it was laid out from these very elements
 *  (`npm run build:data` stores one), else computed (and remembered like any other). */
export function layoutFromIndex(index: DatasetIndex, inPlace: InPlace = loadAndLayOut): Promise<Positions> {
  const elements = toLayoutElements(index.dataset.actors, index.edgeByKey);
  const key = layoutKey(elements);
  const stored = index.dataset.layout;
  if (stored?.key === key && index.dataset.actors.every((a) => stored.positions[a.id])) return Promise.resolve(stored.positions);
  return layoutGraph(elements, key, inPlace);
}

/** The graph's layout: the one the dataset loader started as soon as it had parsed the dataset, else one found
 *  now. */
export function layoutOf(index: DatasetIndex): Promise<Positions> {
  const here = () => layoutFromIndex(index);
  return adoptedLayout(index.dataset)?.catch(here) ?? here();
}
