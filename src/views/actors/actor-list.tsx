// The actor list: searchable, keyboard navigable; the accessible way to everything the graph canvas does.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Actor } from '../../schema/dataset';
import type { NameLanguage } from '../../store/initial-state';
import { useAppStore } from '../../store/app-store';
import { selectActorRows } from '../../store/select-actors';
import { actorName, otherName } from '../shared/format';
import { countryStyle } from '../shared/palette';
import { filterActorRows } from './filter-actor-rows';

export default function ActorList() {
  const { t } = useTranslation('explorer');
  const rowsAll = useAppStore(selectActorRows);
  const lang = useAppStore((s) => s.nameLanguage);
  const selectedId = useAppStore((s) => (s.selection?.kind === 'actor' ? s.selection.id : null));
  const [query, setQuery] = useState('');
  const rows = useMemo(() => filterActorRows(rowsAll, query), [rowsAll, query]);
  const [active, setActive] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const shownCount = rowsAll.filter((r) => r.shown).length;

  useEffect(() => {
    if (selectedId) setActive(selectedId);
  }, [selectedId]);
  useEffect(() => {
    if (!active) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(active)}"]`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  const activeIndex = rows.findIndex((r) => r.actor.id === active);
  const move = (to: number) => {
    if (!rows.length) return;
    setActive(rows[Math.max(0, Math.min(rows.length - 1, to))].actor.id);
  };
  const onListKey = (e: React.KeyboardEvent) => {
    const page = 8;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Enter: () => active && useAppStore.getState().selectActor(active),
      ' ': () => active && useAppStore.getState().selectActor(active),
    };
    if (keys[e.key]) {
      e.preventDefault();
      keys[e.key]();
    }
  };

  return (
    <section className="actor-list" aria-label={t('actors.title')}>
      <div className="pane-head">
        <h2>
          {t('actors.title')} <span className="count">{shownCount === rowsAll.length ? rowsAll.length : `${shownCount} / ${rowsAll.length}`}</span>
        </h2>
        <input
          type="search"
          className="input"
          placeholder={t('actors.filterPlaceholder')}
          aria-label={t('actors.filterLabel')}
          dir="auto"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              listRef.current?.focus();
              if (!active || activeIndex < 0) move(0);
            }
          }}
        />
      </div>
      <ul
        ref={listRef}
        className="actor-rows"
        role="listbox"
        tabIndex={0}
        aria-label={t('actors.listLabel')}
        aria-activedescendant={active && activeIndex >= 0 ? `actor-opt-${active}` : undefined}
        onKeyDown={onListKey}
        onFocus={() => {
          if (!active || activeIndex < 0) move(0);
        }}
      >
        {rows.map(({ actor: a, shown }) => (
          <ActorRow key={a.id} actor={a} shown={shown} selected={selectedId === a.id} active={active === a.id} lang={lang} onPick={setActive} />
        ))}
      </ul>
      {rows.length === 0 && <p className="empty-row">{t('actors.noMatch', { query })}</p>}
    </section>
  );
}

interface RowProps {
  actor: Actor;
  shown: boolean;
  selected: boolean;
  active: boolean;
  lang: NameLanguage;
  onPick: (id: string) => void;
}

/** One row; memoised, so a window change re-renders only the rows whose state changed (500 actors). */
const ActorRow = memo(function ActorRow({ actor: a, shown, selected, active, lang, onPick }: RowProps) {
  const { t } = useTranslation('explorer');
  return (
    <li
      id={`actor-opt-${a.id}`}
      data-id={a.id}
      role="option"
      aria-selected={selected}
      className={`actor-row${shown ? '' : ' is-out'}${active ? ' is-active' : ''}`}
      onClick={() => {
        onPick(a.id);
        useAppStore.getState().selectActor(a.id);
      }}
    >
      <span className="dot" style={{ background: countryStyle(a.country).color }} aria-hidden="true" />
      <span className="names">
        <span className="primary" dir="auto" lang={lang}>
          {actorName(a, lang)}
        </span>
        <span className="secondary" dir="auto" lang={lang === 'ar' ? 'en' : 'ar'}>
          {otherName(a, lang)}
        </span>
      </span>
      <span className="mentions" title={t('count.mentions', { count: a.mentionCount })}>
        {a.mentionCount}
      </span>
      {!shown && <span className="visually-hidden">{t('actors.notShown')}</span>}
    </li>
  );
});
