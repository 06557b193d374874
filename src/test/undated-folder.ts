// A dataset folder with more undated events than it holds at open, for the undated strip's tests: the real dataset
// (20 dated events, 2 undated: ev-0f11zlk, a killing of Khamenei's, and ev-1r1oig7, Putin's visit with Pezeshkian)
// and ten more undated ones, ev-undated-00 to -09: the even ones visits of Putin and Pezeshkian, the odd ones
// statements of Netanyahu (IL). The source orders the undated ones by id, these last; the folder holds the last three.
import { MemorySource } from '../dataset-source/memory-source';
import type { DatasetSource } from '../dataset-source/dataset-source';
import type { Dataset } from '../schema/dataset';
import { openFolderData, type FolderData } from '../store/folder-data';
import { loadRealDataset } from './fixtures';

export const EXTRA_UNDATED = 10;
export const HELD_AT_OPEN = 3;

export function withExtraUndated(): Dataset {
  const dataset = loadRealDataset();
  const visit = dataset.events.find((e) => e.id === 'ev-1r1oig7')!;
  const extra = Array.from({ length: EXTRA_UNDATED }, (_, i) => ({
    ...visit,
    id: `ev-undated-${String(i).padStart(2, '0')}`,
    title: { en: `Visit ${i}`, ar: `زيارة ${i}` },
    ...(i % 2 ? { type: 'statement' as const, participants: ['netanyahu'], title: { en: `Statement ${i}`, ar: `تصريح ${i}` } } : {}),
  }));
  return { ...dataset, events: [...dataset.events, ...extra] };
}

/** The folder of `dataset` as opened, answering through `source` (its MemorySource when not given), holding only
 *  its last HELD_AT_OPEN events. */
export async function openHoldingFew(dataset: Dataset, source: DatasetSource = new MemorySource(dataset)): Promise<FolderData> {
  const folder = await openFolderData(new MemorySource(dataset));
  return { ...folder, source, base: { ...folder.base, events: folder.base.events.slice(-HELD_AT_OPEN) } };
}
