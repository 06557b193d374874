// Find a person among the dataset's actors by any of their names, in either script: type, then Enter takes the first
// match, or the arrows go through the list.
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { matchesWords } from '../../store/search/search-terms';
import { actorName } from '../shared/format';

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
  const matches = useMemo(() => {
    const out: Actor[] = [];
    for (const a of actors ?? []) {
      if (a.id === exclude) continue;
      if (matchesWords([a.name.en, a.name.ar, a.shortName.en, a.shortName.ar, ...a.aliases].join(' '), query)) out.push(a);
    }
    return out.sort((a, b) => b.mentionCount - a.mentionCount).slice(0, SHOWN);
  }, [actors, exclude, query]);

  const options = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
  const move = (e: React.KeyboardEvent, by: number) => {
    const all = options();
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
        {matches.map((a) => (
          <li key={a.id}>
            <button type="button" className="actor-pick-option" onClick={() => onPick(a.id)}>
              <span dir="auto">{actorName(a, lang)}</span>{' '}
              <span className="muted small" dir="auto">
                {actorName(a, lang === 'ar' ? 'en' : 'ar')}
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
