// Every correction the analyst made, newest first: what it targets, what it changed, why, by whom, and whether the
// last build could apply it (an orphan says why not). Each can be undone on its own; the list can be filtered,
// exported, imported (merged) and emptied, and the persons it curated downloaded as registry entries.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changesText, describeCorrection, type CorrectionDescription } from '../../corrections/describe-correction';
import { formatDay } from '../../i18n/format';
import type { Correction, CorrectionKind, CorrectionOutcome } from '../../schema/corrections';
import { useAppStore } from '../../store/app-store';
import type { UiLanguage } from '../../store/view-state';
import { CorrectionsFileActions } from './corrections-file-actions';

type StatusFilter = 'all' | 'applied' | 'orphaned';

const CORRECTION_KINDS: readonly CorrectionKind[] = [
  'actor.merge',
  'actor.split',
  'actor.edit',
  'actor.notPerson',
  'actor.promote',
  'event.edit',
  'event.delete',
  'event.merge',
  'event.add',
  'mention.remove',
  'mention.add',
];

interface Row {
  correction: Correction;
  outcome: CorrectionOutcome | undefined;
  description: CorrectionDescription;
  changes: string;
  /** Everything the text filter looks in, lower-cased. */
  haystack: string;
}

/** When it was made, as the analyst reads it: «3 Dec 2026, 13:05 UTC». */
function madeAt(at: string, lang: UiLanguage): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? `${formatDay(at.slice(0, 10), 'day', lang)}, ${at.slice(11, 16)} UTC` : at;
}

export default function CorrectionsPanel() {
  const { t } = useTranslation('corrections');
  const corrections = useAppStore((s) => s.corrections);
  const outcomes = useAppStore((s) => s.dataset?.corrections?.outcomes);
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.uiLanguage);
  const author = useAppStore((s) => s.correctionAuthor);
  const [text, setText] = useState('');
  const [kind, setKind] = useState<CorrectionKind | ''>('');
  const [status, setStatus] = useState<StatusFilter>('all');

  const rows = useMemo<Row[]>(() => {
    if (!index) return [];
    return [...corrections].reverse().map((correction) => {
      const outcome = outcomes?.[correction.id];
      const description = describeCorrection(correction, outcome, index, lang);
      const changes = changesText(description.changes, lang);
      const haystack = [t(`kind.${correction.kind}`), description.target, changes, correction.reason, correction.author, outcome?.why].join('\n').toLowerCase();
      return { correction, outcome, description, changes, haystack };
    });
  }, [corrections, outcomes, index, lang, t]);

  const needle = text.trim().toLowerCase();
  const shown = rows.filter(
    (r) =>
      (!needle || r.haystack.includes(needle)) &&
      (!kind || r.correction.kind === kind) &&
      (status === 'all' || (r.outcome?.status ?? 'orphaned') === status),
  );

  return (
    <div className="corrections-panel">
      <h2 className="visually-hidden">{t('panel.tab')}</h2>
      <label className="corrections-author">
        {t('panel.author')}
        <input type="text" value={author} autoComplete="name" onChange={(e) => useAppStore.getState().setCorrectionAuthor(e.target.value)} />
      </label>
      <CorrectionsFileActions />
      {rows.length === 0 ? (
        <p className="corrections-empty">{t('panel.empty')}</p>
      ) : (
        <>
          <div className="corrections-filters" role="search">
            <input type="search" aria-label={t('panel.filter')} placeholder={t('panel.filterPlaceholder')} value={text} onChange={(e) => setText(e.target.value)} />
            <label>
              {t('panel.kind')}
              <select value={kind} onChange={(e) => setKind(e.target.value as CorrectionKind | '')}>
                <option value="">{t('panel.allKinds')}</option>
                {CORRECTION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`kind.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('panel.status')}
              <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
                <option value="all">{t('panel.statusAll')}</option>
                <option value="applied">{t('panel.statusApplied')}</option>
                <option value="orphaned">{t('panel.statusOrphaned')}</option>
              </select>
            </label>
            <span className="muted small" aria-live="polite">
              {t('panel.shown', { shown: shown.length, count: rows.length })}
            </span>
          </div>
          {shown.length === 0 ? (
            <p className="muted">{t('panel.noMatch')}</p>
          ) : (
            <ul className="correction-entries" aria-label={t('panel.list')}>
              {shown.map((row) => (
                <CorrectionEntry key={row.correction.id} row={row} lang={lang} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function CorrectionEntry({ row, lang }: { row: Row; lang: UiLanguage }) {
  const { t } = useTranslation('corrections');
  const { correction: c, outcome, description } = row;
  const orphaned = outcome?.status !== 'applied';
  const { selects } = description;
  const select = () => {
    if (!selects) return;
    if (selects.kind === 'actor') useAppStore.getState().selectActor(selects.id);
    else useAppStore.getState().selectEvent(selects.id);
  };
  return (
    <li className={`correction-entry${orphaned ? ' is-orphaned' : ''}`} data-correction-id={c.id}>
      <div className="correction-entry-head">
        <span className="correction-kind">{t(`kind.${c.kind}`)}</span>
        <span className={`correction-status ${orphaned ? 'orphaned' : 'applied'}`}>{orphaned ? t('panel.statusOrphaned') : t('panel.applied')}</span>
      </div>
      {selects ? (
        <button type="button" className="correction-target" dir="auto" title={t('panel.select', { target: description.target })} onClick={select}>
          {description.target}
        </button>
      ) : (
        <span className="correction-target" dir="auto">
          {description.target}
        </span>
      )}
      {row.changes && (
        <p className="correction-changes" dir="auto">
          {row.changes}
        </p>
      )}
      {orphaned && (
        <p className="correction-why" dir="auto">
          {t('panel.orphanedWhy', { why: outcome?.why ?? '' })}
        </p>
      )}
      {c.reason && (
        <p className="correction-reason" dir="auto">
          {t('panel.reason', { reason: c.reason })}
        </p>
      )}
      <div className="correction-entry-foot">
        <span className="muted small">
          {c.author && <span dir="auto">{t('panel.by', { author: c.author })} · </span>}
          <time dateTime={c.at}>{madeAt(c.at, lang)}</time>
        </span>
        <button
          type="button"
          className="btn"
          aria-label={t('panel.undoLabel', { kind: t(`kind.${c.kind}`), target: description.target })}
          onClick={() => useAppStore.getState().undoCorrection(c.id)}
        >
          {t('panel.undo')}
        </button>
      </div>
    </li>
  );
}
