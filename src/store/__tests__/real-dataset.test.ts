// Store and selectors on the real dataset (public/data/dataset.json, built by `npm run build:data` from the five
// articles in public/data/corpus). The values were read from that dataset; if the pipeline changes what it finds,
// re-read them.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../app-store';
import { selectGraphModel } from '../select-graph';
import { selectPassageListing } from '../select-passages';
import { selectSummary } from '../select-summary';
import { selectHighlightedEventIds, selectTimelineFilter } from '../select-timeline';
import { dayEnd, dayStart } from '../time';
import { loadRealDataset } from '../../test/fixtures';
import type { Dataset } from '../../schema/dataset';
import { search } from '../search/search-index';

let dataset: Dataset;
const s = () => useAppStore.getState();
const SPUTNIK = '003_642b06d6276772ac'; // Sputnik Arabic, 10 Mar 2026
const BAATH = '002_1b7f967809f53ab6'; // Al-Baath / SANA, 15 Jan 2024

beforeAll(() => {
  dataset = loadRealDataset();
});
beforeEach(() => {
  s().reset();
  s().loadSucceeded(dataset);
});

describe('real dataset', () => {
  it('is summarised in the header', () => {
    expect(selectSummary(s())).toMatchObject({ articles: 5, actors: 16, from: '2024-01-15', to: '2026-03-10' });
  });

  it('selecting Lavrov lists exactly his passages: Sputnik (2026) first, then Al-Baath (2024)', () => {
    s().selectActor('lavrov');
    const l = selectPassageListing(s())!;
    expect(l.groups.map((g) => g.document.id)).toEqual([SPUTNIK, BAATH]);
    const listed = l.groups.flatMap((g) => g.passages);
    // exactly the passages with a Lavrov mention: no more, no fewer
    const expected = new Set(dataset.mentions.filter((m) => m.actorId === 'lavrov').map((m) => m.passageId));
    expect(new Set(listed.map((p) => p.id))).toEqual(expected);
    expect(listed).toHaveLength(7);
    expect(l.groups.map((g) => g.passages.length)).toEqual([6, 1]);
    // in reading order within each article
    for (const g of l.groups) expect(g.passages.map((p) => p.start)).toEqual([...g.passages.map((p) => p.start)].sort((a, b) => a - b));
    // the mention highlighted in each is one of his names
    const index = s().index!;
    const surfaces = listed.flatMap((p) =>
      (index.mentionsByPassage.get(p.id) ?? []).filter((m) => m.actorId === 'lavrov').map((m) => p.text.slice(m.start, m.end)),
    );
    expect(new Set(surfaces)).toEqual(new Set(['سيرغي لافروف', 'لافروف']));
    expect(listed.some((p) => p.text.includes('أجرى وزير الخارجية الروسي سيرغي لافروف اتصالا هاتفيا مع وزير الخارجية الإيراني عباس عراقجي'))).toBe(true);
    expect(listed.some((p) => p.text.includes('وزير الخارجية الروسي سيرغي لافروف، ونظيره الإيراني حسين أمير عبد اللهيان'))).toBe(true);
  });

  it('a window of March 2026 leaves only the actors active then, with weights for that month', () => {
    s().setTimeWindow({ start: dayStart('2026-03-01'), end: dayEnd('2026-03-31') });
    const g = selectGraphModel(s())!;
    expect([...g.nodeIds].sort()).toEqual(['araghchi', 'borisenko', 'khamenei', 'lavrov', 'netanyahu', 'pezeshkian', 'putin']);
    // the 2024 people are gone
    for (const id of ['shoigu', 'ashtiani', 'amir-abdollahian', 'biden', 'harris', 'gallant', 'nasrallah', 'haniyeh', 'iravani'])
      expect(g.nodeIds.has(id)).toBe(false);
    expect(g.edges.get('pezeshkian|putin')).toEqual({ weight: 5, contact: true });
    expect(g.edges.get('araghchi|lavrov')).toEqual({ weight: 2, contact: true });
    s().setWindowFilter(false);
    expect(selectGraphModel(s())!.edges.get('pezeshkian|putin')).toEqual({ weight: 13, contact: true });
  });

  it('a window of October 2024 gives the Ashgabat meeting’s world', () => {
    s().setTimeWindow({ start: dayStart('2024-10-01'), end: dayEnd('2024-10-31') });
    expect([...selectGraphModel(s())!.nodeIds].sort()).toEqual([
      'araghchi', 'biden', 'gallant', 'haniyeh', 'harris', 'iravani', 'nasrallah', 'netanyahu', 'pezeshkian', 'putin',
    ]);
  });

  it('the Lavrov–Araghchi edge narrows the timeline to their phone call of 10 March 2026', () => {
    s().selectEdge('lavrov', 'araghchi');
    const index = s().index!;
    const shown = [...selectTimelineFilter(s())!.eventIds].map((id) => index.eventById.get(id)!);
    expect(shown.map((e) => [e.type, e.date?.start])).toEqual([['phone_call', '2026-03-10']]);
    expect([...selectHighlightedEventIds(s())!]).toEqual(shown.map((e) => e.id));
  });

  it('search finds Pezeshkian under his other spelling', () => {
    expect(search(s().index!, 'بيزشكيان').actors[0].id).toBe('pezeshkian');
    expect(search(s().index!, 'Lavrov').actors[0].id).toBe('lavrov');
  });
});
