// Header search: actors by any name or spelling (Arabic or English) and passages; a keyboard-driven combobox.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/app-store';
import { search, type SearchResults } from '../../store/search/search-index';
import { selectSourcePassageHits } from '../../store/select-source';
import { actorName, otherName, formatDay } from '../shared/format';
import { countryStyle } from '../shared/palette';

type Option = { key: string; run: () => void };

function snippet(text: string, max = 150): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function SearchBox() {
  const { t } = useTranslation();
  const index = useAppStore((s) => s.index);
  const lang = useAppStore((s) => s.nameLanguage);
  const [query, setQuery] = useState('');
  const [debounced, setDebounced] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const t = setTimeout(() => setDebounced(query), 120);
    return () => clearTimeout(t);
  }, [query]);
  // Actors are searched here; passages too, unless the app holds only those read so far: its source searches them
  // then (through the index the build wrote).
  const sourceHits = useAppStore((s) => selectSourcePassageHits(s, debounced.trim()));
  useEffect(() => {
    if (debounced.trim()) useAppStore.getState().searchPassages(debounced.trim());
  }, [debounced]);
  const results: SearchResults = useMemo(() => {
    if (!index || !debounced.trim()) return { actors: [], passages: [] };
    const found = search(index, debounced);
    if (!sourceHits) return found;
    return { actors: found.actors, passages: sourceHits.map((h) => ({ passage: h.passage, document: { ...h.document, text: '' } })) };
  }, [index, debounced, sourceHits]);
  const options: Option[] = [
    ...results.actors.map((a) => ({ key: `a-${a.id}`, run: () => useAppStore.getState().selectActor(a.id) })),
    ...results.passages.map(({ passage: p }) => ({
      key: `p-${p.id}`,
      run: () => useAppStore.getState().openDocument(p.documentId, p.id),
    })),
  ];
  useEffect(() => setActive(0), [debounced]);
  const expanded = open && debounced.trim().length > 0;
  const choose = (o: Option | undefined) => {
    if (!o) return;
    o.run();
    setOpen(false);
  };
  const onKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape' && (expanded || query)) {
      e.stopPropagation(); // Escape here closes the search, not the selection
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };
  const id = (o: Option) => `search-opt-${o.key}`;
  return (
    <div className="search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <input
        type="search"
        className="input search-input"
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        title={t('search.label')}
        role="combobox"
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[active] ? id(options[active]) : undefined}
        // Empty, it follows the page (its placeholder is in the interface's language); typed into, the text's own.
        dir={query ? 'auto' : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKey}
      />
      {expanded && (
        <div className="search-results" id="search-results" role="listbox" aria-label={t('search.results')}>
          {options.length === 0 && <p className="empty-row">{t('search.nothing', { query: debounced })}</p>}
          {results.actors.length > 0 && (
            <div role="group" aria-label={t('search.actors')}>
              <p className="group-label" aria-hidden="true">
                {t('search.actors')}
              </p>
              {results.actors.map((a) => {
                const o = options.find((x) => x.key === `a-${a.id}`)!;
                return (
                  <div
                    key={o.key}
                    id={id(o)}
                    role="option"
                    aria-selected={options[active] === o}
                    className={`result${options[active] === o ? ' is-active' : ''}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(o)}
                  >
                    <span className="dot" style={{ background: countryStyle(a.country).color }} aria-hidden="true" />
                    <span dir="auto">{actorName(a, lang)}</span>
                    <span className="muted" dir="auto">
                      {otherName(a, lang)}
                    </span>
                  </div>
                );
              })}
            </div>
          )}
          {results.passages.length > 0 && (
            <div role="group" aria-label={t('search.passages')}>
              <p className="group-label" aria-hidden="true">
                {t('search.passages')}
              </p>
              {results.passages.map(({ passage: p, document: d }) => {
                const o = options.find((x) => x.key === `p-${p.id}`)!;
                return (
                  <div
                    key={o.key}
                    id={id(o)}
                    role="option"
                    aria-selected={options[active] === o}
                    className={`result passage-result${options[active] === o ? ' is-active' : ''}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(o)}
                  >
                    <span className="snippet" dir="auto" lang={d.language}>
                      {snippet(p.text)}
                    </span>
                    <span className="muted small" dir="auto">
                      <bdi>{d.source ?? d.title ?? d.file}</bdi> · {formatDay(d.published)}
                    </span>
                  </div>
                );
              })}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
