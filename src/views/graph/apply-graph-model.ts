// Apply a GraphModel to a live cytoscape graph incrementally: only elements whose look changed are touched.
import type cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { GraphModel } from '../../store/select-graph';
import { edgeWidth } from './to-graph-elements';

/** Last applied look per element id, so an update costs a string compare for unchanged elements. */
export type AppliedLooks = Map<string, string>;

interface Look {
  classes: string;
  /** What identifies the look (classes, and an edge's weight in the window). */
  key: string;
  /** An edge's weight counted in the window. */
  weight?: number;
}

function emphasis(id: string, highlighted: Set<string> | null, selected: string | null): string {
  if (selected === id) return ' selected hl';
  if (!highlighted) return '';
  return highlighted.has(id) ? ' hl' : ' dim';
}

function nodeLook(id: string, discovered: boolean, model: GraphModel): Look {
  const base = discovered ? 'discovered' : '';
  const classes = model.nodeIds.has(id) ? base + emphasis(id, model.highlightedNodeIds, model.selectedNodeId) : `${base} hidden`;
  return { classes, key: classes };
}

function edgeLook(id: string, model: GraphModel): Look {
  const w = model.edges.get(id);
  if (!w) return { classes: 'hidden', key: 'hidden' };
  const classes = (w.contact ? 'contact' : '') + emphasis(id, model.highlightedEdgeKeys, model.selectedEdgeKey);
  return { classes, key: `${classes}|${w.weight}`, weight: w.weight };
}

/** Gives element definitions the model's look before the graph is created: restyling thousands of elements
 *  right after creating them would style them twice. */
export function withModelLooks(elements: ElementDefinition[], model: GraphModel, looks: AppliedLooks): void {
  for (const e of elements) {
    const id = e.data.id!;
    const look = e.group === 'nodes' ? nodeLook(id, !!e.data.discovered, model) : edgeLook(id, model);
    e.classes = look.classes;
    if (look.weight !== undefined) Object.assign(e.data, { weight: look.weight, width: edgeWidth(look.weight) });
    looks.set(id, look.key);
  }
}

export function applyGraphModel(cy: cytoscape.Core, model: GraphModel, looks: AppliedLooks): number {
  let touched = 0;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const id = n.id();
      const look = nodeLook(id, !!n.data('discovered'), model);
      if (looks.get(id) === look.key) return;
      n.classes(look.classes);
      looks.set(id, look.key);
      touched++;
    });
    cy.edges().forEach((e) => {
      const id = e.id();
      const look = edgeLook(id, model);
      if (looks.get(id) === look.key) return;
      e.classes(look.classes);
      if (look.weight !== undefined && e.data('weight') !== look.weight) e.data({ weight: look.weight, width: edgeWidth(look.weight) });
      looks.set(id, look.key);
      touched++;
    });
  });
  return touched;
}
