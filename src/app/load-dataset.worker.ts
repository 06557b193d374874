// The dataset loader's worker: fetches, parses, validates and indexes off the main thread, hands the index over,
// then lays the graph out at once (the page would otherwise start the layout only after drawing itself).
import { buildDatasetIndex } from '../store/dataset-index';
import { toLayoutElements } from '../views/graph/layout-elements';
import { fetchDataset, type LoaderMessage } from './load-dataset';

// The layout code (cytoscape) loads while the dataset downloads.
const layoutModule = import('../views/graph/compute-layout');

const post = (m: LoaderMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<{ url: string; base: string }>) => {
  const { url, base } = e.data;
  let dataset;
  try {
    // Fetched relative to the page, named as the page names it in messages.
    dataset = await fetchDataset(url, (input, init) => fetch(new URL(String(input), base), init));
  } catch (err) {
    post({ kind: 'error', message: (err as Error).message });
    return;
  }
  const index = buildDatasetIndex(dataset);
  post({ kind: 'dataset', index });
  try {
    const { computeLayout } = await layoutModule;
    post({ kind: 'layout', positions: computeLayout(toLayoutElements(dataset.actors, index.edgeByKey)) });
  } catch (err) {
    post({ kind: 'layout-failed', message: (err as Error).message });
  }
};
