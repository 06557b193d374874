// The cytoscape engine: created once per dataset with precomputed positions, then updated incrementally
// from the store (window, filters, focus, selection); taps send intents to the store.
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import cytoscape from 'cytoscape';
import { useAppStore } from '../../store/app-store';
import type { DatasetIndex } from '../../store/dataset-index';
import { selectGraphModel, type GraphModel } from '../../store/select-graph';
import { exposeForTests, markPhase } from '../shared/test-hooks';
import { afterPaintQueue, afterRead } from '../shared/after-paint';
import { selectAnswersLater, selectPassagesReading } from '../../store/select-source';
import { actorShortName } from '../shared/format';
import { applyGraphModel, withModelLooks, type AppliedLooks } from './apply-graph-model';
import { layoutOf } from './layout-client';
import type { Positions } from './compute-layout';
import { graphStyle, PRESENTATION_LABEL_SCALE } from './graph-style';
import { useBriefingStore, type ComparisonTies } from '../../briefing/briefing-store';
import { clearGraphInstance, setGraphInstance } from './graph-instance';
import { toGraphElements } from './to-graph-elements';
import { actorNodes, addVeil } from './graph-veil';
import { labelsWithoutOverlap, type LabelBox } from './label-declutter';
import { stretchFor } from './stretch-layout';

/** Node labels are never drawn smaller than this on screen (px), whatever the zoom: a projector at the back of a
 *  room. Labels that would then collide are left out (shown on hover), not shrunk. */
export const LABEL_FLOOR_PX = 12;
const LABEL_BASE_PX = 18;
/** Beyond this growth a label would dwarf its node; below the floor's zoom the declutter thins them instead. */
const MAX_LABEL_GROWTH = 3;

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
  // Usually stored in the dataset, or for a large one already under way in the layout worker the dataset loader
  // started; otherwise started while rendering (it is cached and has no other effect), so a worker lays the graph
  // out while the timeline builds itself in its own effect. A small graph is laid out here, its code loaded then.
  const layout = useMemo(() => layoutOf(index), [index]);
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
    const definitions = toGraphElements(index, store.getState().nameLanguage);
    // Copies: cytoscape moves the objects it is given, and these belong to the dataset (stretch-layout.ts moves nodes).
    for (const e of definitions) if (e.group === 'nodes') e.position = { ...positions[e.data.id!] };
    // Every edge's definition, for the edges a later model draws (the graph holds only the drawn ones).
    const edgeDefinitions = new Map(definitions.filter((e) => e.group === 'edges').map((e) => [e.data.id!, e]));
    const looks: AppliedLooks = new Map();
    const firstModel = selectGraphModel(store.getState());
    const elements = withModelLooks(definitions, firstModel, looks);
    const dense = index.edgeByKey.size > 1500;
    // A dense graph follows a new selection one frame later, so that React's part of it (the passages of a click)
    // is painted first; where the answers come later, once the source has read those passages too (its redraw would
    // hold back their answer); a small graph updates at once. A window or filter change has nothing more urgent to
    // paint: the graph applies it at once and is drawn in the same frame as the timeline.
    const afterPaint = afterPaintQueue();
    const onceRead = selectAnswersLater(store.getState()) ? afterRead(afterPaint, () => selectPassagesReading(store.getState())) : null;
    const later = (key: string, work: () => void) => (onceRead ? onceRead(key, work) : dense ? afterPaint.schedule(key, work) : work());
    let lastSelection = store.getState().selection;
    const onModel = (model: GraphModel | null) => {
      const { selection } = store.getState();
      const selected = selection !== lastSelection;
      lastSelection = selection;
      // A job still waiting applies the model of its time: the current one, which may be newer than its own.
      if (selected) later('model', () => apply(selectGraphModel(store.getState())));
      else apply(model);
    };
    const cy = cytoscape({
      container: el,
      elements,
      style: graphStyle(dense, useBriefingStore.getState().presenting),
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
    markPhase('graph-created');
    cy.one('render', () => markPhase('graph-drawn'));

    // Zoomed out to fit, labels grow so that they stay LABEL_FLOOR_PX tall on screen; then the ones that would
    // overlap are left out, the least important first.
    let labelScale = 1;
    let labelFrame = 0;
    const mentions = (id: string) => index.actorById.get(id)?.mentionCount ?? 0;
    const declutter = () => {
      const boxes: LabelBox[] = [];
      actorNodes(cy).forEach((n) => {
        if (n.hasClass('hidden')) return;
        const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        if (!(b.w > 0)) return;
        const priority = n.hasClass('selected') ? 1e9 : (n.hasClass('hl') ? 1e6 : 0) + mentions(n.id());
        boxes.push({ id: n.id(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, priority });
      });
      const kept = labelsWithoutOverlap(boxes);
      cy.batch(() => actorNodes(cy).forEach((n) => void n.toggleClass('label-off', !kept.has(n.id()))));
    };
    const scaleLabels = () => {
      // Done now: a frame still asked for would only do it again (the first picture's fit did it three times).
      cancelAnimationFrame(labelFrame);
      labelFrame = 0;
      if (cy.destroyed()) return;
      const boost = useBriefingStore.getState().presenting ? PRESENTATION_LABEL_SCALE : 1;
      const growth = Math.min(MAX_LABEL_GROWTH, Math.max(1, LABEL_FLOOR_PX / (LABEL_BASE_PX * boost * cy.zoom())));
      const next = boost * (Math.ceil(growth * 20) / 20);
      if (next !== labelScale) {
        labelScale = next;
        // Set on the nodes alone: updating the stylesheet would restyle every edge too.
        actorNodes(cy).style({ 'font-size': LABEL_BASE_PX * next, 'text-outline-width': 3 * next, 'text-margin-y': 5 * next });
      }
      declutter();
    };
    const labelsLater = () => {
      if (!labelFrame) labelFrame = requestAnimationFrame(scaleLabels);
    };
    cy.on('zoom', labelsLater);
    // The style reads the theme's colours from <html data-theme> (sync-document switches it first).
    const restyle = () => {
      cy.style().fromJson(graphStyle(dense, useBriefingStore.getState().presenting)).update();
      labelScale = 0;
      scaleLabels();
    };
    setGraphInstance(cy);

    const veil = addVeil(cy);
    // The layout as stored, and how much it is widened now to the pane's shape (stretch-layout.ts).
    const laidOut = new Map(actorNodes(cy).map((n) => [n.id(), { ...n.position() }]));
    const layoutBox = actorNodes(cy).boundingBox({ includeLabels: false });
    let stretch = 1;
    const stretchToPane = () => {
      const next = stretchFor(layoutBox, { w: cy.width(), h: cy.height() });
      if (next === stretch) return;
      stretch = next;
      const centre = layoutBox.x1 + layoutBox.w / 2;
      cy.batch(() => actorNodes(cy).forEach((n) => {
        const p = laidOut.get(n.id())!;
        n.position({ x: centre + (p.x - centre) * stretch, y: p.y });
      }));
      veil.refit();
    };

    let userMoved = false;
    let fitting = false;
    // Presentation mode glides to the selection's neighbourhood (or to everything shown) instead of jumping.
    const glide = (shown: cytoscape.Collection) => {
      const focus = shown.filter('.selected, .hl');
      const bb = (focus.length ? focus : shown).boundingBox({});
      const pad = 60;
      const zoom = Math.min(1.6, (cy.width() - 2 * pad) / Math.max(bb.w, 1), (cy.height() - 2 * pad) / Math.max(bb.h, 1));
      const pan = { x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2), y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2) };
      cy.stop(true);
      fitting = true;
      cy.animate(
        { zoom, pan },
        {
          duration: 600,
          easing: 'ease-in-out-cubic',
          complete: () => {
            fitting = false;
            scaleLabels();
          },
        },
      );
    };
    const fit = () => {
      // The nodes bound the picture (edges run between them), and measuring them is far cheaper than measuring
      // every edge too.
      const shown = actorNodes(cy).not('.hidden');
      if (!shown.length) return;
      stretchToPane();
      if (useBriefingStore.getState().presenting) return glide(shown);
      cy.stop(true); // a glide still running from presentation mode would carry on over this fit
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
      // One batch with the model's (nested batches join the outer one): a single restyle and redraw.
      cy.batch(() => {
        applyGraphModel(cy, model, looks, edgeDefinitions);
        veil.show(model.highlightedNodeIds !== null);
      });
      labelsLater(); // the selection's labels go first
      if (model.nodeIds !== lastNodes) {
        const changed = !lastNodes || lastNodes.size !== model.nodeIds.size || [...model.nodeIds].some((id) => !lastNodes!.has(id));
        lastNodes = model.nodeIds;
        if (changed && !userMoved) fit();
        veil.refit();
      }
    };
    apply(firstModel); // fits the first picture, its labels scaled (or in the next frame, when nothing is shown)

    cy.on('tap', 'node', (e) => store.getState().selectActor(e.target.id()));
    cy.on('tap', 'edge', (e) => store.getState().selectEdge(e.target.data('source'), e.target.data('target')));
    cy.on('tap', (e) => {
      if (e.target === cy) store.getState().clearSelection();
    });
    cy.on('mouseover', 'node, edge', (e) => {
      el.style.cursor = 'pointer';
      if (e.target.isNode()) {
        e.target.addClass('label-on');
        const p = e.target.renderedPosition();
        hover.current({ id: e.target.id(), x: p.x, y: p.y - e.target.renderedHeight() / 2 });
      }
    });
    cy.on('mouseout', 'node, edge', (e) => {
      el.style.cursor = '';
      e.target.removeClass('label-on');
      hover.current(null);
    });
    cy.on('viewport', () => {
      if (!fitting) userMoved = true;
      hover.current(null);
      veil.follow();
    });

    // A period comparison colours the ties by how they changed (edge data `cmp`, read by the style), from the changes
    // the briefing store holds: only the graph's own edges can be coloured; the compare panel lists every change.
    const showComparison = (ties: ComparisonTies | undefined) => {
      const kinds = new Map(ties?.status === 'done' ? ties.changes.map((c) => [c.key, c.kind]) : []);
      // On the definitions too, so that an edge drawn later comes with its colour.
      for (const [id, definition] of edgeDefinitions) definition.data.cmp = kinds.get(id);
      cy.batch(() => cy.edges().forEach((e) => void (kinds.has(e.id()) ? e.data('cmp', kinds.get(e.id())) : e.removeData('cmp'))));
    };
    showComparison(useBriefingStore.getState().comparison?.ties);

    const unsubs = [
      store.subscribe(selectGraphModel, onModel),
      store.subscribe(
        (s) => s.focusDepth,
        () =>
          later('fit', () => {
            userMoved = false;
            fit();
          }),
      ),
      store.subscribe(
        (s) => s.nameLanguage,
        (lang) =>
          cy.batch(() => actorNodes(cy).forEach((n) => void n.data('label', actorShortName(index.actorById.get(n.id())!, lang)))),
      ),
      useBriefingStore.subscribe(
        (b) => b.presenting,
        (presenting) => {
          cy.style().fromJson(graphStyle(dense, presenting)).update();
          labelScale = 0;
          userMoved = false;
          fit();
        },
      ),
      useBriefingStore.subscribe((b) => b.comparison?.ties, showComparison),
      store.subscribe((s) => s.theme, restyle),
      store.subscribe(
        (s) => s.selection,
        () => {
          if (!useBriefingStore.getState().presenting) return;
          later('fit', () => {
            userMoved = false;
            fit();
          });
        },
      ),
    ];
    const resize = new ResizeObserver(() => {
      cy.resize();
      if (!userMoved) fit();
    });
    resize.observe(el);
    // Canvas text does not trigger web-font loading: load the label fonts (unless the page has already), then
    // redraw the labels.
    const labelFonts: [string, string][] = [
      ['600 15px "Noto Sans Arabic"', 'بوتين'],
      ['600 15px "Noto Sans"', 'Putin'],
    ];
    if (document.fonts?.load && !labelFonts.every(([font, text]) => document.fonts.check(font, text))) {
      Promise.all(labelFonts.map(([font, text]) => document.fonts.load(font, text)))
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
      afterPaint.cancel();
      cancelAnimationFrame(labelFrame);
      resize.disconnect();
      api.current = null;
      clearGraphInstance(cy);
      cy.destroy();
    };
  }
}
