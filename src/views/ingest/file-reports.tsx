// What became of each file of the last drop, pick or paste, with the reason for each one left out.
import { useTranslation } from 'react-i18next';
import { describeReport } from '../../ingest/ingest-notices';
import { useIngestStore } from '../../ingest/ingest-store';

export function FileReports() {
  const { t } = useTranslation('ingest');
  const reports = useIngestStore((s) => s.reports);
  if (reports.length === 0) return null;
  return (
    <section className="ingest-section" aria-live="polite">
      <h3>{t('report.heading')}</h3>
      <ul className="ingest-reports">
        {reports.map((r, i) => (
          <li key={`${i}:${r.name}`} className={`ingest-report is-${r.outcome}`} data-outcome={r.outcome}>
            <span className="ingest-report-name" dir="auto">
              {r.name}
            </span>
            <span className="ingest-report-outcome">{describeReport(r, t)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
