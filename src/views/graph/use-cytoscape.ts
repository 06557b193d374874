// The cytoscape engine: created once per dataset with precomputed positions, then updated incrementally
// from the store (window, filters, focus, selection); taps send intents to the store.
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import cytoscape from 'cytoscape';
import { useAppStore } from '../../store/app-store';
import type { DatasetIndex } from '../../store/dataset-index';
import { selectGraphModel, type GraphModel } from '../../store/select-graph';
import { exposeForTests } from '../shared/test-hooks';
import { actorShortName } from '../shared/format';
import { applyGraphModel, type AppliedLooks } from './apply-graph-model';
import { layoutGraph } from './layout-client';
import type { Positions } from './compute-layout';
import { graphStyle } from './graph-style';
import { toGraphElements } from './to-graph-elements';

export interface GraphApi {
  fit: () => void;
  zoom: (factor: number) => void;
}

export interface HoverInfo {
  id: string;
  x: number;
  y: number;
}

export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  index: DatasetIndex,
  onHover: (h: HoverInfo | null) => void,
  onReady: (ready: boolean) => void,
): RefObject<GraphApi | null> {
  const api = useRef<GraphApi | null>(null);
  const hover = useRef(onHover);
  hover.current = onHover;
  const ready = useRef(onReady);
  ready.current = onReady;
  // Started while rendering (it is cached and has no other effect), so the worker lays the graph out while
  // the timeline builds itself in its own effect.
  // The layout is computed with the English labels whatever the language shown, so the picture never changes.
  const layout = useMemo(() => layoutGraph(toGraphElements(index, 'en')), [index]);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    ready.current(false);
    layout.then((positions) => {
      if (cancelled) return;
      stop = start(el, positions);
      ready.current(true);
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [container, index, layout]);
  return api;

  function start(el: HTMLDivElement, positions: Positions): () => void {
    const store = useAppStore;
    const elements = toGraphElements(index, store.getState().nameLanguage);
    for (const e of elements) if (e.group === 'nodes') e.position = positions[e.data.id!];
    const dense = index.edgeByKey.size > 1500;
    const cy = cytoscape({
      container: el,
      elements,
      style: graphStyle(dense),
      layout: { name: 'preset', fit: false },
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 2.5,
      pixelRatio: dense ? 1 : 'auto',
      hideEdgesOnViewport: dense,
      textureOnViewport: dense,
    });
    exposeForTests('__cy', cy);

    // Labels grow a little when the graph is zoomed out to fit, to stay readable on a projector; the layout
    // leaves room for labels at their base size, so the growth is kept small.
    let labelScale = 1;
    let labelFrame = 0;
    const scaleLabels = () => {
      labelFrame = 0;
      const next = Math.round(Math.min(1.5, Math.max(1, 1 / cy.zoom())) * 20) / 20;
      if (next === labelScale) return;
      labelScale = next;
      cy.style()
        .selector('node')
        .style({ 'font-size': 18 * next, 'text-outline-width': 3 * next, 'text-margin-y': 5 * next })
        .update();
    };
    cy.on('zoom', () => {
      if (!labelFrame) labelFrame = requestAnimationFrame(scaleLabels);
    });

    const looks: AppliedLooks = new Map();
    let userMoved = false;
    let fitting = false;
    const fit = () => {
      const shown = cy.elements().not('.hidden');
      if (!shown.length) return;
      fitting = true;
      cy.fit(shown, 40);
      if (cy.zoom() > 1.6) {
        cy.zoom(1.6);
        cy.center(shown);
      }
      fitting = false;
      scaleLabels();
    };
    let lastNodes: Set<string> | null = null;
    const apply = (model: GraphModel | null) => {
      if (!model) return;
      applyGraphModel(cy, model, looks);
      if (model.nodeIds !== lastNodes) {
        const changed = !lastNodes || lastNodes.size !== model.nodeIds.size || [...model.nodeIds].some((id) => !lastNodes!.has(id));
        lastNodes = model.nodeIds;
        if (changed && !userMoved) fit();
      }
    };
    apply(selectGraphModel(store.getState()));
    fit();
    scaleLabels();

    cy.on('tap', 'node', (e) => store.getState().selectActor(e.target.id()));
    cy.on('tap', 'edge', (e) => store.getState().selectEdge(e.target.data('source'), e.target.data('target')));
    cy.on('tap', (e) => {
      if (e.target === cy) store.getState().clearSelection();
    });
    cy.on('mouseover', 'node, edge', (e) => {
      el.style.cursor = 'pointer';
      if (e.target.isNode()) {
        const p = e.target.renderedPosition();
        hover.current({ id: e.target.id(), x: p.x, y: p.y - e.target.renderedHeight() / 2 });
      }
    });
    cy.on('mouseout', 'node, edge', () => {
      el.style.cursor = '';
      hover.current(null);
    });
    cy.on('viewport', () => {
      if (!fitting) userMoved = true;
      hover.current(null);
    });

    const unsubs = [
      store.subscribe(selectGraphModel, apply),
      store.subscribe(
        (s) => s.focusDepth,
        () => {
          userMoved = false;
          fit();
        },
      ),
      store.subscribe(
        (s) => s.nameLanguage,
        (lang) =>
          cy.batch(() => cy.nodes().forEach((n) => void n.data('label', actorShortName(index.actorById.get(n.id())!, lang)))),
      ),
    ];
    const resize = new ResizeObserver(() => {
      cy.resize();
      if (!userMoved) fit();
    });
    resize.observe(el);
    // Canvas text does not trigger web-font loading: load the label fonts, then redraw.
    if (document.fonts?.load) {
      Promise.all([
        document.fonts.load('600 15px "Noto Sans Arabic"', 'بوتين'),
        document.fonts.load('600 15px "Noto Sans"', 'Putin'),
      ])
        .then(() => !cy.destroyed() && cy.style().update())
        .catch(() => undefined);
    }
    api.current = {
      fit: () => {
        userMoved = false;
        fit();
      },
      zoom: (factor) => {
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
    };
    return () => {
      unsubs.forEach((u) => u());
      cancelAnimationFrame(labelFrame);
      resize.disconnect();
      api.current = null;
      cy.destroy();
    };
  }
}
