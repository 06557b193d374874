// An actor's card: mentions over time (by the month its articles were published).
import type { DatasetIndex } from './dataset-index';

export interface MonthCount {
  month: string; // YYYY-MM
  count: number;
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** Mentions per month over the span of the actor's dated mentions; undated = mentions in undated articles. */
export function actorMentionsByMonth(index: DatasetIndex, actorId: string): { months: MonthCount[]; undated: number } {
  const counts = new Map<string, number>();
  let undated = 0;
  for (const pid of index.passageIdsByActor.get(actorId) ?? []) {
    const n = (index.mentionsByPassage.get(pid) ?? []).filter((m) => m.actorId === actorId).length;
    const published = index.documentById.get(index.passageById.get(pid)!.documentId)?.published;
    if (!published) undated += n;
    else counts.set(published.slice(0, 7), (counts.get(published.slice(0, 7)) ?? 0) + n);
  }
  const keys = [...counts.keys()].sort();
  if (!keys.length) return { months: [], undated };
  return { months: monthsBetween(keys[0], keys[keys.length - 1]).map((month) => ({ month, count: counts.get(month) ?? 0 })), undated };
}
