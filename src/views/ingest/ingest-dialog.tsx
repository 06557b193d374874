// The "Add articles" dialog: files and pasted text in, what became of each, the added articles (each removable),
// and the dataset itself: open one from a file, download it, reset to the bundled corpus.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadDataset } from '../../ingest/download-dataset';
import { ARTICLE_MAX_BYTES } from '../../pipeline/corpus/article-checks';
import { addFiles, closeIngestDialog, resetToBundled, useIngestStore } from '../../ingest/ingest-store';
import { useAppStore } from '../../store/app-store';
import { AddedArticleList } from './added-article-list';
import { FileReports } from './file-reports';
import { IngestProgress } from './ingest-progress';
import { PasteArticleForm } from './paste-article-form';
import { useModalDialog } from '../shared/use-modal-dialog';

export function IngestDialog() {
  const { t } = useTranslation('ingest');
  const open = useIngestStore((s) => s.dialogOpen);
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} className="modal-dialog ingest-dialog" aria-labelledby="ingest-dialog-title" onClose={closeIngestDialog}>
      <header className="ingest-dialog-head">
        <h2 id="ingest-dialog-title">{t('dialogTitle')}</h2>
        <button type="button" className="btn icon-btn" aria-label={t('close')} onClick={closeIngestDialog}>
          ×
        </button>
      </header>
      {open && (
        <div className="ingest-dialog-body">
          <div className="ingest-column">
            <FilesSection />
            <IngestProgress />
            <FileReports />
            <PasteArticleForm />
          </div>
          <div className="ingest-column">
            <AddedArticleList />
            <DatasetSection />
          </div>
        </div>
      )}
    </dialog>
  );
}

function FilePicker({ label, accept, multiple }: { label: string; accept: string; multiple: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        accept={accept}
        multiple={multiple}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = ''; // picking the same file again still reports it
          if (files.length > 0) void addFiles(files);
        }}
      />
    </>
  );
}

function FilesSection() {
  const { t } = useTranslation('ingest');
  return (
    <section className="ingest-section">
      <h3>{t('files.heading')}</h3>
      <FilePicker label={t('files.choose')} accept=".txt,.json,text/plain,application/json" multiple />
      <p className="small muted">{t('files.hint', { limitMb: ARTICLE_MAX_BYTES / (1024 * 1024) })}</p>
    </section>
  );
}

function DatasetSection() {
  const { t } = useTranslation('ingest');
  const opened = useIngestStore((s) => s.opened?.name ?? null);
  const canReset = useIngestStore((s) => s.opened !== null || s.added.length > 0);
  const storageError = useIngestStore((s) => s.storageError);
  return (
    <section className="ingest-section">
      <h3>{t('dataset.heading')}</h3>
      <p className="ingest-base" dir="auto">
        {opened === null ? t('dataset.bundled') : t('dataset.opened', { name: opened })}
      </p>
      <p className="small muted">{t('dataset.kept')}</p>
      {storageError && (
        <p className="ingest-error small" role="alert">
          {t('storageError', { detail: storageError })}
        </p>
      )}
      <div className="ingest-actions">
        <button
          type="button"
          className="btn"
          onClick={() => {
            const dataset = useAppStore.getState().dataset;
            if (dataset) downloadDataset(dataset);
          }}
        >
          {t('dataset.download')}
        </button>
        <button type="button" className="btn ingest-reset" disabled={!canReset} onClick={() => void resetToBundled()}>
          {t('dataset.reset')}
        </button>
      </div>
      <FilePicker label={t('dataset.open')} accept=".json,application/json" multiple={false} />
      <p className="small muted">{t('dataset.openHint')}</p>
    </section>
  );
}
