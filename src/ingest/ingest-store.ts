// Articles and dataset files the analyst brings: checked per file, analysed by the pipeline in the ingest worker
// over the current base (the bundled dataset, or one the analyst opened) — new articles alone, merged into the
// extraction on screen, when it allows — shown through the app store's loadSucceeded, and kept in IndexedDB.
// Operations run one after another, never interleaved.
import { create } from 'zustand';
import { useAppStore } from '../store/app-store';
import { captureView } from '../store/view-state';
import type { Correction } from '../schema/corrections';
import type { Dataset, DatasetDocument } from '../schema/dataset';
import type { CorpusIssue } from '../pipeline/corpus/corpus-issue';
import { addedArticleTitle, fileStem, uniqueArticleFileName, type AddedArticle } from './added-article';
import { checkArticleBytes, isArticleName, SeenTexts } from '../pipeline/corpus/article-checks';
import { checked, checkArticleText, kindOf, readArticle, readDataset, type Checked, type FileLike, type Rejection } from './file-checks';
import { appendOffThread, rebuildOffThread } from './ingest-client';
import { notifyProgress, notifyRemoved, notifyReports, notifyReset, notifyRestored, notifyStorageError, type IngestProgress } from './ingest-notices';
import { loadAddedArticles, loadOpenedDataset, saveAddedArticles, saveOpenedDataset, type OpenedDataset } from './ingest-persistence';
import type { ProgressListener, RebuildResult } from './rebuild-dataset';
import { newToDataset } from './new-to-dataset';

export type IngestTask = 'restore' | 'add' | 'remove' | 'date';

export type FileReport =
  /** `file`: its name in the corpus; `events`, `actors`: those new to the dataset that it reports. */
  | { name: string; outcome: 'added'; file: string; events: number; actors: number }
  | { name: string; outcome: 'opened'; articles: number; events: number; actors: number }
  | { name: string; outcome: 'rejected'; rejection: Rejection };

export interface IngestState {
  /** The dataset the app loaded at start-up; "reset" returns to it. */
  bundled: Dataset | null;
  /** A dataset file opened in place of the bundled one. */
  opened: OpenedDataset | null;
  added: AddedArticle[];
  /** The pipeline's progress over all the articles it is analysing. */
  progress: IngestProgress | null;
  /** What became of each file of the last drop, pick or paste. */
  reports: FileReport[];
  /** IndexedDB failed: what is shown still holds, for this tab only. */
  storageError: string | null;
  dialogOpen: boolean;
}

export const initialIngestState: IngestState = {
  bundled: null,
  opened: null,
  added: [],
  progress: null,
  reports: [],
  storageError: null,
  dialogOpen: false,
};

export const useIngestStore = create<IngestState>()(() => ({ ...initialIngestState }));

const get = useIngestStore.getState;
const set = useIngestStore.setState;

let queue: Promise<unknown> = Promise.resolve();
function enqueue<T>(operation: () => Promise<T>): Promise<T> {
  const run = queue.then(operation);
  queue = run.catch(() => undefined);
  return run;
}

const baseDataset = (): Dataset => get().opened?.dataset ?? get().bundled!;

/** What the pipeline found, and (when the worker applied them) the analyst's corrections applied to it. */
type Analysis = Pick<RebuildResult, 'dataset' | 'issues'> & { corrected?: Dataset };

/**
 * Shows an extraction in the app, keeping the analyst's view (selection, filters, focus) where its ids still exist.
 * The time window is kept only on request: after articles come in, the timeline fits the data again so that
 * their events are in sight.
 */
function show({ dataset, corrected }: Pick<Analysis, 'dataset' | 'corrected'>, keepWindow = false): void {
  const app = useAppStore.getState();
  if (app.extracted === dataset) return;
  const view = captureView(app);
  app.loadSucceeded(dataset, corrected);
  useAppStore.getState().applyView(keepWindow ? view : { ...view, timeWindow: null });
}

/** IndexedDB failed: said in the dialog and in a toast. */
function storageFailed(e: Error): void {
  set({ storageError: e.message });
  notifyStorageError(e.message);
}

async function persist(write: () => Promise<void>): Promise<void> {
  try {
    await write();
    set({ storageError: null });
  } catch (e) {
    storageFailed(e as Error);
  }
}

type Analysed = { result: Analysis } | { failure: string };

/** The base's documents and `added`, through the pipeline, or why the analysis failed. */
function analyse(task: IngestTask, added: AddedArticle[]): Promise<Analysed> {
  const base = baseDataset();
  if (added.length === 0) return Promise.resolve({ result: { dataset: base, issues: [] } });
  return analyseDocuments(task, base.documents, added);
}

/** `documents` and `added` through the pipeline in the worker, with the analyst's corrections applied there too. */
function analyseDocuments(task: IngestTask, documents: DatasetDocument[], added: AddedArticle[]): Promise<Analysed> {
  return analyseInWorker(task, documents.length + added.length, (onProgress) => rebuildOffThread(documents, added, useAppStore.getState().corrections, onProgress));
}

/**
 * New articles: analysed alone and merged into the extraction on screen when it is a clean one (see
 * appendableExtraction), else the base's documents and all the added articles analysed again.
 */
function analyseAdded(fresh: AddedArticle[]): Promise<Analysed> {
  const extraction = appendableExtraction();
  if (!extraction) return analyse('add', [...get().added, ...fresh]);
  return analyseInWorker('add', fresh.length, (onProgress) => appendOffThread(extraction, fresh, useAppStore.getState().corrections, onProgress));
}

/**
 * The extraction on screen, if it is what the pipeline found in the base's documents and the added articles, with
 * no corrections applied in it (a dataset file's corrections cannot be taken out of its records again).
 */
function appendableExtraction(): Dataset | null {
  const extraction = useAppStore.getState().extracted;
  if (!extraction || extraction.corrections || !readableAgain(baseDataset())) return null;
  const files = new Set(extraction.documents.map((d) => d.file));
  const { added } = get();
  return extraction.documents.length === baseDataset().documents.length + added.length && added.every((a) => files.has(a.file)) ? extraction : null;
}

const readable = new WeakMap<Dataset, boolean>();

/**
 * Whether the pipeline's checks take every document of `base` again. A dataset made by other means may hold one they
 * refuse: articles are not appended to it then, since removing one later analyses the base again and would lose
 * that document; the rebuild refuses the articles instead (baseNotRebuilt). Only checks run, no analysis.
 */
function readableAgain(base: Dataset): boolean {
  let known = readable.get(base);
  if (known === undefined) {
    const texts = new SeenTexts();
    const utf8 = new TextEncoder();
    known = base.documents.every((d) => isArticleName(d.file) && checkArticleBytes(utf8.encode(d.text)).ok && texts.add(d.text, d.file).ok);
    readable.set(base, known);
  }
  return known;
}

/** An analysis in the worker, its progress shown as it goes: its result, or why it failed. */
async function analyseInWorker(task: IngestTask, total: number, run: (onProgress: ProgressListener) => Promise<RebuildResult>): Promise<Analysed> {
  const showProgress = (progress: IngestProgress) => {
    set({ progress });
    notifyProgress(progress);
  };
  showProgress({ task, done: 0, total });
  // Progress reports come on their own channel and may arrive after the result: late ones are dropped.
  let finished = false;
  const onProgress = (done: number, total: number) => {
    if (!finished) showProgress({ task, done, total });
  };
  try {
    return { result: await run(onProgress) };
  } catch (e) {
    return { failure: (e as Error).message };
  } finally {
    finished = true;
    set({ progress: null });
  }
}

/**
 * Call once the bundled dataset is shown: re-applies what this browser kept. The bundled data stays on screen
 * while the stored articles are analysed.
 */
export function startIngest(bundled: Dataset): Promise<void> {
  if (get().bundled) return queue.then(() => undefined);
  set({ bundled });
  if (!watchingCarried) {
    watchingCarried = true;
    useAppStore.subscribe((s) => s.corrections, (list) => {
      if (undoesCarried(list)) void enqueue(revertCarried);
    });
  }
  return enqueue(async () => {
    let opened: OpenedDataset | null = null;
    let added: AddedArticle[] = [];
    try {
      [opened, added] = await Promise.all([loadOpenedDataset(), loadAddedArticles()]);
    } catch (e) {
      storageFailed(e as Error);
    }
    if (!opened && added.length === 0) return;
    set({ opened, added });
    const analysed = await analyse('restore', added);
    if ('failure' in analysed) {
      show({ dataset: baseDataset() });
      report(added.map((a) => rejected(a.originalName, { code: 'notAnalysed', detail: analysed.failure })));
      return;
    }
    const { issues } = analysed.result;
    const kept = analysedOnly(added, issues);
    set({ added: kept, reports: [] });
    show(analysed.result, true); // the window on screen may be a shared link's
    if (issues.length > 0) report(leftOut(issues, added));
    else if (kept.length > 0) notifyRestored(kept.length);
  });
}

interface ArticleCandidate {
  name: string;
  read: () => Promise<Checked<string>>;
  title: string | null;
  source: string | null;
  published: string | null;
}

/** Dropped or picked files: a dataset file replaces the base, then the `.txt` articles go on top of it. */
export function addFiles(files: FileLike[]): Promise<FileReport[]> {
  return enqueue(async () => {
    set({ reports: [] });
    const reports: FileReport[] = [];
    const datasets = files.filter((f) => kindOf(f.name) === 'dataset');
    for (const [i, file] of datasets.entries()) {
      if (i > 0) {
        reports.push(rejected(file.name, { code: 'oneDatasetOnly' }));
        continue;
      }
      const checked = await readDataset(file);
      if (!checked.ok) reports.push(rejected(file.name, checked.rejection));
      else reports.push(await replaceBase({ name: file.name, dataset: checked.value }));
    }
    const articles = files.filter((f) => kindOf(f.name) !== 'dataset');
    reports.push(
      ...(await admitArticles(
        articles.map((f) => ({ name: f.name, read: () => readArticle(f), title: null, source: null, published: null })),
      )),
    );
    report(reports);
    return reports;
  });
}

export interface PastedArticle {
  text: string;
  title: string;
  source: string;
  /** YYYY-MM-DD, or empty to read it from the text. */
  published: string;
}

export function addPastedArticle(pasted: PastedArticle): Promise<FileReport[]> {
  return enqueue(async () => {
    set({ reports: [] });
    const title = pasted.title.trim() || null;
    const reports = await admitArticles([
      {
        name: title ?? 'pasted-article',
        read: async () => checkArticleText(pasted.text),
        title,
        source: pasted.source.trim() || null,
        published: pasted.published || null,
      },
    ]);
    report(reports);
    return reports;
  });
}

async function admitArticles(candidates: ArticleCandidate[]): Promise<FileReport[]> {
  const base = baseDataset();
  const reports: FileReport[] = [];
  const known = new SeenTexts();
  for (const d of base.documents) known.add(d.text, d.title ?? d.file);
  for (const a of get().added) known.add(a.text, a.originalName);
  const taken = new Set([...base.documents.map((d) => d.id), ...get().added.map((a) => fileStem(a.file))]);
  const fresh: AddedArticle[] = [];
  for (const c of candidates) {
    const read = await c.read();
    const text = read.ok ? checked(known.add(read.value, c.name)) : read;
    if (!text.ok) {
      reports.push(rejected(c.name, text.rejection));
      continue;
    }
    const file = uniqueArticleFileName(c.name, taken);
    taken.add(fileStem(file));
    fresh.push({ file, originalName: c.name, text: text.value, title: c.title, source: c.source, published: c.published, addedAt: new Date().toISOString() });
  }
  if (fresh.length === 0) return reports;
  const analysed = await analyseAdded(fresh);
  if ('failure' in analysed) return [...fresh.map((a) => rejected(a.originalName, { code: 'notAnalysed', detail: analysed.failure })), ...reports];
  const { dataset, issues } = analysed.result;
  const all = [...get().added, ...fresh];
  // A dataset made by other means may hold a document this pipeline cannot read again: rather than lose it, the
  // articles are not added to it.
  const unreadable = issues.find((i) => !all.some((a) => a.file === i.file));
  if (unreadable) {
    const rejection: Rejection = { code: 'baseNotRebuilt', file: unreadable.file, detail: unreadable.message };
    return [...fresh.map((a) => rejected(a.originalName, rejection)), ...reports];
  }
  const kept = analysedOnly(all, issues);
  set({ added: kept });
  show(analysed.result);
  await persist(() => saveAddedArticles(kept));
  const added = fresh.filter((a) => kept.includes(a));
  const { broughtBy } = newToDataset(dataset, new Set(added.map((a) => a.file)));
  const addedReports = added.map((a): FileReport => ({ name: a.originalName, outcome: 'added', file: a.file, ...broughtBy(a.file) }));
  return [...addedReports, ...reports, ...leftOut(issues, all)];
}

/** The pipeline leaves out a file it cannot read: an added article it left out is not kept. */
function analysedOnly(articles: AddedArticle[], issues: CorpusIssue[]): AddedArticle[] {
  const skipped = new Set(issues.map((i) => i.file));
  return articles.filter((a) => !skipped.has(a.file));
}

/** Every file the pipeline left out, by the name the analyst knows it by. */
function leftOut(issues: CorpusIssue[], articles: AddedArticle[]): FileReport[] {
  const names = new Map(articles.map((a) => [a.file, a.originalName]));
  return issues.map((i) => rejected(names.get(i.file) ?? i.file, { code: 'notAnalysed', detail: i.message }));
}

/** A dataset file opened in place of the current one: the added articles go (an exported dataset already has them). */
async function replaceBase(opened: OpenedDataset): Promise<FileReport> {
  set({ opened, added: [] });
  show({ dataset: opened.dataset });
  await persist(async () => {
    await saveOpenedDataset(opened);
    await saveAddedArticles([]);
  });
  const d = opened.dataset;
  return { name: opened.name, outcome: 'opened', articles: d.documents.length, events: d.events.length, actors: d.actors.length };
}

export function removeArticle(file: string): Promise<void> {
  return enqueue(async () => {
    const removed = get().added.find((a) => a.file === file);
    const removedTitle = removed ? addedArticleTitle(removed, useAppStore.getState().dataset?.documents) : file;
    await analyseAgain('remove', get().added.filter((a) => a !== removed), file, true, () => notifyRemoved(removedTitle));
  });
}

/**
 * The added articles as `articles` now are, analysed again and shown (the window kept or refitted); `done` is said when
 * the pipeline left none out. A failure is reported as `file`'s.
 */
async function analyseAgain(task: IngestTask, articles: AddedArticle[], file: string, keepWindow: boolean, done?: () => void): Promise<void> {
  const analysed = await analyse(task, articles);
  if ('failure' in analysed) {
    report([rejected(file, { code: 'notAnalysed', detail: analysed.failure })]);
    return;
  }
  const { issues } = analysed.result;
  const kept = analysedOnly(articles, issues);
  set({ added: kept, reports: [] });
  show(analysed.result, keepWindow);
  if (issues.length > 0) report(leftOut(issues, articles));
  else done?.();
  await persist(() => saveAddedArticles(kept));
}

/**
 * The publication day the analyst gives an added article whose text holds none (a file dropped with no manifest and
 * no dateline): its «أمس», "on Tuesday" are read again from it.
 */
export function setArticleDate(file: string, published: string): Promise<void> {
  // (The window is fitted again: the article's events may now fall outside the one shown.)
  return enqueue(() => analyseAgain('date', get().added.map((a) => (a.file === file ? { ...a, published } : a)), file, false));
}

/** Back to the dataset the app started with: the added articles and any opened dataset are forgotten. */
export function resetToBundled(): Promise<void> {
  return enqueue(async () => {
    // Forgotten in storage first (two tiny writes): once the bundled data shows, a reload keeps showing it.
    await persist(async () => {
      await saveOpenedDataset(null);
      await saveAddedArticles([]);
    });
    set({ opened: null, added: [], reports: [] });
    show({ dataset: get().bundled! });
    notifyReset();
  });
}

/** The app's corrections are watched for the page's lifetime, from the first startIngest on. */
let watchingCarried = false;

/** Whether `list` lacks a correction that the extraction on screen came with (a dataset file's, already applied in it). */
function undoesCarried(list: Correction[]): boolean {
  const carried = useAppStore.getState().extracted?.corrections?.corrections ?? [];
  const kept = new Set(list.map((c) => c.id));
  return carried.some((c) => !kept.has(c.id));
}

/**
 * The analyst took back a correction that the dataset file (opened, or the bundled one) came with. That file holds
 * only the corrected records, so the correction cannot be reverted from it: its documents are analysed again for
 * a clean extraction, which becomes the base (a later rebuild or reset must not bring the correction back), and the
 * analyst's remaining corrections are applied to it. The view stays as it was.
 */
async function revertCarried(): Promise<void> {
  // Queued behind other operations: one of them may already have loaded a clean extraction.
  if (!undoesCarried(useAppStore.getState().corrections)) return;
  // Only the base itself carries corrections: with articles added, what is shown is a fresh rebuild, to which the
  // store applies the carried corrections from its own list. So there are no added articles here.
  const opened = get().opened;
  const analysed = await analyseDocuments('restore', baseDataset().documents, []);
  if ('failure' in analysed) {
    report([rejected(opened?.name ?? 'dataset.json', { code: 'notAnalysed', detail: analysed.failure })]);
    return;
  }
  const clean = analysed.result.dataset;
  if (opened) {
    set({ opened: { ...opened, dataset: clean } });
    await persist(() => saveOpenedDataset({ ...opened, dataset: clean }));
  } else set({ bundled: clean });
  show(analysed.result, true);
}

export const openIngestDialog = () => set({ dialogOpen: true });
export const closeIngestDialog = () => set({ dialogOpen: false });

/** The last operation's files: listed in the dialog, summed up in a toast. */
function report(reports: FileReport[]): void {
  set({ reports });
  const addedFiles = new Set(reports.flatMap((r) => (r.outcome === 'added' ? [r.file] : [])));
  notifyReports(reports, addedFiles.size > 0 ? newToDataset(useAppStore.getState().dataset ?? baseDataset(), addedFiles) : { events: 0, actors: 0 });
}

function rejected(name: string, rejection: Rejection): FileReport {
  return { name, outcome: 'rejected', rejection };
}
