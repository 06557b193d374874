// The dataset shown, as the `dataset.json` file the CLI writes (same formatting), for the app to load unchanged.
import type { Dataset } from '../schema/dataset';

export const datasetFileText = (dataset: Dataset) => `${JSON.stringify(dataset, null, 1)}\n`;

export function downloadDataset(dataset: Dataset): void {
  const url = URL.createObjectURL(new Blob([datasetFileText(dataset)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'dataset.json';
  a.click();
  // The click has started the download: the URL may go after this turn.
  setTimeout(() => URL.revokeObjectURL(url));
}
