// The checks an article file goes through before the pipeline reads it, the same in the CLI and in the browser's
// ingest: a .txt name, a size within the limit (checked before the file is read), text the pipeline can read
// (decode-article.ts), and a text the corpus does not have yet. Each failed check says why, naming the file.
import { decodeArticle } from './decode-article';
import { textHash } from './text-hash';

/** Larger than any news article by far; a 50 MB one would cost the pipeline about 1.5 GB of memory. */
export const ARTICLE_MAX_BYTES = 2 * 1024 * 1024;

/** Why an article file was turned away (the browser shows each code with its own words). */
export type ArticleProblem =
  | { code: 'unsupported' }
  | { code: 'tooLarge'; limitMb: number }
  | { code: 'unreadable'; detail: string }
  | { code: 'duplicate'; of: string };

export type ArticleCheck<T> = { ok: true; value: T } | { ok: false; problem: ArticleProblem };

export const isArticleName = (name: string) => /\.txt$/i.test(name);

/** The size check, on the size alone: a file over the limit is never read. */
export function checkArticleSize(bytes: number): ArticleCheck<number> {
  return bytes > ARTICLE_MAX_BYTES ? { ok: false, problem: { code: 'tooLarge', limitMb: ARTICLE_MAX_BYTES / (1024 * 1024) } } : { ok: true, value: bytes };
}

/** The article's text: UTF-8 decoded, without a BOM, with \n line ends (decode-article.ts). */
export function checkArticleBytes(bytes: Uint8Array): ArticleCheck<string> {
  const size = checkArticleSize(bytes.length);
  if (!size.ok) return size;
  const decoded = decodeArticle(bytes);
  return decoded.ok ? { ok: true, value: decoded.text } : { ok: false, problem: { code: 'unreadable', detail: decoded.reason } };
}

/**
 * The texts a corpus already has, by fingerprint (text-hash.ts) so that memory does not grow with their length:
 * decoded texts (BOM dropped, line ends made \n) that differ only in surrounding white space are one text.
 */
export class SeenTexts {
  private readonly names = new Map<string, string>();

  /** Records `text` as `name`'s, unless it was seen already: then the name of the one that has it. */
  add(text: string, name: string): ArticleCheck<string> {
    const key = textHash(text.trim());
    const earlier = this.names.get(key);
    if (earlier !== undefined) return { ok: false, problem: { code: 'duplicate', of: earlier } };
    this.names.set(key, name);
    return { ok: true, value: text };
  }
}

/** A problem as the CLI's corpus issue states it (the file is named beside it); `size` in bytes, when known. */
export function articleProblemMessage(problem: ArticleProblem, size?: number): string {
  switch (problem.code) {
    case 'unsupported':
      return 'not a .txt article; skipped';
    case 'tooLarge':
      return `over the ${problem.limitMb} MB limit for an article${size === undefined ? '' : ` (${(size / (1024 * 1024)).toFixed(1)} MB)`}; skipped`;
    case 'unreadable':
      return `${problem.detail}; skipped`;
    case 'duplicate':
      return `the same text as ${problem.of}; skipped`;
  }
}
