// Dataset actors and edges → cytoscape element definitions. Pure (unit-tested), sorted for a stable layout.
import type { ElementDefinition } from 'cytoscape';
import type { DatasetIndex } from '../../store/dataset-index';
import type { NameLanguage } from '../../store/initial-state';
import { actorShortName } from '../shared/format';
import { countryStyle } from '../shared/palette';
import { nodeSize } from './layout-elements';

export function edgeWidth(weight: number): number {
  return Math.min(14, 1.5 + 1.8 * Math.sqrt(weight));
}

export function toGraphElements(index: DatasetIndex, lang: NameLanguage): ElementDefinition[] {
  const actors = [...index.dataset.actors].sort((a, b) => (a.id < b.id ? -1 : 1));
  const nodes: ElementDefinition[] = actors.map((a) => ({
    group: 'nodes',
    data: {
      id: a.id,
      label: actorShortName(a, lang),
      color: countryStyle(a.country).color,
      size: nodeSize(a.mentionCount),
      country: a.country ?? '',
      discovered: a.discovered,
    },
    classes: a.discovered ? 'discovered' : '',
  }));
  const edges: ElementDefinition[] = [...index.edgeByKey]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, e]) => ({
      group: 'edges',
      data: { id: key, source: e.source, target: e.target, weight: e.weight, width: edgeWidth(e.weight) },
      classes: e.contact ? 'contact' : '',
    }));
  return [...nodes, ...edges];
}
