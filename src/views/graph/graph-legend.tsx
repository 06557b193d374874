// Below the graph: what colours and lines mean; country chips double as the country filter.
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store';
import { selectCountries } from '../../store/select-actors';
import { countryStyle } from '../shared/palette';

export function GraphLegend() {
  const { t } = useTranslation('explorer');
  const [index, hidden] = useAppStore(useShallow((s) => [s.index, s.hiddenCountries]));
  const countries = selectCountries(index);
  return (
    <div className="graph-legend">
      <div className="chips" role="group" aria-label={t('graph.countries')}>
        {countries.map(({ code, count }) => {
          const c = countryStyle(code);
          return (
            <button
              key={code}
              type="button"
              className="chip"
              aria-pressed={!hidden.includes(code)}
              style={{ ['--chip' as string]: c.color }}
              onClick={() => useAppStore.getState().toggleCountry(code)}
              title={t('graph.countryTitle', { country: c.label, actors: t('count.actors', { count }) })}
            >
              <span className="dot" aria-hidden="true" />
              {c.label}
            </button>
          );
        })}
      </div>
      <div className="edge-key" aria-label={t('graph.edgeKey')}>
        <span>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="33" y2="5" stroke="var(--graph-contact)" strokeWidth="4" />
          </svg>
          {t('graph.contact')}
        </span>
        <span>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="33" y2="5" stroke="var(--graph-comention)" strokeWidth="3" strokeDasharray="7 4" />
          </svg>
          {t('graph.comention')}
        </span>
        <span className="muted">{t('graph.sizes')}</span>
      </div>
    </div>
  );
}
