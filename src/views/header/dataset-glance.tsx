// The dataset at a glance: articles, actors, events, date span. In the header it is one line that gives way first
// when the header is narrow (CSS); the view menu shows it whole.
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { selectSummary } from '../../store/select-summary';
import { formatDay } from '../shared/format';

export function DatasetGlance({ variant }: { variant: 'inline' | 'full' }) {
  const { t } = useTranslation();
  const s = useAppStore(selectSummary);
  if (!s) return null;
  const items: [string, string, string][] = [
    ['articles', String(s.articles), t('glance.articles', { count: s.articles })],
    ['actors', String(s.actors), t('glance.actors', { count: s.actors })],
    ['events', String(s.events), t(s.undatedEvents ? 'glance.eventsUndated' : 'glance.events', { count: s.events, undated: s.undatedEvents })],
  ];
  return (
    <dl className={`glance ${variant}`} aria-label={t('glance.label')}>
      {items.map(([key, n, label]) => (
        <div key={key} className={key}>
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
