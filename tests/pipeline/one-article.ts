// Test helper: one article, given as text, run through the whole pipeline (as the eval runs each gold article).
import { runPipeline } from '../../src/pipeline/run-pipeline';
import type { Dataset } from '../../src/schema/dataset';

const encoder = new TextEncoder();

export function datasetOfArticle(text: string, published: string, language: 'ar' | 'en' = 'ar', meta: { title: string | null; source: string | null } = { title: 'T', source: 'S' }): Dataset {
  const manifest = JSON.stringify([{ file: 'a.txt', ...meta, url: null, published, language }]);
  return runPipeline([{ name: 'a.txt', bytes: encoder.encode(text) }], manifest).dataset;
}
