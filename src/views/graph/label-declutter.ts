// Which node labels to draw: every label that would overlap one drawn before it is left out, the most important
// first (the selection, then its neighbourhood, then the most mentioned). A hidden label shows on hover.
export interface LabelBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Higher goes first. */
  priority: number;
}

/** Labels closer than this (in the boxes' units) count as touching: two names must not read as one. */
const GAP = 2;

const overlap = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 + GAP && b.x1 < a.x2 + GAP && a.y1 < b.y2 + GAP && b.y1 < a.y2 + GAP;

/** The ids of the labels that can be drawn without overlapping. A spatial grid keeps it near-linear on 500 actors. */
export function labelsWithoutOverlap(boxes: LabelBox[]): Set<string> {
  const sorted = [...boxes].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  const cell = Math.max(1, ...sorted.map((b) => Math.max(b.x2 - b.x1, b.y2 - b.y1)));
  const grid = new Map<string, LabelBox[]>();
  const cells = (b: LabelBox) => {
    const keys: string[] = [];
    for (let x = Math.floor((b.x1 - GAP) / cell); x <= Math.floor((b.x2 + GAP) / cell); x++)
      for (let y = Math.floor((b.y1 - GAP) / cell); y <= Math.floor((b.y2 + GAP) / cell); y++) keys.push(`${x}:${y}`);
    return keys;
  };
  const kept = new Set<string>();
  for (const box of sorted) {
    const keys = cells(box);
    if (keys.some((k) => grid.get(k)?.some((other) => overlap(box, other)))) continue;
    kept.add(box.id);
    for (const k of keys) grid.set(k, [...(grid.get(k) ?? []), box]);
  }
  return kept;
}
