import { describe, expect, it, beforeEach } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import TimelineView from '../timeline-view';
import { loadStore } from '../../../test/render-with-store';
import { loadFixture } from '../../../test/fixtures';
import { dayStart, dayEnd } from '../../../store/time';

let store: ReturnType<typeof loadStore>;
beforeEach(() => {
  store = loadStore();
});

const items = (c: HTMLElement) => [...c.querySelectorAll('.vis-item:not(.vis-dot)')] as HTMLElement[];

describe('TimelineView', () => {
  it('renders the dated events as text, never as HTML', async () => {
    const { container } = render(<TimelineView />);
    await waitFor(() => expect(items(container).length).toBeGreaterThan(0));
    const missiles = items(container).find((el) => el.textContent?.includes('Iran fires'));
    expect(missiles?.textContent).toContain('Iran fires ~200 missiles at Israel <b>');
    expect(container.querySelector('.vis-item b, .vis-item img, .vis-item script')).toBeNull();
    expect(container.querySelector('.vis-item svg.event-icon')).not.toBeNull();
  });

  it('lists undated events apart', async () => {
    render(<TimelineView />);
    const undated = screen.getByRole('group', { name: 'Undated events' });
    expect(within(undated).getByRole('button', { name: /Lavrov to visit Tehran/ })).toBeInTheDocument();
  });

  it('reports its window to the store and shows its dates', async () => {
    render(<TimelineView />);
    await waitFor(() => expect(store.getState().timeWindow).not.toBeNull());
    expect(screen.getByTestId('window-dates').textContent).toMatch(/2023 – .*2026/);
  });

  it('clicking an item selects the event', async () => {
    const { container } = render(<TimelineView />);
    await waitFor(() => expect(items(container).length).toBeGreaterThan(0));
    const call = items(container).find((el) => el.textContent?.includes('Lavrov–Araghchi'))!;
    const timeline = (await import('vis-timeline/esnext')).Timeline;
    expect(timeline).toBeDefined();
    // vis-timeline listens to hammer.js taps; emit the select it would emit.
    act(() => store.getState().selectEvent('ev-lavrov-araghchi-call-2026'));
    await waitFor(() => expect(call.classList.contains('vis-selected')).toBe(true));
  });

  it('highlights the selected actor’s events and dims the rest', async () => {
    const { container } = render(<TimelineView />);
    await waitFor(() => expect(items(container).length).toBeGreaterThan(0));
    act(() => store.getState().selectActor('lavrov'));
    await waitFor(() =>
      expect(items(container).filter((el) => el.classList.contains('vis-selected')).map((el) => el.textContent)).toEqual([
        'Lavrov–Amir-Abdollahian phone call',
        'Lavrov–Araghchi phone call',
      ]),
    );
    expect(container.querySelector('.timeline-canvas')!.classList.contains('has-highlight')).toBe(true);
    act(() => store.getState().clearSelection());
    await waitFor(() => expect(container.querySelector('.vis-selected')).toBeNull());
  });

  it('follows the store window (a programmatic move reports back the same window: no loop)', async () => {
    window.history.replaceState(null, '', '/?test');
    render(<TimelineView />);
    const tl = (window as unknown as { __timeline: { getWindow: () => { start: Date; end: Date } } }).__timeline;
    const march = { start: dayStart('2026-03-01'), end: dayEnd('2026-03-31') };
    act(() => store.getState().setTimeWindow(march));
    await waitFor(() => expect(+tl.getWindow().start).toBe(march.start));
    expect(+tl.getWindow().end).toBe(march.end);
    expect(store.getState().timeWindow).toEqual(march);
    window.history.replaceState(null, '', '/');
  });

  it('hides an event type when its chip is switched off', async () => {
    const { container } = render(<TimelineView />);
    await waitFor(() => expect(items(container).length).toBe(10));
    fireEvent.click(screen.getByRole('button', { name: 'Phone call' }));
    expect(screen.getByRole('button', { name: 'Phone call' })).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(items(container)).toHaveLength(6));
    expect(items(container).some((el) => el.textContent?.includes('phone call'))).toBe(false);
  });

  it('narrows to the events two actors share when an edge is selected', async () => {
    const { container } = render(<TimelineView />);
    await waitFor(() => expect(items(container).length).toBeGreaterThan(0));
    act(() => store.getState().selectEdge('putin', 'pezeshkian'));
    await waitFor(() =>
      expect(items(container).map((el) => el.textContent).sort()).toEqual([
        'Putin–Pezeshkian meeting in Ashgabat',
        'Putin–Pezeshkian phone call',
        'Strategic partnership treaty signed',
      ]),
    );
  });

  it('a large timeline follows a window set from outside with the counts or the events of that window', async () => {
    // The fixture plus 400 daily calls from 1 Jan 2020: more events than the timeline draws one by one.
    const fixture = loadFixture();
    const call = fixture.events.find((e) => e.type === 'phone_call')!;
    const calls = Array.from({ length: 400 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      return { ...call, id: `call-${day}`, date: { ...call.date!, start: day, end: day } };
    });
    store = loadStore({ ...fixture, events: [...fixture.events, ...calls] });
    window.history.replaceState(null, '', '/?test');
    const { container } = render(<TimelineView />);
    const tl = (window as unknown as { __timeline: { getWindow: () => { start: Date; end: Date } } }).__timeline;
    const bins = () => [...container.querySelectorAll('.vis-item.bin')].map((el) => Number(el.textContent));

    const year = { start: dayStart('2020-01-01'), end: dayEnd('2020-12-31') };
    act(() => store.getState().setTimeWindow(year));
    await waitFor(() => expect(+tl.getWindow().start).toBe(year.start));
    // Counts for the window and half a window either side (mid-2019 to mid-2021): all 400 calls, none drawn alone.
    await waitFor(() => expect(bins().reduce((a, b) => a + b, 0)).toBe(400));
    expect(container.querySelector('[data-item-id="call-2020-02-10"]')).toBeNull();

    const february = { start: dayStart('2020-02-01'), end: dayEnd('2020-02-29') };
    act(() => store.getState().setTimeWindow(february));
    await waitFor(() => expect(+tl.getWindow().end).toBe(february.end));
    await waitFor(() => expect(container.querySelector('[data-item-id="call-2020-02-10"]')).not.toBeNull());
    expect(bins()).toEqual([]);
    window.history.replaceState(null, '', '/');
  });
});
