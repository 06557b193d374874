// Find a person among the dataset's actors by any of their names, in either script: type, then Enter takes the first
// match, or the arrows go through the list.
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { actorOptions, optionsMatching } from '../shared/pick-options';

const SHOWN = 8;

interface Props {
  onPick: (actorId: string) => void;
  /** Left out of the list (the actor a mention is being moved away from). */
  exclude?: string;
  /** An extra choice after the list (a new person), given the words typed. */
  extra?: (query: string) => React.ReactNode;
}

export function ActorPick({ onPick, exclude, extra }: Props) {
  const { t } = useTranslation('mentions');
  const actors = useAppStore((s) => s.dataset?.actors);
  const lang = useAppStore((s) => s.nameLanguage);
  const [query, setQuery] = useState('');
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();
  const options = useMemo(() => actorOptions((actors ?? []).filter((a) => a.id !== exclude), lang), [actors, exclude, lang]);
  const matches = optionsMatching(options, query).slice(0, SHOWN);

  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const move = (e: React.KeyboardEvent, by: number) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const next = at < 0 ? (by > 0 ? 0 : -1) : at + by;
    if (next >= 0 && next < all.length) {
      e.preventDefault();
      all[next].focus();
    } else if (next < 0 && at >= 0) {
      e.preventDefault();
      list.current?.parentElement?.querySelector<HTMLInputElement>('input')?.focus();
    }
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') move(e, 1);
    else if (e.key === 'ArrowUp') move(e, -1);
  };

  return (
    <div className="actor-pick" onKeyDown={onKeyDown}>
      <input
        type="search"
        className="actor-pick-search"
        aria-label={t('pick.search')}
        placeholder={t('pick.search')}
        aria-controls={listId}
        dir="auto"
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches[0]) {
            e.preventDefault();
            onPick(matches[0].id);
          }
        }}
      />
      <ul id={listId} ref={list} className="actor-pick-list" aria-label={t('pick.results')}>
        {matches.map((o) => (
          <li key={o.id}>
            <button type="button" className="actor-pick-option" onClick={() => onPick(o.id)}>
              <span dir="auto">{o.label}</span>{' '}
              <span className="muted small" dir="auto">
                {o.detail}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {matches.length === 0 && <p className="muted small">{t('pick.none')}</p>}
      {extra?.(query)}
    </div>
  );
}
