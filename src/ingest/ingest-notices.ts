// What ingest tells the analyst in toasts, over the page: the pipeline's progress, then what became of the
// operation (the same toast, by its key), and failures to save. The per-file details stay in the dialog.
import type { TFunction } from 'i18next';
import i18next from '../i18n/i18n';
import { uiLanguage } from '../i18n/ui-text';
import { useAppStore } from '../store/app-store';
import type { FileReport, IngestTask } from './ingest-store';
import type { Brought } from './new-to-dataset';

/** Progress and outcome share this key, so the outcome replaces the progress. */
const OPERATION_KEY = 'ingest';
const STORAGE_KEY = 'ingest:storage';
/** A progress toast is replaced by the outcome; this only bounds it should a worker never answer. */
const PROGRESS_TTL_MS = 10 * 60_000;

export type IngestStrings = TFunction<'ingest'>;

const strings = (): IngestStrings => i18next.getFixedT(uiLanguage(), 'ingest');

export interface IngestProgress {
  task: IngestTask;
  done: number;
  total: number;
}

/** "Analysing the articles (3 / 7 articles)": the dialog's progress bar and the toast say the same. */
export function progressText(progress: IngestProgress, t: IngestStrings): { label: string; count: string } {
  return { label: t(`progress.${progress.task}`), count: t('progress.count', { done: progress.done, count: progress.total }) };
}

/** What became of one file, for its line in the dialog. */
export function describeReport(r: FileReport, t: IngestStrings): string {
  switch (r.outcome) {
    case 'added':
      return t('report.added', { events: t('newCount.events', { count: r.events }), actors: t('newCount.actors', { count: r.actors }) });
    case 'opened':
      return t('report.opened', datasetCounts(r, t));
    case 'rejected':
      return t('report.rejected', { reason: rejectionReason(r, t) });
  }
}

type Report<Outcome extends FileReport['outcome']> = Extract<FileReport, { outcome: Outcome }>;

const datasetCounts = (r: Report<'opened'>, t: IngestStrings) => ({
  articles: t('count.articles', { count: r.articles }),
  events: t('count.events', { count: r.events }),
  actors: t('count.actors', { count: r.actors }),
});

const rejectionReason = (r: Report<'rejected'>, t: IngestStrings) => t(`reason.${r.rejection.code}`, r.rejection);

/** Progress updates re-announce the toast to screen readers: at most one per tenth of the way. */
let lastProgressStep: string | null = null;

export function notifyProgress(progress: IngestProgress): void {
  const step = `${progress.task}:${progress.total}:${Math.floor((10 * progress.done) / progress.total)}`;
  if (step === lastProgressStep) return;
  lastProgressStep = step;
  const { label, count } = progressText(progress, strings());
  useAppStore.getState().notify({ text: strings()('toast.progress', { task: label, count }), key: OPERATION_KEY, ttl: PROGRESS_TTL_MS });
}

/**
 * One toast for an operation's files: what went in (counting only what is new to the dataset, over all the added
 * files together) and what did not. With nothing to say, the progress toast goes.
 */
export function notifyReports(reports: FileReport[], brought: Brought): void {
  const t = strings();
  const added = reports.filter((r) => r.outcome === 'added');
  const rejected = reports.filter((r) => r.outcome === 'rejected');
  const sentences = [
    added.length > 0 &&
      t('toast.added', {
        articles: t('count.articles', { count: added.length }),
        events: t('newCount.events', { count: brought.events }),
        actors: t('newCount.actors', { count: brought.actors }),
      }),
    ...reports.filter((r) => r.outcome === 'opened').map((r) => t('toast.opened', { name: r.name, ...datasetCounts(r, t) })),
    rejected.length === 1 && t('toast.rejectedOne', { name: rejected[0].name, reason: rejectionReason(rejected[0], t) }),
    rejected.length > 1 && t('toast.rejectedMany', { files: t('toast.files', { count: rejected.length }) }),
  ].filter((s): s is string => typeof s === 'string');
  if (sentences.length === 0) dismissOperationNotice();
  else notifyOperation(sentences.join(' '), rejected.length > 0 ? 'error' : 'success');
}

export const notifyRestored = (articles: number) => notifyOperation(strings()('toast.restored', { articles: strings()('count.articles', { count: articles }) }), 'info');
export const notifyRemoved = (name: string) => notifyOperation(strings()('toast.removed', { name }), 'success');
export const notifyReset = () => notifyOperation(strings()('toast.reset'), 'success');
export const notifyStorageError = (detail: string) => useAppStore.getState().notify({ text: strings()('storageError', { detail }), tone: 'error', key: STORAGE_KEY });

function notifyOperation(text: string, tone: 'info' | 'success' | 'error'): void {
  lastProgressStep = null;
  useAppStore.getState().notify({ text, tone, key: OPERATION_KEY });
}

function dismissOperationNotice(): void {
  lastProgressStep = null;
  useAppStore.getState().dismissNotice(OPERATION_KEY);
}
