import { beforeEach, describe, expect, it } from 'vitest';
import { useAppStore } from '../app-store';
import { selectGraphModel } from '../select-graph';
import { selectPassageListing } from '../select-passages';
import { selectHighlightedEventIds, selectTimelineFilter } from '../select-timeline';
import { selectWindowScope } from '../select-window';
import { selectSummary } from '../select-summary';
import { selectDocumentRows, documentMentions } from '../select-documents';
import { actorMentionsByMonth } from '../select-actor-profile';
import { dayStart, dayEnd } from '../time';
import { loadFixture } from '../../test/fixtures';

const s = () => useAppStore.getState();
const march2026 = { start: dayStart('2026-03-01'), end: dayEnd('2026-03-31') };

beforeEach(() => {
  s().reset();
  s().loadSucceeded(loadFixture());
});

describe('fixture: selection → passages', () => {
  it('selecting Lavrov lists exactly his passages, newest article first, undated last', () => {
    s().selectActor('lavrov');
    const l = selectPassageListing(s())!;
    expect(l.groups.map((g) => g.document.id)).toEqual(['doc-sputnik', 'doc-baath', 'doc-wire']);
    expect(l.groups.flatMap((g) => g.passages.map((p) => p.id))).toEqual(['p-sp-2', 'p-sp-3', 'p-baath-2', 'p-wire-1']);
    expect(l.focusActorIds).toEqual(['lavrov']);
    expect(l.hiddenByWindow).toBe(0);
  });

  it('an edge lists the passages where both appear and narrows the timeline to their shared events', () => {
    s().selectEdge('araghchi', 'lavrov');
    expect(selectPassageListing(s())!.groups.flatMap((g) => g.passages.map((p) => p.id))).toEqual(['p-sp-2', 'p-wire-1']);
    expect([...selectTimelineFilter(s())!.eventIds]).toEqual(['ev-lavrov-araghchi-call-2026', 'ev-lavrov-visit-planned']);
    expect(selectGraphModel(s())!.selectedEdgeKey).toBe('araghchi|lavrov');
  });

  it('an event highlights its participants and lists its passages', () => {
    s().selectEvent('ev-putin-pezeshkian-meeting');
    const g = selectGraphModel(s())!;
    expect([...g.highlightedNodeIds!].sort()).toEqual(['pezeshkian', 'putin']);
    expect([...g.highlightedEdgeKeys!]).toEqual(['pezeshkian|putin']);
    expect(selectPassageListing(s())!.groups.flatMap((x) => x.passages.map((p) => p.id))).toEqual(['p-ash-1']);
  });

  it('an actor highlights its events on the timeline and its neighbourhood on the graph', () => {
    s().selectActor('araghchi');
    expect([...selectHighlightedEventIds(s())!].sort()).toEqual([
      'ev-araghchi-interview',
      'ev-lavrov-araghchi-call-2026',
      'ev-lavrov-visit-planned',
    ]);
    expect([...selectGraphModel(s())!.highlightedNodeIds!].sort()).toEqual(['araghchi', 'lavrov']);
  });

  it('Escape (clearSelection) drops the selection and the reader', () => {
    s().selectActor('putin');
    s().openDocument('doc-sputnik', 'p-sp-1');
    s().clearSelection();
    expect(s().selection).toBeNull();
    expect(s().reader).toBeNull();
    expect(selectGraphModel(s())!.highlightedNodeIds).toBeNull();
  });
});

describe('fixture: the time window', () => {
  it('March 2026 leaves only the actors active then, with weights recomputed', () => {
    s().setTimeWindow(march2026);
    const g = selectGraphModel(s())!;
    expect([...g.nodeIds].sort()).toEqual(['araghchi', 'borisenko', 'lavrov', 'pezeshkian', 'putin']);
    expect(Object.fromEntries(g.edges)).toEqual({
      'araghchi|lavrov': { weight: 1, contact: true },
      'pezeshkian|putin': { weight: 1, contact: true },
    });
  });

  it('the whole dataset gives the pipeline weights (Putin–Pezeshkian = 3 passages)', () => {
    expect(selectGraphModel(s())!.edges.get('pezeshkian|putin')).toEqual({ weight: 3, contact: true });
  });

  it('a month-precision event counts for its whole month; the panel says what the window hides', () => {
    s().setTimeWindow({ start: dayStart('2024-07-20'), end: dayEnd('2024-07-21') });
    expect([...selectWindowScope(s())!.eventIds!]).toEqual(['ev-haniyeh-killed']);
    s().selectActor('lavrov');
    const l = selectPassageListing(s())!;
    expect(l.total).toBe(0);
    expect(l.hiddenByWindow).toBe(4);
  });

  it('turning the filter off brings everything back', () => {
    s().setTimeWindow(march2026);
    s().setWindowFilter(false);
    expect(selectGraphModel(s())!.nodeIds.size).toBe(11);
  });

  it('an empty window leaves an empty graph', () => {
    s().setTimeWindow({ start: dayStart('2025-06-01'), end: dayEnd('2025-06-30') });
    // The 2025 treaty is year-precision, so it covers June 2025.
    expect([...selectGraphModel(s())!.nodeIds].sort()).toEqual(['pezeshkian', 'putin']);
    s().setTimeWindow({ start: dayStart('2023-01-01'), end: dayEnd('2023-01-31') });
    expect(selectGraphModel(s())!.nodeIds.size).toBe(0);
  });
});

describe('fixture: focus and filters', () => {
  it('focus by one degree keeps Lavrov and his neighbours only; two degrees reaches theirs', () => {
    s().selectActor('amir-abdollahian');
    s().setFocusDepth(1);
    expect([...selectGraphModel(s())!.nodeIds].sort()).toEqual(['amir-abdollahian', 'lavrov']);
    s().setFocusDepth(2);
    expect([...selectGraphModel(s())!.nodeIds].sort()).toEqual(['amir-abdollahian', 'araghchi', 'lavrov']);
  });

  it('hiding a country hides its actors and the events only they take part in', () => {
    s().toggleCountry('RU');
    expect(selectGraphModel(s())!.nodeIds.has('lavrov')).toBe(false);
    const f = selectTimelineFilter(s())!;
    expect(f.eventIds.has('ev-shoigu-ashtiani-call')).toBe(true); // Ashtiani is Iranian
    expect(f.eventIds.has('ev-iran-missiles')).toBe(true); // no participants: kept
    s().toggleCountry('IR');
    expect(selectTimelineFilter(s())!.eventIds.has('ev-shoigu-ashtiani-call')).toBe(false);
  });

  it('hiding an event type hides its events', () => {
    s().toggleEventType('phone_call');
    expect([...selectTimelineFilter(s())!.eventIds].some((id) => id.includes('call'))).toBe(false);
  });
});

describe('fixture: summary, sources, profile', () => {
  it('summarises the dataset', () => {
    expect(selectSummary(s())).toEqual({
      articles: 4, actors: 11, events: 11, undatedEvents: 1, passages: 13, from: '2024-01-15', to: '2026-03-10',
    });
  });

  it('lists sources newest first with their counts', () => {
    const rows = selectDocumentRows(s().index);
    expect(rows.map((r) => [r.document.id, r.passages, r.mentions, r.actors, r.events])).toEqual([
      ['doc-sputnik', 4, 6, 5, 2],
      ['doc-ashgabat', 4, 8, 6, 5],
      ['doc-baath', 3, 5, 4, 2],
      ['doc-wire', 2, 4, 4, 2],
    ]);
  });

  it('maps passage mentions to document offsets', () => {
    const doc = s().index!.documentById.get('doc-sputnik')!;
    for (const m of documentMentions(s().index!, 'doc-sputnik'))
      expect(doc.text.slice(m.start, m.end).length).toBe(m.end - m.start);
    const first = documentMentions(s().index!, 'doc-sputnik')[0];
    expect(doc.text.slice(first.start, first.end)).toBe('فلاديمير بوتين');
  });

  it('counts an actor’s mentions by month', () => {
    const p = actorMentionsByMonth(s().index!, 'putin');
    expect(p.undated).toBe(1);
    expect(p.months[0]).toEqual({ month: '2024-10', count: 2 });
    expect(p.months.at(-1)).toEqual({ month: '2026-03', count: 1 });
    expect(p.months).toHaveLength(18);
  });
});
