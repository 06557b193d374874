// An article the analyst added in the browser: kept as decoded text with the metadata a manifest entry carries.
import type { DatasetDocument } from '../schema/dataset';

export interface AddedArticle {
  /** The corpus file name the pipeline sees; unique in the dataset, and the pipeline's document id is its stem. */
  file: string;
  /** The name the analyst's file had (or the pasted title), for the list. */
  originalName: string;
  text: string;
  title: string | null;
  source: string | null;
  /** YYYY-MM-DD given by the analyst; null lets the pipeline read it from a header or dateline in the text. */
  published: string | null;
  addedAt: string;
}

const MAX_STEM = 80;

/**
 * A `.txt` file name whose stem is made only of letters, digits, `_` and `-` (so that the pipeline keeps it as the
 * document id as it is) and differs from every id in `taken`: an added article never renames a document already in
 * the dataset, so selections and links to it survive.
 */
export function uniqueArticleFileName(wanted: string, taken: ReadonlySet<string>): string {
  const stem =
    wanted
      .replace(/\.txt$/i, '')
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_STEM) || 'article';
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return `${id}.txt`;
}

export const fileStem = (file: string) => file.replace(/\.txt$/i, '');

/** How the list and the notices name an added article: the headline the pipeline found or was given, else its file's name. */
export function addedArticleTitle(article: AddedArticle, documents: readonly DatasetDocument[] | undefined): string {
  return documents?.find((d) => d.file === article.file)?.title ?? article.title ?? article.originalName;
}
