// Test helpers: load a dataset into the one store.
import { useAppStore } from '../store/app-store';
import type { Dataset } from '../schema/dataset';
import { loadFixture } from './fixtures';

export function loadStore(dataset: Dataset = loadFixture()) {
  useAppStore.getState().reset();
  useAppStore.getState().loadSucceeded(dataset);
  return useAppStore;
}
