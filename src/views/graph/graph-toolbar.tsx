// Above the graph: focus depth, fit and zoom.
import { useAppStore } from '../../store/app-store';
import type { FocusDepth } from '../../store/initial-state';
import type { GraphApi } from './use-cytoscape';

const DEPTHS: { depth: FocusDepth; label: string; title: string }[] = [
  { depth: 0, label: 'All', title: 'Show every actor; highlight the selection’s neighbourhood' },
  { depth: 1, label: '1°', title: 'Show only the selected actor and its neighbours' },
  { depth: 2, label: '2°', title: 'Show the selected actor, its neighbours, and theirs' },
];

export function GraphToolbar({ api }: { api: React.RefObject<GraphApi | null> }) {
  const depth = useAppStore((s) => s.focusDepth);
  const hasSelection = useAppStore((s) => s.selection !== null);
  return (
    <div className="toolbar graph-toolbar">
      <div className="segmented" role="group" aria-label="Focus on the selection">
        <span className="segmented-label">Focus</span>
        {DEPTHS.map((d) => (
          <button
            key={d.depth}
            type="button"
            className="btn"
            aria-pressed={depth === d.depth}
            title={d.title}
            disabled={d.depth > 0 && !hasSelection}
            onClick={() => useAppStore.getState().setFocusDepth(d.depth)}
          >
            {d.label}
          </button>
        ))}
      </div>
      <span className="spacer" />
      <button type="button" className="btn" onClick={() => api.current?.fit()}>
        Fit
      </button>
      <button type="button" className="btn icon-btn" aria-label="Zoom in on the graph" onClick={() => api.current?.zoom(1.25)}>
        +
      </button>
      <button type="button" className="btn icon-btn" aria-label="Zoom out of the graph" onClick={() => api.current?.zoom(0.8)}>
        −
      </button>
    </div>
  );
}
