// Corpus files (+ optional manifest) → articles with their metadata, and an issue for every file left out.
import type { Language } from '../../schema/dataset';
import { findDateHeader, findPublicationDate } from '../dates/find-publication-date';
import type { CorpusIssue } from './corpus-issue';
import { decodeArticle } from './decode-article';
import { parseManifest, type ManifestEntry } from './manifest';

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
}

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

export const MANIFEST_NAME = 'manifest.json';

/** A decoded article file with its id and manifest entry: what `toArticle` needs, independent of other files. */
export interface ArticleSource {
  id: string;
  file: string;
  text: string;
  entry: ManifestEntry | undefined;
}

/** The corpus-wide part of preparing articles (manifest, decoding, unique ids), in file-name order; `toArticle` does the rest. */
export function readArticleSources(files: CorpusFile[], manifestText: string | null): { sources: ArticleSource[]; issues: CorpusIssue[] } {
  const reader = new ArticleSourceReader(files.map((f) => f.name), manifestText);
  const sources: ArticleSource[] = [];
  for (const f of [...files].sort((a, b) => byFileName(a.name, b.name))) {
    const source = reader.read(f.name, f.bytes);
    if (source) sources.push(source);
  }
  return { sources, issues: reader.issues };
}

export const byFileName = (a: string, b: string) => a.localeCompare(b);

/**
 * Reads article files one by one, in file-name order (`byFileName`), so that a large corpus need not be held in
 * memory at once: a file left out becomes an issue, the others get unique ids in that order.
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

  constructor(names: string[], manifestText: string | null) {
    const { entries, issues } = manifestText === null ? { entries: new Map<string, ManifestEntry>(), issues: [] } : parseManifest(manifestText);
    const present = new Set(names);
    for (const name of entries.keys()) {
      if (!present.has(name)) issues.push({ file: name, message: 'listed in manifest.json but no such file is in the corpus' });
    }
    this.entries = entries;
    this.manifestIssues = issues;
  }

  get issues(): CorpusIssue[] {
    return [...this.manifestIssues, ...this.fileIssues];
  }

  /** The file as an article source, or null (and an issue) when it is not a readable article. */
  read(name: string, bytes: Uint8Array): ArticleSource | null {
    if (!/\.txt$/i.test(name)) {
      this.fileIssues.push({ file: name, message: 'not a .txt article; skipped' });
      return null;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      this.fileIssues.push({ file: name, message: `${decoded.reason}; skipped` });
      return null;
    }
    return { id: this.idFor(name, false), file: name, text: decoded.text, entry: this.entries.get(name) };
  }

  /**
   * Takes the id a file read by another process (an earlier shard) gets there, without reading it: as if it were
   * readable, which `assumptions` records whenever that decides another file's id.
   */
  reserve(name: string): void {
    if (/\.txt$/i.test(name)) this.idFor(name, true);
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
