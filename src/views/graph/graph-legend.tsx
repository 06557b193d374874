// Below the graph: what colours and lines mean; country chips double as the country filter.
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store';
import { selectCountries } from '../../store/select-actors';
import { COMENTION_EDGE_COLOR, CONTACT_EDGE_COLOR, countryStyle } from '../shared/palette';

export function GraphLegend() {
  const [index, hidden] = useAppStore(useShallow((s) => [s.index, s.hiddenCountries]));
  const countries = selectCountries(index);
  return (
    <div className="graph-legend">
      <div className="chips" role="group" aria-label="Countries (click to hide or show)">
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
              title={`${c.label}: ${count} actor${count === 1 ? '' : 's'}`}
            >
              <span className="dot" aria-hidden="true" />
              {c.label}
            </button>
          );
        })}
      </div>
      <div className="edge-key" aria-label="Edge key">
        <span>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="33" y2="5" stroke={CONTACT_EDGE_COLOR} strokeWidth="4" />
          </svg>
          direct contact (call, meeting, visit…)
        </span>
        <span>
          <svg width="34" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="33" y2="5" stroke={COMENTION_EDGE_COLOR} strokeWidth="3" strokeDasharray="7 4" />
          </svg>
          mentioned together
        </span>
        <span className="muted">size = mentions · width = passages together</span>
      </div>
    </div>
  );
}
