// The pipeline's input rebuilt from a dataset's documents plus the added articles. A dataset keeps every
// document's full text and the metadata its manifest entry gave, so running the pipeline on this input gives the
// same dataset again (tested on the bundled one): merging added articles is then the pipeline's own merging.
import type { DatasetDocument } from '../schema/dataset';
import type { CorpusFile } from '../pipeline/corpus/prepare-articles';
import type { ManifestEntry } from '../pipeline/corpus/manifest';
import type { AddedArticle } from './added-article';

export interface CorpusInput {
  files: CorpusFile[];
  /** manifest.json's text. */
  manifest: string;
}

const utf8 = new TextEncoder();

export function corpusFromDocuments(documents: DatasetDocument[], added: AddedArticle[]): CorpusInput {
  const entries: ManifestEntry[] = [
    ...documents.map((d) => ({
      file: d.file,
      title: d.title,
      source: d.source,
      url: d.url,
      // A date the pipeline found in the text (header, dateline) is found there again; only a manifest date is restated.
      published: d.publishedBasis === 'manifest' ? d.published : null,
      language: d.language,
    })),
    ...added.map((a) => ({ file: a.file, title: a.title, source: a.source, url: null, published: a.published, language: null })),
  ];
  const files = [...documents.map((d) => ({ name: d.file, text: d.text })), ...added.map((a) => ({ name: a.file, text: a.text }))].map(
    ({ name, text }) => ({ name, bytes: utf8.encode(text) }),
  );
  return { files, manifest: JSON.stringify(entries) };
}
