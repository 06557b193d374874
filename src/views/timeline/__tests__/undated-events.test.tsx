import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { UndatedEvents, UNDATED_SHOWN } from '../undated-events';
import { loadStore } from '../../../test/render-with-store';
import { loadFixture } from '../../../test/fixtures';
import { openHoldingFew, withExtraUndated } from '../../../test/undated-folder';
import { useAppStore } from '../../../store/app-store';
import { followFolderUndated } from '../../../store/folder-undated';

/** The fixture with 60 more undated events, the last of them Putin's alone. */
function withManyUndated() {
  const dataset = loadFixture();
  const undated = dataset.events.find((e) => !e.date)!;
  const extra = Array.from({ length: 60 }, (_, i) => ({
    ...undated,
    id: `undated-${i}`,
    title: { en: `Undated ${i}`, ar: `غير مؤرخ ${i}` },
    participants: i === 59 ? ['putin'] : undated.participants,
  }));
  return { ...dataset, events: [...dataset.events, ...extra] };
}

describe('UndatedEvents', () => {
  it(`lists the first ${UNDATED_SHOWN} and shows the rest on demand, flagging selected ones among the hidden`, () => {
    const store = loadStore(withManyUndated());
    const total = store.getState().dataset!.events.filter((e) => !e.date).length;
    render(<UndatedEvents />);
    const group = screen.getByRole('group', { name: 'Undated events' });
    expect(within(group).getAllByRole('listitem')).toHaveLength(UNDATED_SHOWN);
    const more = screen.getByRole('button', { name: 'Show all' });
    expect(more.className).not.toContain('is-hl');
    act(() => store.getState().selectActor('putin'));
    expect(more.className).toContain('is-hl');
    expect(more.title).toBe('Events of the selection are among those not shown');
    fireEvent.click(more);
    expect(within(group).getAllByRole('listitem')).toHaveLength(total);
    expect(within(group).getByRole('button', { name: /Undated 59/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('UndatedEvents on a dataset folder', () => {
  it('reads more of the undated events the folder holds a part of, and a row read is selected when clicked', async () => {
    const dataset = withExtraUndated();
    useAppStore.getState().reset();
    useAppStore.getState().loadFolder(await openHoldingFew(dataset));
    const unfollow = followFolderUndated(useAppStore, 4);
    try {
      render(<UndatedEvents />);
      const group = screen.getByRole('group', { name: 'Undated events' });
      expect(within(group).getByText('Undated (12; 3 listed)')).toBeInTheDocument();
      // Offered as many as a page reads (UNDATED_PAGE) or fewer; it reads 4 here.
      fireEvent.click(screen.getByRole('button', { name: 'Show 9 more' }));
      expect(screen.getByRole('button', { name: 'Reading undated events…' })).toBeDisabled();
      await waitFor(() => expect(within(group).getByText('Undated (12; 7 listed)')).toBeInTheDocument());
      expect(within(group).getAllByRole('listitem')).toHaveLength(7);
      fireEvent.click(within(group).getByRole('button', { name: /Visit 0/ }));
      expect(useAppStore.getState().selection).toEqual({ kind: 'event', id: 'ev-undated-00' });
    } finally {
      unfollow();
    }
  });
});
