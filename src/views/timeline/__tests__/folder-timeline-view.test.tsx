// A dataset folder's timeline: counts per period from the folder's overview until the events of the window are
// read, then those events, clickable as a dataset file's. The store is given the source's answers by hand here
// (src/store/__tests__/folder-timeline.test.ts tests when and what it asks).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import TimelineView from '../timeline-view';
import { MemorySource } from '../../../dataset-source/memory-source';
import { useAppStore } from '../../../store/app-store';
import { openFolderData, READING, withWindowEvents } from '../../../store/folder-data';
import { dayEnd, dayStart } from '../../../store/time';
import { loadRealDataset } from '../../../test/fixtures';
import type { BinItem } from '../windowed-items';

const s = () => useAppStore.getState();
const october = { start: dayStart('2024-10-01'), end: dayEnd('2024-10-31') };
/** The events the count bins hold, together. */
const binned = (c: HTMLElement) => [...c.querySelectorAll('.vis-item.bin')].reduce((n, el) => n + Number(el.textContent), 0);
const eventItems = (c: HTMLElement) => [...c.querySelectorAll('.vis-item:not(.bin) [data-item-id]')].map((el) => el.getAttribute('data-item-id')).sort();

beforeEach(async () => {
  window.history.replaceState(null, '', '/?test');
  s().reset();
  s().loadFolder(await openFolderData(new MemorySource(loadRealDataset())));
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('a folder’s timeline', () => {
  it('shows counts per period from the overview, says so, then the events of the window once they are read', async () => {
    const { container } = render(<TimelineView />);
    const tl = (window as unknown as { __timeline: { getWindow: () => { start: Date } } }).__timeline;
    act(() => s().setTimeWindow(october));
    await waitFor(() => expect(+tl.getWindow().start).toBe(october.start));
    // A month with half a month either side: bins of a week, by type; the 8 events starting there counted.
    await waitFor(() => expect(binned(container)).toBe(8));
    expect(eventItems(container)).toEqual([]);
    // The words come with React's next render (the timeline tells the view the period it counts by).
    await waitFor(() => expect(screen.getByTestId('timeline-counts').textContent).toBe('Events per week: zoom in to see each event'));
    expect(screen.getByTestId('timeline-counts').hidden).toBe(false);

    const folder = s().folder!;
    const read = await folder.source.events({ window: { from: '2024-09-15', to: '2024-11-16' } }, { offset: 0, limit: 2000 });
    act(() => s().folderAnswered(withWindowEvents(folder, { span: { from: '2024-09-15', to: '2024-11-16' }, types: null, hiddenCountries: [], pair: null, events: read.items, complete: true }, null)));
    await waitFor(() =>
      expect(eventItems(container)).toEqual(['ev-00v4ws4', 'ev-05lv7w1', 'ev-0s3f61w', 'ev-0skyzo0', 'ev-19g0i4z', 'ev-1e4u4dd', 'ev-1io8kxt', 'ev-1vtz4yn']),
    );
    expect(binned(container)).toBe(0);
    expect(screen.getByTestId('timeline-counts').hidden).toBe(true);
    // Chosen on the timeline (vis-timeline's select, as a click emits it), an event read is selected.
    act(() => (window as unknown as { __timeline: { emit: (e: string, p: unknown) => void } }).__timeline.emit('select', { items: ['ev-1io8kxt'] }));
    expect(s().selection).toEqual({ kind: 'event', id: 'ev-1io8kxt' });
  });

  it('narrows to an edge once its passages are read, or a few frames later should the source not answer', async () => {
    const { container } = render(<TimelineView />);
    act(() => s().setTimeWindow(october));
    const folder = s().folder!;
    const read = await folder.source.events({ window: { from: '2024-09-15', to: '2024-11-16' } }, { offset: 0, limit: 2000 });
    act(() => s().folderAnswered(withWindowEvents(folder, { span: { from: '2024-09-15', to: '2024-11-16' }, types: null, hiddenCountries: [], pair: null, events: read.items, complete: true }, null)));
    await waitFor(() => expect(eventItems(container)).toHaveLength(8));
    const pagesBeingRead = () => ({ ...s().folder!, pages: { key: 'pezeshkian|putin', hits: [], total: READING } });

    // The edge's passages are being read: the timeline waits for them (it waits twelve frames at most).
    act(() => {
      s().selectEdge('pezeshkian', 'putin');
      s().folderAnswered(pagesBeingRead());
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(eventItems(container)).toHaveLength(8);
    act(() => s().folderAnswered({ ...s().folder!, pages: { key: 'pezeshkian|putin', hits: [], total: 0 } }));
    await waitFor(() => expect(eventItems(container)).toEqual(['ev-0s3f61w', 'ev-1io8kxt']));

    // A source that does not answer holds the timeline back no longer than those frames.
    act(() => s().clearSelection());
    await waitFor(() => expect(eventItems(container)).toHaveLength(8));
    act(() => {
      s().selectEdge('pezeshkian', 'putin');
      s().folderAnswered(pagesBeingRead());
    });
    await waitFor(() => expect(eventItems(container)).toEqual(['ev-0s3f61w', 'ev-1io8kxt']), { timeout: 3000 });
    expect(s().folder!.pages!.total).toBe(READING);
  });

  it('counts only the events the hidden countries leave, and fills in the selected actor’s part of each count', async () => {
    const { container } = render(<TimelineView />);
    act(() => s().setTimeWindow(october));
    await waitFor(() => expect(binned(container)).toBe(8));
    // Without Russia: Putin's statement of 11 October goes (his meetings with Pezeshkian, of Iran, stay).
    act(() => s().toggleCountry('RU'));
    await waitFor(() => expect(binned(container)).toBe(7));
    // Without Iran too: Nasrallah's killing (LB) and the military action, which has no participant.
    act(() => s().toggleCountry('IR'));
    await waitFor(() => expect(binned(container)).toBe(2));
    act(() => s().toggleCountry('IR'));
    await waitFor(() => expect(binned(container)).toBe(7));
    expect(container.querySelector('.vis-item.bin.has-hl')).toBeNull();
    const counts = await s().folder!.source.eventCounts(['putin']);
    act(() => {
      s().selectActor('putin');
      s().setFolderSelectionCounts({ key: 'actor:putin', counts });
    });
    // Putin's meetings of 1 and 11 October, in the meeting lane's two weekly bins; each bin holds his alone.
    await waitFor(() => expect(container.querySelectorAll('.vis-item.bin.has-hl')).toHaveLength(2));
    const items = (window as unknown as { __timeline: { itemsData: { get: () => BinItem[] } } }).__timeline.itemsData.get();
    expect(items.filter((b) => b.selected).map((b) => [b.group, b.count, b.selected, b.style.includes('--share: 100.0%')])).toEqual([
      ['meeting', 1, 1, true],
      ['meeting', 1, 1, true],
    ]);
  });

  it('gives the corpus’s figure of undated events, of those the filters leave, beside those it lists', async () => {
    const folder = s().folder!;
    act(() => s().loadFolder({ ...folder, base: { ...folder.base, events: folder.base.events.filter((e) => e.id !== 'ev-1r1oig7') } }));
    render(<TimelineView />);
    // The corpus has two undated events (Khamenei's killing, the planned visit): one is held and listed.
    expect(screen.getByRole('group', { name: 'Undated events' }).textContent).toContain('Undated (2; 1 listed)');
    act(() => s().toggleCountry('IR'));
    // Without Iran the killing goes; the planned Putin–Pezeshkian visit stays, not held.
    await waitFor(() => expect(screen.getByRole('group', { name: 'Undated events' }).textContent).toContain('Undated (1; 0 listed)'));
    act(() => s().toggleCountry('IR'));
    act(() => s().loadFolder(folder));
    await waitFor(() => expect(screen.getByRole('group', { name: 'Undated events' }).textContent).toContain('Undated (2)'));
  });

  it('fits all to the counts, a narrowing pair’s once they are read: not to the events read for another window', async () => {
    render(<TimelineView />);
    const tl = (window as unknown as { __timeline: { getWindow: () => { start: Date; end: Date } } }).__timeline;
    act(() => s().setTimeWindow(october));
    const folder = s().folder!;
    const read = await folder.source.events({ window: { from: '2024-09-15', to: '2024-11-16' } }, { offset: 0, limit: 2000 });
    act(() => s().folderAnswered(withWindowEvents(folder, { span: { from: '2024-09-15', to: '2024-11-16' }, types: null, hiddenCountries: [], pair: null, events: read.items, complete: true }, null)));
    await waitFor(() => expect(+tl.getWindow().start).toBe(october.start));
    act(() => s().selectEdge('putin', 'pezeshkian'));
    // The pair's counts are not read yet: Fit all waits for them (the pair's events held are those of October).
    act(() => screen.getByRole('button', { name: 'Fit all' }).click());
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(+tl.getWindow().start).toBe(october.start);
    const counts = await folder.source.eventCounts(['putin', 'pezeshkian']);
    act(() => s().setFolderSelectionCounts({ key: 'edge:pezeshkian|putin', counts }));
    // The pair's dated events run from the meeting of 1 October 2024 to the call of 10 March 2026.
    await waitFor(() => expect(+tl.getWindow().end).toBeGreaterThan(dayEnd('2026-03-10')));
    expect(+tl.getWindow().start).toBeLessThanOrEqual(dayStart('2024-10-01'));
  });

  it('counts only the types shown', async () => {
    const { container } = render(<TimelineView />);
    act(() => s().setTimeWindow(october));
    await waitFor(() => expect(binned(container)).toBe(8));
    act(() => s().toggleEventType('statement'));
    await waitFor(() => expect(binned(container)).toBe(4));
  });
});
