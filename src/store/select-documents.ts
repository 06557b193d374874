// The sources view: every article with its outlet, publication date, how that date is known, and counts.
import type { DatasetDocument } from '../schema/dataset';
import type { DatasetIndex } from './dataset-index';
import { memoLast } from './memo';
import { compareDocumentsNewestFirst } from './select-passages';

export interface DocumentRow {
  document: DatasetDocument;
  passages: number;
  mentions: number;
  actors: number;
  events: number;
}

export const selectDocumentRows = memoLast((index: DatasetIndex | null): DocumentRow[] => {
  if (!index) return [];
  const events = new Map<string, number>();
  for (const e of index.dataset.events) for (const d of new Set(e.documentIds)) events.set(d, (events.get(d) ?? 0) + 1);
  return [...index.dataset.documents].sort(compareDocumentsNewestFirst).map((document) => {
    const pids = index.passageIdsByDocument.get(document.id) ?? [];
    const actors = new Set<string>();
    let mentions = 0;
    for (const p of pids) {
      const ms = index.mentionsByPassage.get(p) ?? [];
      mentions += ms.length;
      for (const m of ms) actors.add(m.actorId);
    }
    return { document, passages: pids.length, mentions, actors: actors.size, events: events.get(document.id) ?? 0 };
  });
});

/** Every mention in a document, with offsets into the document's text. */
export function documentMentions(index: DatasetIndex, documentId: string) {
  const out: { actorId: string; start: number; end: number; via: string; passageId: string }[] = [];
  for (const pid of index.passageIdsByDocument.get(documentId) ?? []) {
    const p = index.passageById.get(pid)!;
    for (const m of index.mentionsByPassage.get(pid) ?? [])
      out.push({ actorId: m.actorId, start: p.start + m.start, end: p.start + m.end, via: m.via, passageId: pid });
  }
  return out.sort((a, b) => a.start - b.start);
}
