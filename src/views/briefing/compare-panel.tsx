// Compare two periods: pick two windows, list the ties that are new, stronger, weaker, unchanged or gone,
// and colour them on the graph (through the briefing store, which the graph reads).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBriefingStore, type ComparisonTies } from '../../briefing/briefing-store';
import { TIE_CHANGE_ORDER, type TieChange } from '../../briefing/compare-periods';
import { useAppStore } from '../../store/app-store';
import { dayEnd, dayStart, toIsoDay, type Interval } from '../../store/time';
import { DateField } from '../shared/date-field';
import { COMPARISON_COLORS } from './comparison-colors';
import { describeSelection } from './describe-view';

interface PeriodInput {
  from: string;
  to: string;
}

/** The days a window covers, as date-input values (its end is exclusive). */
function toInput(w: Interval | null): PeriodInput {
  return w ? { from: toIsoDay(w.start), to: toIsoDay(w.end - 1) } : { from: '', to: '' };
}

function toInterval(p: PeriodInput): Interval | null {
  return p.from && p.to && p.from <= p.to ? { start: dayStart(p.from), end: dayEnd(p.to) } : null;
}

function PeriodFields({ name, value, onChange }: { name: string; value: PeriodInput; onChange: (p: PeriodInput) => void }) {
  const { t } = useTranslation('briefing');
  return (
    <fieldset className="period">
      <legend>{name}</legend>
      <label>
        {t('compare.from')}
        <DateField value={value.from} onChange={(from) => onChange({ ...value, from })} />
      </label>
      <label>
        {t('compare.to')}
        <DateField value={value.to} onChange={(to) => onChange({ ...value, to })} />
      </label>
      <button type="button" className="btn" onClick={() => onChange(toInput(useAppStore.getState().timeWindow))}>
        {t('compare.useWindow')}
      </button>
    </fieldset>
  );
}

function TieRow({ change }: { change: TieChange }) {
  const { t } = useTranslation('briefing');
  const index = useAppStore((s) => s.index)!;
  const lang = useAppStore((s) => s.nameLanguage);
  const pair = describeSelection(index, { kind: 'edge', source: change.source, target: change.target }, lang);
  return (
    <li className={`tie tie-${change.kind}`} data-tie={change.key}>
      <button type="button" className="link" dir="auto" onClick={() => useAppStore.getState().selectEdge(change.source, change.target)}>
        {pair}
      </button>
      <span className="tie-weights" title={t('compare.weightsTitle', { a: change.weightA, b: change.weightB })}>
        {t('compare.weights', { a: change.weightA, b: change.weightB })}
      </span>
    </li>
  );
}

/** The tie changes of the periods compared, grouped by kind; or that they are being read, or why they could not be. */
function ComparisonResult({ ties }: { ties: ComparisonTies }) {
  const { t } = useTranslation('briefing');
  if (ties.status === 'reading')
    return (
      <p className="muted" role="status" data-testid="compare-reading">
        {t('compare.reading')}
      </p>
    );
  if (ties.status === 'failed')
    return (
      <p className="import-message error" role="alert">
        {t('compare.failed', { message: ties.message })}
      </p>
    );
  return (
    <div className="compare-result" data-testid="compare-result">
      <p className="small muted">{t('compare.legend')}</p>
      {ties.changes.length === 0 && <p className="muted">{t('compare.none')}</p>}
      {TIE_CHANGE_ORDER.filter((kind) => ties.counts[kind] > 0).map((kind) => (
        <section key={kind} className={`tie-group tie-${kind}`} data-kind={kind} style={{ ['--tie-color' as string]: COMPARISON_COLORS[kind] }}>
          <h4>
            {t(`compare.kind.${kind}`)} <span className="count">{ties.counts[kind]}</span>
          </h4>
          <ul>
            {ties.changes
              .filter((c) => c.kind === kind)
              .map((c) => (
                <TieRow key={c.key} change={c} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

export function ComparePanel() {
  const { t } = useTranslation('briefing');
  const comparison = useBriefingStore((s) => s.comparison);
  const [a, setA] = useState<PeriodInput>(() => toInput(comparison?.a ?? null));
  const [b, setB] = useState<PeriodInput>(() => toInput(comparison?.b ?? null));
  const [error, setError] = useState<string | null>(null);
  // On a laptop's 720 or 768 pixels the result starts below the fold of the drawer: once the periods asked for are
  // compared, their result is scrolled into view.
  const [asked, setAsked] = useState(0);
  const result = useRef<HTMLDivElement>(null);
  const status = comparison?.ties.status;
  useEffect(() => {
    if (asked > 0 && status && status !== 'reading') result.current?.scrollIntoView?.({ block: 'start' });
  }, [asked, status]);

  const run = () => {
    const periodA = toInterval(a);
    const periodB = toInterval(b);
    if (!periodA || !periodB) {
      setError(t('compare.invalid', { period: t(periodA ? 'compare.periodB' : 'compare.periodA') }));
      return;
    }
    setError(null);
    setAsked((n) => n + 1);
    useBriefingStore.getState().setComparison({ a: periodA, b: periodB });
    // The window covers both periods, so the graph shows the ties of each, coloured by how they changed;
    // nothing stays selected, since a selection would dim the other ties.
    const app = useAppStore.getState();
    app.clearSelection();
    app.setWindowFilter(true);
    app.setTimeWindow({ start: Math.min(periodA.start, periodB.start), end: Math.max(periodA.end, periodB.end) });
  };

  return (
    <div className="compare-panel">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run();
        }}
      >
        <PeriodFields name={t('compare.periodA')} value={a} onChange={setA} />
        <PeriodFields name={t('compare.periodB')} value={b} onChange={setB} />
        <div className="compare-actions">
          <button type="submit" className="btn primary">
            {t('compare.run')}
          </button>
          <button type="button" className="btn" disabled={!comparison} onClick={() => useBriefingStore.getState().setComparison(null)}>
            {t('compare.clear')}
          </button>
        </div>
        {error && (
          <p className="import-message error" role="alert">
            {error}
          </p>
        )}
      </form>
      <div ref={result}>{comparison && <ComparisonResult ties={comparison.ties} />}</div>
    </div>
  );
}
