// The dataset shown, as the `dataset.json` file the CLI writes (same formatting), for the app to load unchanged.
import type { Dataset } from '../schema/dataset';
import { downloadBlob } from '../views/shared/download';

export const datasetFileText = (dataset: Dataset) => `${JSON.stringify(dataset, null, 1)}\n`;

export function downloadDataset(dataset: Dataset): void {
  downloadBlob(new Blob([datasetFileText(dataset)], { type: 'application/json' }), 'dataset.json');
}
