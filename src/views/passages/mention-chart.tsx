// A small bar chart of an actor's mentions per month (by publication date of the articles).
import { useTranslation } from 'react-i18next';
import type { MonthCount } from '../../store/select-actor-profile';
import { formatDay } from '../shared/format';

export function MentionChart({ months, undated, color }: { months: MonthCount[]; undated: number; color: string }) {
  const { t, i18n } = useTranslation('explorer');
  if (!months.length)
    return (
      <p className="muted small">
        {undated ? t('actorCard.allUndated', { mentions: t('count.mentions', { count: undated }) }) : t('actorCard.noMentions')}
      </p>
    );
  const month = (m: MonthCount) => formatDay(`${m.month}-01`, 'month');
  const max = Math.max(...months.map((m) => m.count));
  const w = 240;
  const h = 48;
  const bw = w / months.length;
  // Time runs the way the timeline's axis does: right to left in Arabic.
  const rtl = i18n.dir() === 'rtl';
  const slot = (i: number) => (rtl ? w - (i + 1) * bw : i * bw);
  const label = months.filter((m) => m.count).map((m) => `${month(m)}: ${m.count}`).join('; ');
  return (
    <figure className="mention-chart">
      <svg direction="ltr" viewBox={`0 0 ${w} ${h + 14}`} width="100%" height={h + 14} role="img" aria-label={t('actorCard.chartLabel', { list: label })}>
        <line x1="0" y1={h + 0.5} x2={w} y2={h + 0.5} stroke="currentColor" strokeOpacity="0.3" />
        {months.map((m, i) => {
          if (!m.count) return null;
          const bh = Math.max(3, (m.count / max) * (h - 4));
          return (
            <rect key={m.month} x={slot(i) + bw * 0.12} y={h - bh} width={Math.max(1, bw * 0.76)} height={bh} fill={color} rx="1.5">
              <title>{t('actorCard.chartBar', { month: month(m), mentions: t('count.mentions', { count: m.count }) })}</title>
            </rect>
          );
        })}
        <text x={rtl ? w : 0} y={h + 12} textAnchor={rtl ? 'end' : 'start'} className="axis-label">
          {month(months[0])}
        </text>
        {months.length > 1 && (
          <text x={rtl ? 0 : w} y={h + 12} textAnchor={rtl ? 'start' : 'end'} className="axis-label">
            {month(months[months.length - 1])}
          </text>
        )}
      </svg>
      {undated > 0 && <figcaption className="muted small">{t('actorCard.plusUndated', { count: undated })}</figcaption>}
    </figure>
  );
}
