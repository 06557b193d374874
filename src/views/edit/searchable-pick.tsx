// A searchable pick from a list (an actor, an event): type to narrow the list, then press the one meant.
// Matching is the search box's (Arabic normalised, leading clitics dropped), over every name an option is known by.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionsMatching, type PickOption } from '../shared/pick-options';

/** Enough to see the dataset's near matches without the list outgrowing the dialog. */
const SHOWN = 8;

export function SearchablePick({ label, options, onPick, picked }: { label: string; options: PickOption[]; onPick: (id: string) => void; picked?: string | null }) {
  const { t } = useTranslation('edit');
  const [query, setQuery] = useState('');
  const inputId = useId();
  const matching = optionsMatching(options, query);
  const shown = matching.slice(0, SHOWN);
  return (
    <div className="edit-pick">
      <label htmlFor={inputId} className="edit-label">
        {label}
      </label>
      <input id={inputId} className="input" type="search" dir="auto" autoComplete="off" placeholder={t('pick.placeholder')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
      {shown.length > 0 ? (
        <ul className="edit-pick-list" aria-label={t('pick.list', { label })}>
          {shown.map((o) => (
            <li key={o.id}>
              <button type="button" className="edit-pick-option" aria-pressed={picked === undefined ? undefined : picked === o.id} onClick={() => onPick(o.id)}>
                <span dir="auto">{o.label}</span>
                {o.detail && (
                  <span className="muted small" dir="auto">
                    {o.detail}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('pick.none')}</p>
      )}
      {matching.length > SHOWN && <p className="muted small">{t('pick.more', { count: matching.length - SHOWN })}</p>}
    </div>
  );
}
