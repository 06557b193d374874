// The analyst's corrections in the store: requests from the views become corrections (id, time, author), and the
// dataset shown is always the extraction with every correction applied (applyCorrections, the pipeline's last
// stage). Selections follow an actor or event that a correction merged into another.
import type { Correction } from '../schema/corrections';
import type { Dataset } from '../schema/dataset';
import type { Selection } from './selection';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a view asks for: a correction without its id, time and author (the store adds them). */
export type CorrectionRequest = DistributiveOmit<Correction, 'id' | 'at' | 'author'>;

/** What an edit dialog is open on. */
export type EditTarget =
  | { kind: 'actor'; id: string }
  | { kind: 'event'; id: string }
  /** A new event reported by these passages (the analyst selected them). */
  | { kind: 'newEvent'; passageIds: string[] };

let counter = 0;

export function newCorrection(request: CorrectionRequest, author: string, now = new Date()): Correction {
  counter = (counter + 1) % 1296;
  const id = `c-${now.getTime().toString(36)}-${counter.toString(36).padStart(2, '0')}${Math.floor(Math.random() * 1296).toString(36).padStart(2, '0')}`;
  const name = author.trim();
  return { ...request, id, at: now.toISOString(), ...(name ? { author: name } : {}) } as Correction;
}

/** The id an actor or event lives on as after the dataset's merges (itself when not merged away). */
export function followRedirect(dataset: Dataset, kind: 'actors' | 'events', id: string): string {
  const redirects = dataset.corrections?.redirects[kind];
  let at = id;
  for (let hops = 0; redirects?.[at] !== undefined && hops < 100; hops++) at = redirects[at];
  return at;
}

/** A selection in the corrected dataset: merged ids followed, null when what it names is gone. */
export function followSelection(selection: Selection | null, dataset: Dataset, has: { actor: (id: string) => boolean; event: (id: string) => boolean }): Selection | null {
  if (!selection) return null;
  if (selection.kind === 'actor') {
    const id = followRedirect(dataset, 'actors', selection.id);
    return has.actor(id) ? { kind: 'actor', id } : null;
  }
  if (selection.kind === 'edge') {
    const source = followRedirect(dataset, 'actors', selection.source);
    const target = followRedirect(dataset, 'actors', selection.target);
    return source !== target && has.actor(source) && has.actor(target) ? { kind: 'edge', source, target } : null;
  }
  const id = followRedirect(dataset, 'events', selection.id);
  return has.event(id) ? { kind: 'event', id } : null;
}
