// The header's "Add articles" button, with the dialog it opens and the page-wide drop zone: in the header's flow
// only the button, since progress and outcomes go to toasts. On mount it re-applies what this browser kept (the
// bundled data is already on screen).
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { openIngestDialog, startIngest, useIngestStore } from '../../ingest/ingest-store';
import { useAppStore } from '../../store/app-store';
import { DropZone } from './drop-zone';
import { IngestDialog } from './ingest-dialog';

export function IngestControls() {
  const { t } = useTranslation('ingest');
  const addedCount = useIngestStore((s) => s.added.length);
  useEffect(() => {
    const dataset = useAppStore.getState().dataset;
    if (dataset) void startIngest(dataset);
  }, []);
  return (
    <>
      <button type="button" className="btn ingest-open" onClick={openIngestDialog} aria-haspopup="dialog">
        {t('open')}
        {/* The bare number on screen, so that the header's one line barely moves; "2 added" for screen readers. */}
        {addedCount > 0 && (
          <span className="ingest-badge" title={t('addedCount', { count: addedCount })}>
            <span aria-hidden="true">{addedCount}</span>
            <span className="visually-hidden">{t('addedCount', { count: addedCount })}</span>
          </span>
        )}
      </button>
      {/* Outside the header: its styles are not the dialog's. */}
      {createPortal(
        <>
          <IngestDialog />
          <DropZone />
        </>,
        document.body,
      )}
    </>
  );
}
