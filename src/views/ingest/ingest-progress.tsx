// How far the pipeline is through the articles it analyses (all of them: the base's and the added ones), in the
// dialog; a toast says the same over the page.
import { useTranslation } from 'react-i18next';
import { progressText } from '../../ingest/ingest-notices';
import { useIngestStore } from '../../ingest/ingest-store';

export function IngestProgress() {
  const { t } = useTranslation('ingest');
  const progress = useIngestStore((s) => s.progress);
  if (!progress) return null;
  const { label, count } = progressText(progress, t);
  return (
    <div className="ingest-progress" role="status">
      <span className="ingest-progress-label">{label}</span>
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <span className="ingest-progress-count">{count}</span>
    </div>
  );
}
