// A small bar chart of an actor's mentions per month (by publication date of the articles).
import type { MonthCount } from '../../store/select-actor-profile';
import { formatDay } from '../shared/format';

export function MentionChart({ months, undated, color }: { months: MonthCount[]; undated: number; color: string }) {
  if (!months.length)
    return <p className="muted small">{undated ? `${undated} mention(s), all in undated articles.` : 'No mentions.'}</p>;
  const max = Math.max(...months.map((m) => m.count));
  const w = 240;
  const h = 48;
  const bw = w / months.length;
  const label = months.filter((m) => m.count).map((m) => `${formatDay(`${m.month}-01`, 'month')}: ${m.count}`).join('; ');
  return (
    <figure className="mention-chart">
      <svg viewBox={`0 0 ${w} ${h + 14}`} width="100%" height={h + 14} role="img" aria-label={`Mentions per month: ${label}`}>
        <line x1="0" y1={h + 0.5} x2={w} y2={h + 0.5} stroke="#c9ced6" />
        {months.map((m, i) => {
          const bh = m.count ? Math.max(3, (m.count / max) * (h - 4)) : 0;
          return (
            <rect key={m.month} x={i * bw + bw * 0.12} y={h - bh} width={Math.max(1, bw * 0.76)} height={bh} fill={color} rx="1.5">
              <title>{`${formatDay(`${m.month}-01`, 'month')}: ${m.count} mention${m.count === 1 ? '' : 's'}`}</title>
            </rect>
          );
        })}
        <text x="0" y={h + 12} className="axis-label">
          {formatDay(`${months[0].month}-01`, 'month')}
        </text>
        {months.length > 1 && (
          <text x={w} y={h + 12} textAnchor="end" className="axis-label">
            {formatDay(`${months[months.length - 1].month}-01`, 'month')}
          </text>
        )}
      </svg>
      {undated > 0 && <figcaption className="muted small">+ {undated} in undated articles</figcaption>}
    </figure>
  );
}
