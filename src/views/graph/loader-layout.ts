// Layouts the dataset loader started in its worker (src/app/load-dataset.ts), by dataset. A registry apart from
// layout-client.ts so that the loader, in the initial bundle, does not pull in cytoscape.
import type { Dataset } from '../../schema/dataset';
import type { Positions } from './compute-layout';

const byDataset = new WeakMap<Dataset, Promise<Positions>>();

export function adoptLayout(dataset: Dataset, positions: Promise<Positions>): void {
  // A failure is handled when the graph view asks (it lays the graph out itself): not an unhandled rejection.
  positions.catch(() => undefined);
  byDataset.set(dataset, positions);
}

export function adoptedLayout(dataset: Dataset): Promise<Positions> | undefined {
  return byDataset.get(dataset);
}
