// Corpus files (+ optional manifest) → articles with their metadata, and an issue for every file left out.
import type { Language } from '../../schema/dataset';
import { findDateHeader, findPublicationDate } from '../dates/find-publication-date';
import { articleProblemMessage, checkArticleBytes, checkArticleSize, isArticleName, SeenTexts, type ArticleCheck } from './article-checks';
import type { CorpusIssue } from './corpus-issue';
import { parseManifest, type ManifestEntry } from './manifest';

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

/** A corpus file as a reader takes it: its size is known before it is read (a file over the limit is never read). */
export interface ArticleFile {
  name: string;
  size: number;
  read(): Uint8Array;
}

/** A document the corpus already has (appending to a dataset): its id is taken and its text is not read again. */
export type KnownDocument = { id: string; file: string; text: string };

export interface Article {
  id: string;
  file: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  publishedBasis: 'manifest' | 'header' | 'dateline' | 'unknown';
  language: Language;
  text: string;
  /** Where the body starts: after a leading `date YYYY-MM-DD` header, which is metadata, not prose. */
  bodyStart: number;
  /**
   * Where a dateline giving the publication date stands in the text, if one does. 'unread' when the manifest
   * dates the article: then it only matters to a date found within its reach, and is read then (see run-pipeline.ts).
   */
  dateline: { start: number; end: number } | null | 'unread';
}

export { MANIFEST_NAME } from './manifest';

/** A decoded article file with its id and manifest entry: what `toArticle` needs, independent of other files. */
export interface ArticleSource {
  id: string;
  file: string;
  text: string;
  entry: ManifestEntry | undefined;
}

/**
 * The corpus-wide part of preparing articles (manifest, decoding, unique ids), in file-name order; `toArticle` does
 * the rest. `known`: the documents the corpus already has (appending), whose files are not read again.
 */
export function readArticleSources(files: CorpusFile[], manifestText: string | null, known: KnownDocument[] = []): { sources: ArticleSource[]; issues: CorpusIssue[] } {
  const reader = new ArticleSourceReader(files.map((f) => f.name), manifestText, known);
  const sources: ArticleSource[] = [];
  for (const f of newFiles(files, known).sort((a, b) => byFileName(a.name, b.name))) {
    const source = reader.read({ name: f.name, size: f.bytes.length, read: () => f.bytes });
    if (source) sources.push(source);
  }
  return { sources, issues: reader.issues };
}

export const byFileName = (a: string, b: string) => a.localeCompare(b);

/** The files that are not documents of the corpus already. */
export function newFiles<F extends { name: string }>(files: F[], known: { file: string }[]): F[] {
  const present = new Set(known.map((d) => d.file));
  return files.filter((f) => !present.has(f.name));
}

/**
 * Reads article files one by one, in file-name order (`byFileName`), so that a large corpus need not be held in
 * memory at once: a file left out (article-checks.ts: not an article, too large, unreadable, a text already read)
 * becomes an issue naming it, the others get unique ids in that order.
 */
export class ArticleSourceReader {
  /** The manifest's problems (the same for any part of the corpus read), then the files'. */
  readonly manifestIssues: CorpusIssue[];
  readonly fileIssues: CorpusIssue[] = [];
  /** Ids this reader gave a suffix because a file it did not read (`reserve`) holds the plain one. */
  readonly assumptions: IdAssumption[] = [];
  private readonly entries: Map<string, ManifestEntry>;
  /** Each id given so far, and whether its file was only reserved (not read). */
  private readonly ids = new Map<string, { file: string; reserved: boolean }>();
  private readonly texts = new SeenTexts();

  /** `known`: the documents the corpus already has, when articles are appended to a dataset. */
  constructor(names: string[], manifestText: string | null, known: KnownDocument[] = []) {
    const { entries, issues } = manifestText === null ? { entries: new Map<string, ManifestEntry>(), issues: [] } : parseManifest(manifestText);
    const present = new Set(names);
    for (const name of entries.keys()) {
      if (!present.has(name)) issues.push({ file: name, message: 'listed in manifest.json but no such file is in the corpus' });
    }
    this.entries = entries;
    this.manifestIssues = issues;
    for (const d of known) {
      this.ids.set(d.id, { file: d.file, reserved: false });
      this.texts.add(d.text, d.file);
    }
  }

  get issues(): CorpusIssue[] {
    return [...this.manifestIssues, ...this.fileIssues];
  }

  /** The file as an article source, or null (and an issue) when it is not a readable article or a text already read. */
  read(file: ArticleFile): ArticleSource | null {
    const checked = this.check(file);
    if (!checked.ok) {
      this.fileIssues.push({ file: file.name, message: articleProblemMessage(checked.problem, file.size) });
      return null;
    }
    // A file is read once: its entry goes with it (a million entries are ~160 MB of the map's heap).
    const entry = this.entries.get(file.name);
    this.entries.delete(file.name);
    return { id: this.idFor(file.name, false), file: file.name, text: checked.value, entry };
  }

  private check(file: ArticleFile): ArticleCheck<string> {
    if (!isArticleName(file.name)) return { ok: false, problem: { code: 'unsupported' } };
    const size = checkArticleSize(file.size);
    if (!size.ok) return size;
    const text = checkArticleBytes(file.read());
    return text.ok ? this.texts.add(text.value, file.name) : text;
  }

  /**
   * Takes the id a file read by another process (an earlier shard) gets there, without reading it: as if it were
   * readable, which `assumptions` records whenever that decides another file's id.
   */
  reserve(name: string): void {
    if (isArticleName(name)) this.idFor(name, true);
  }

  private idFor(file: string, reserved: boolean): string {
    let id = articleId(file);
    for (let n = 2; this.ids.has(id); n++) {
      const holder = this.ids.get(id)!;
      if (holder.reserved && !reserved) this.assumptions.push({ file: holder.file, id, by: file });
      id = `${articleId(file)}-${n}`;
    }
    this.ids.set(id, { file, reserved });
    return id;
  }
}

/** `by` was given another id than `id` because `file`, reserved as readable, holds `id`. */
export interface IdAssumption {
  file: string;
  id: string;
  by: string;
}

/** One article's metadata and publication date (the costly part: it reads the dateline when the manifest gives no date). */
export function toArticle({ id, file, text, entry }: ArticleSource): Article {
  const datedByManifest = Boolean(entry?.published);
  const found = datedByManifest ? findDateHeader(text) : findPublicationDate(text);
  const bodyStart = found?.basis === 'header' ? found.index + found.length : 0;
  const published = entry?.published ?? found?.date ?? null;
  const publishedBasis = entry?.published ? 'manifest' : (found?.basis ?? 'unknown');
  return {
    id,
    file,
    title: entry?.title ?? guessTitle(text.slice(bodyStart)),
    source: entry?.source ?? null,
    url: entry?.url ?? null,
    published,
    publishedBasis,
    language: entry?.language ?? detectLanguage(text),
    text,
    bodyStart,
    dateline: found?.basis === 'dateline' ? { start: found.index, end: found.index + found.length } : datedByManifest && !found ? 'unread' : null,
  };
}

function articleId(file: string): string {
  return file.replace(/\.txt$/i, '').replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'article';
}

/** A short first line that does not end a sentence reads as a headline. */
function guessTitle(body: string): string | null {
  const first = body.trim().split('\n', 1)[0]?.trim() ?? '';
  return first.length > 0 && first.length <= 160 && !/[.!?؟]$/.test(first) ? first : null;
}

export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 2000);
  const arabic = sample.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  return arabic >= latin ? 'ar' : 'en';
}
