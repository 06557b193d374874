// The dataset loader's worker: parses and validates a large dataset off the main thread, says whether it is valid,
// then lays the graph out at once (the page would otherwise start the layout only after drawing itself).
import { edgesByKey } from '../store/dataset-index';
import { toLayoutElements } from '../views/graph/layout-elements';
import { parseDatasetText, type LoaderMessage } from './load-dataset';

// The layout code (cytoscape) loads while the dataset downloads.
const layoutModule = import('../views/graph/compute-layout');

const post = (m: LoaderMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (e: MessageEvent<{ url: string; text: string }>) => {
  let dataset;
  try {
    dataset = parseDatasetText(e.data.url, e.data.text);
  } catch (err) {
    post({ kind: 'error', message: (err as Error).message });
    return;
  }
  post({ kind: 'valid' });
  try {
    const { computeLayout } = await layoutModule;
    post({ kind: 'layout', positions: computeLayout(toLayoutElements(dataset.actors, edgesByKey(dataset.edges))) });
  } catch (err) {
    post({ kind: 'layout-failed', message: (err as Error).message });
  }
};
