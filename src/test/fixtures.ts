// Datasets for tests: the hand-written UI fixture (tests/fixtures) and, when it exists, the real one.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset, type Dataset } from '../schema/dataset';

const root = resolve(__dirname, '../..');

export function loadFixture(): Dataset {
  return parseDataset(JSON.parse(readFileSync(resolve(root, 'tests/fixtures/mini-dataset.json'), 'utf8')), 'mini-dataset.json');
}

export const realDatasetPath = resolve(root, 'public/data/dataset.json');

export function loadRealDataset(): Dataset {
  return parseDataset(JSON.parse(readFileSync(realDatasetPath, 'utf8')), 'public/data/dataset.json');
}

export const hasRealDataset = existsSync(realDatasetPath);
