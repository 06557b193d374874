// Apply a GraphModel to a live cytoscape graph incrementally: only elements whose look changed are touched.
import type cytoscape from 'cytoscape';
import type { GraphModel } from '../../store/select-graph';
import { edgeWidth } from './to-graph-elements';

/** Last applied look per element id, so an update costs a string compare for unchanged elements. */
export type AppliedLooks = Map<string, string>;

function emphasis(id: string, highlighted: Set<string> | null, selected: string | null): string {
  if (selected === id) return ' selected hl';
  if (!highlighted) return '';
  return highlighted.has(id) ? ' hl' : ' dim';
}

export function applyGraphModel(cy: cytoscape.Core, model: GraphModel, looks: AppliedLooks): number {
  let touched = 0;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const id = n.id();
      const base = n.data('discovered') ? 'discovered' : '';
      const cls = model.nodeIds.has(id) ? base + emphasis(id, model.highlightedNodeIds, model.selectedNodeId) : `${base} hidden`;
      if (looks.get(id) === cls) return;
      n.classes(cls);
      looks.set(id, cls);
      touched++;
    });
    cy.edges().forEach((e) => {
      const id = e.id();
      const w = model.edges.get(id);
      const cls = w
        ? (w.contact ? 'contact' : '') + emphasis(id, model.highlightedEdgeKeys, model.selectedEdgeKey)
        : 'hidden';
      const look = w ? `${cls}|${w.weight}` : cls;
      if (looks.get(id) === look) return;
      e.classes(cls);
      if (w && e.data('weight') !== w.weight) e.data({ weight: w.weight, width: edgeWidth(w.weight) });
      looks.set(id, look);
      touched++;
    });
  });
  return touched;
}
