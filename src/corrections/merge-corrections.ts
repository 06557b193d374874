// An imported corrections file joins the list, never replaces it: corrections it shares with the list (same id)
// are kept once, as they were; the new ones follow, in the file's order.
import type { Correction } from '../schema/corrections';

export function mergeCorrections(list: Correction[], imported: Correction[]): { merged: Correction[]; added: number } {
  const have = new Set(list.map((c) => c.id));
  const fresh = imported.filter((c) => !have.has(c.id));
  return { merged: fresh.length ? [...list, ...fresh] : list, added: fresh.length };
}
