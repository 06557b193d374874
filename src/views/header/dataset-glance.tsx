// The dataset at a glance: articles, actors, events, date span.
import { useAppStore } from '../../store/app-store';
import { selectSummary } from '../../store/select-summary';
import { formatDay } from '../shared/format';

export function DatasetGlance() {
  const s = useAppStore(selectSummary);
  if (!s) return null;
  const items: [string, string][] = [
    [String(s.articles), s.articles === 1 ? 'article' : 'articles'],
    [String(s.actors), 'actors'],
    [String(s.events), s.undatedEvents ? `events (${s.undatedEvents} undated)` : 'events'],
  ];
  return (
    <dl className="glance" aria-label="Dataset at a glance">
      {items.map(([n, label]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{n}</dd>
        </div>
      ))}
      <div className="span">
        <dt>span</dt>
        <dd>{s.from && s.to ? `${formatDay(s.from)} – ${formatDay(s.to)}` : 'undated'}</dd>
      </div>
    </dl>
  );
}
