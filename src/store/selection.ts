// What the user has selected: one actor, one pair of actors (an edge) or one event.
export type Selection =
  | { kind: 'actor'; id: string }
  | { kind: 'edge'; source: string; target: string }
  | { kind: 'event'; id: string };

export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'edge' && b.kind === 'edge')
    return (a.source === b.source && a.target === b.target) || (a.source === b.target && a.target === b.source);
  return (a as { id: string }).id === (b as { id: string }).id;
}
