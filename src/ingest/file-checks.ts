// What a dropped or picked file is, and whether it can go in: each file gets its own verdict with a reason, so one
// bad file never stops the others. An article goes through the pipeline's own checks (the CLI's too:
// pipeline/corpus/article-checks.ts); a dataset file through the schema.
import { checkArticleBytes, checkArticleSize, type ArticleCheck, type ArticleProblem } from '../pipeline/corpus/article-checks';
import { DatasetError, parseDataset, type Dataset } from '../schema/dataset';

export const DATASET_MAX_BYTES = 100 * 1024 * 1024;

/** Why a file was turned away: a key of the `ingest` strings, with the details it names. */
export type Rejection =
  | ArticleProblem
  | { code: 'badJson'; detail: string }
  | { code: 'badDataset'; detail: string }
  | { code: 'oneDatasetOnly' }
  | { code: 'notAnalysed'; detail: string }
  | { code: 'baseNotRebuilt'; file: string; detail: string };

export type FileKind = 'article' | 'dataset' | 'other';

/** The part of a File these checks read (a File, or a stand-in in tests). */
export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export function kindOf(name: string): FileKind {
  if (/\.txt$/i.test(name)) return 'article';
  if (/\.json$/i.test(name)) return 'dataset';
  return 'other';
}

const mb = (bytes: number) => bytes / (1024 * 1024);

export type Checked<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

/** A `.txt` article's text, decoded as the CLI decodes it; the size is checked before anything is read. */
export async function readArticle(file: FileLike): Promise<Checked<string>> {
  if (kindOf(file.name) !== 'article') return { ok: false, rejection: { code: 'unsupported' } };
  const size = checkArticleSize(file.size);
  if (!size.ok) return checked(size);
  const bytes = await bytesOf(file);
  return bytes.ok ? checked(checkArticleBytes(bytes.value)) : bytes;
}

/** An article check's verdict as a file's. */
export const checked = <T>(check: ArticleCheck<T>): Checked<T> => (check.ok ? check : { ok: false, rejection: check.problem });

/** A file's content; a folder or a file that went away since it was picked cannot be read. */
async function bytesOf(file: FileLike): Promise<Checked<Uint8Array>> {
  try {
    return { ok: true, value: new Uint8Array(await file.arrayBuffer()) };
  } catch (e) {
    return { ok: false, rejection: { code: 'unreadable', detail: (e as Error).message } };
  }
}

/** The same checks for text that was pasted rather than dropped. */
export function checkArticleText(text: string): Checked<string> {
  return checked(checkArticleBytes(new TextEncoder().encode(text)));
}

/** A dataset file, validated by the schema the app loads its bundled dataset with. */
export async function readDataset(file: FileLike): Promise<Checked<Dataset>> {
  if (kindOf(file.name) !== 'dataset') return { ok: false, rejection: { code: 'unsupported' } };
  if (file.size > DATASET_MAX_BYTES) return { ok: false, rejection: { code: 'tooLarge', limitMb: mb(DATASET_MAX_BYTES) } };
  const bytes = await bytesOf(file);
  if (!bytes.ok) return bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
  } catch {
    return { ok: false, rejection: { code: 'badJson', detail: 'not UTF-8 text' } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, rejection: { code: 'badJson', detail: (e as Error).message } };
  }
  try {
    return { ok: true, value: parseDataset(json, file.name) };
  } catch (e) {
    if (e instanceof DatasetError) return { ok: false, rejection: { code: 'badDataset', detail: e.message } };
    throw e;
  }
}
