// The dataset at a glance: articles, actors, events, date span.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { selectSummary } from '../../store/select-summary';
import { formatDay } from '../shared/format';

export function DatasetGlance() {
  const { t } = useTranslation();
  const s = useAppStore(selectSummary);
  if (!s) return null;
  const items: [string, string][] = [
    [String(s.articles), t('glance.articles', { count: s.articles })],
    [String(s.actors), t('glance.actors', { count: s.actors })],
    [String(s.events), t(s.undatedEvents ? 'glance.eventsUndated' : 'glance.events', { count: s.events, undated: s.undatedEvents })],
  ];
  return (
    <dl className="glance" aria-label={t('glance.label')}>
      {items.map(([n, label]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{n}</dd>
        </div>
      ))}
      <div className="span">
        <dt>{t('glance.span')}</dt>
        <dd>{s.from && s.to ? `${formatDay(s.from)} – ${formatDay(s.to)}` : t('glance.undated')}</dd>
      </div>
    </dl>
  );
}
