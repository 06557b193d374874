// Files dragged over the page show a page-wide drop target; dropped files are added and the dialog opens on what
// became of each.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addFiles, openIngestDialog } from '../../ingest/ingest-store';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function DropZone() {
  const { t } = useTranslation('ingest');
  const [over, setOver] = useState(false);
  useEffect(() => {
    const onEnterOrOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // lets the drop happen here rather than the browser opening the file
      setOver(true);
    };
    // Leaving the window has no related target; moving between elements on the page has one.
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      openIngestDialog();
      void addFiles(files);
    };
    window.addEventListener('dragenter', onEnterOrOver);
    window.addEventListener('dragover', onEnterOrOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnterOrOver);
      window.removeEventListener('dragover', onEnterOrOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="ingest-drop-overlay" data-testid="ingest-drop-overlay">
      <div className="ingest-drop-target">
        <strong>{t('drop.title')}</strong>
        <span>{t('drop.hint')}</span>
      </div>
    </div>
  );
}
