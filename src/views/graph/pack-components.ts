// Disconnected groups of actors are packed in rows to fill a wide pane (fcose alone leaves them scattered
// in a tall cloud). Pure and deterministic: same input, same picture.
import type { Positions } from './compute-layout';

export interface Box {
  w: number;
  h: number;
}

interface Component {
  ids: string[];
  minX: number;
  minY: number;
  w: number;
  h: number;
}

function components(ids: string[], edges: [string, string][]): string[][] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const [a, b] of edges) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const r = find(id);
    const g = groups.get(r);
    if (g) g.push(id);
    else groups.set(r, [id]);
  }
  return [...groups.values()];
}

/** Turns a group so that its longer spread lies horizontally (wide panes, wide labels). */
function alongWidth(positions: Positions, ids: string[]): Positions {
  if (ids.length < 2) return positions;
  let mx = 0;
  let my = 0;
  for (const id of ids) {
    mx += positions[id].x;
    my += positions[id].y;
  }
  mx /= ids.length;
  my /= ids.length;
  let cxx = 0;
  let cyy = 0;
  let cxy = 0;
  for (const id of ids) {
    const dx = positions[id].x - mx;
    const dy = positions[id].y - my;
    cxx += dx * dx;
    cyy += dy * dy;
    cxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * cxy, cxx - cyy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const out: Positions = { ...positions };
  for (const id of ids) {
    const dx = positions[id].x - mx;
    const dy = positions[id].y - my;
    out[id] = { x: mx + dx * cos - dy * sin, y: my + dx * sin + dy * cos };
  }
  return out;
}

export function packComponents(
  positions: Positions,
  boxes: Record<string, Box>,
  edges: [string, string][],
  aspect = 1.8,
  gap = 30,
): Positions {
  const ids = Object.keys(positions).sort();
  const groups = components(ids, edges);
  for (const g of groups) positions = alongWidth(positions, g);
  const comps: Component[] = groups.map((group) => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const id of group) {
      const p = positions[id];
      const b = boxes[id] ?? { w: 30, h: 30 };
      minX = Math.min(minX, p.x - b.w / 2);
      maxX = Math.max(maxX, p.x + b.w / 2);
      minY = Math.min(minY, p.y - b.h / 2);
      maxY = Math.max(maxY, p.y + b.h / 2);
    }
    return { ids: group.sort(), minX, minY, w: maxX - minX, h: maxY - minY };
  });
  comps.sort((a, b) => b.ids.length - a.ids.length || b.w * b.h - a.w * a.h || (a.ids[0] < b.ids[0] ? -1 : 1));
  const area = comps.reduce((s, c) => s + (c.w + gap) * (c.h + gap), 0);
  const rowWidth = Math.max(Math.max(...comps.map((c) => c.w)), Math.sqrt(area * aspect));
  const out: Positions = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const c of comps) {
    if (x > 0 && x + c.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    for (const id of c.ids) out[id] = { x: positions[id].x - c.minX + x, y: positions[id].y - c.minY + y };
    x += c.w + gap;
    rowHeight = Math.max(rowHeight, c.h);
  }
  return out;
}
