// How far the pipeline is through the articles it analyses (all of them: the base's and the added ones).
import { useTranslation } from 'react-i18next';
import { useIngestStore } from '../../ingest/ingest-store';

export function IngestProgress({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation('ingest');
  const progress = useIngestStore((s) => s.progress);
  if (!progress) return null;
  const label = t(`progress.${progress.task}`);
  return (
    <div className={compact ? 'ingest-progress compact' : 'ingest-progress'} role="status">
      <span className="ingest-progress-label">{label}</span>
      <progress max={progress.total} value={progress.done} aria-label={label} />
      <span className="ingest-progress-count">{t('progress.count', { done: progress.done, count: progress.total })}</span>
    </div>
  );
}
