// Apply a GraphModel to a live cytoscape graph incrementally: only elements whose look changed are touched. Edges
// the model does not draw are left out of the graph, not hidden: on a dense graph thousands of hidden edges would
// still be styled and walked through on every change.
import type cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { GraphModel } from '../../store/select-graph';
import { edgeWidth } from './to-graph-elements';
import { VEIL_ID } from './graph-veil';

/** Last applied look per element id, so an update costs a string compare for unchanged elements. */
export type AppliedLooks = Map<string, string>;

interface Look {
  classes: string;
  /** What identifies the look (classes, and an edge's weight in the window). */
  key: string;
  /** An edge's weight counted in the window. */
  weight?: number;
}

/** The rest is dimmed by the veil (graph-veil.ts), not by a class of its own. */
function emphasis(id: string, highlighted: Set<string> | null, selected: string | null): string {
  if (selected === id) return ' selected hl';
  return highlighted?.has(id) ? ' hl' : '';
}

function nodeLook(id: string, discovered: boolean, model: GraphModel): Look {
  const base = discovered ? 'discovered' : '';
  const classes = model.nodeIds.has(id) ? base + emphasis(id, model.highlightedNodeIds, model.selectedNodeId) : `${base} hidden`;
  return { classes, key: classes };
}

function edgeLook(id: string, model: GraphModel): Look {
  const w = model.edges.get(id)!;
  const classes = (w.contact ? 'contact' : '') + emphasis(id, model.highlightedEdgeKeys, model.selectedEdgeKey);
  return { classes, key: `${classes}|${w.weight}`, weight: w.weight };
}

/**
 * The element definitions to create the graph with: every node and the edges the model draws, each with the
 * model's look (restyling thousands of elements right after creating them would style them twice).
 */
export function withModelLooks(elements: ElementDefinition[], model: GraphModel | null, looks: AppliedLooks): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const e of elements) {
    const id = e.data.id!;
    if (e.group === 'edges' && model && !model.edges.has(id)) continue;
    if (model) {
      const look = e.group === 'nodes' ? nodeLook(id, !!e.data.discovered, model) : edgeLook(id, model);
      e.classes = look.classes;
      if (look.weight !== undefined) Object.assign(e.data, { weight: look.weight, width: edgeWidth(look.weight) });
      looks.set(id, look.key);
    }
    out.push(e);
  }
  return out;
}

/** Brings the graph to the model: `edgeDefinitions` holds every edge the model may draw, by id. */
export function applyGraphModel(cy: cytoscape.Core, model: GraphModel, looks: AppliedLooks, edgeDefinitions: Map<string, ElementDefinition>): number {
  let touched = 0;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const id = n.id();
      if (id === VEIL_ID) return;
      const look = nodeLook(id, !!n.data('discovered'), model);
      if (looks.get(id) === look.key) return;
      n.classes(look.classes);
      looks.set(id, look.key);
      touched++;
    });
    const gone = cy.edges().filter((e) => !model.edges.has(e.id()));
    gone.forEach((e) => void looks.delete(e.id()));
    touched += gone.length;
    cy.remove(gone);
    const added: ElementDefinition[] = [];
    for (const id of model.edges.keys()) {
      const e = cy.getElementById(id);
      const look = edgeLook(id, model);
      if (e.empty()) {
        const definition = edgeDefinitions.get(id);
        if (!definition) continue;
        added.push({ ...definition, classes: look.classes, data: { ...definition.data, weight: look.weight, width: edgeWidth(look.weight!) } });
      } else if (looks.get(id) !== look.key) {
        e.classes(look.classes);
        if (e.data('weight') !== look.weight) e.data({ weight: look.weight, width: edgeWidth(look.weight!) });
      } else continue;
      looks.set(id, look.key);
      touched++;
    }
    if (added.length) cy.add(added);
  });
  return touched;
}
