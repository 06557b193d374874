// The briefing views on the real dataset: saving and showing slides, importing a file, presenting, comparing.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useBriefingStore } from '../../../briefing/briefing-store';
import { followComparison } from '../../../briefing/comparison-coordinator';
import { toSlidesFile } from '../../../briefing/slides-file';
import { useSlidesStore } from '../../../briefing/slides-store';
import { dayStart } from '../../../store/time';
import { captureView } from '../../../store/view-state';
import { hasRealDataset, loadRealDataset } from '../../../test/fixtures';
import { loadStore } from '../../../test/render-with-store';
import { BriefingButtons } from '../briefing-buttons';
import { BriefingLayer } from '../briefing-layer';
import { isolate } from '../../../i18n/bidi';

const OCT_2024 = { start: dayStart('2024-10-01'), end: dayStart('2024-11-01') };
const MAR_2026 = { start: dayStart('2026-03-01'), end: dayStart('2026-04-01') };

describe.skipIf(!hasRealDataset)('briefing views', () => {
  const dataset = hasRealDataset ? loadRealDataset() : null;
  let store: ReturnType<typeof loadStore>;
  let unfollow: () => void;
  beforeEach(() => {
    store = loadStore(dataset!);
    useSlidesStore.setState({ slides: [] });
    useBriefingStore.setState({ drawer: 'slides', presenting: false, slideIndex: 0, playback: 'idle', playbackOrigin: null, comparison: null });
    unfollow = followComparison();
  });
  afterEach(() => unfollow());

  const saveView = (title: string) => {
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: title } });
    fireEvent.click(screen.getByRole('button', { name: 'Save current view' }));
  };

  it('saves the current view and shows it again on click', () => {
    render(<BriefingLayer />);
    act(() => {
      store.getState().setTimeWindow(OCT_2024);
      store.getState().selectEdge('putin', 'pezeshkian');
    });
    saveView('Ashgabat');
    act(() => {
      store.getState().setTimeWindow(MAR_2026);
      store.getState().selectActor('lavrov');
    });
    // Each day is its own isolate: the line reads as one text, the dates as separate elements.
    expect(document.querySelector('.slide-item .small')).toHaveTextContent('1 Oct 2024 – 31 Oct 2024 · Putin – Pezeshkian');
    fireEvent.click(screen.getByRole('button', { name: `Show “${isolate('Ashgabat')}”` }));
    expect(store.getState().timeWindow).toEqual(OCT_2024);
    expect(store.getState().selection).toEqual({ kind: 'edge', source: 'putin', target: 'pezeshkian' });
  });

  it('names the selection when no title is given', () => {
    render(<BriefingLayer />);
    act(() => store.getState().selectActor('lavrov'));
    saveView('');
    expect(useSlidesStore.getState().slides[0].title).toBe('Lavrov');
  });

  it('refuses a broken file with a message and keeps the slides', async () => {
    render(<BriefingLayer />);
    saveView('Mine');
    const input = screen.getByTestId('slides-import');
    const broken = new File(['{"format":"actors-events/slides","version":1,"slides":[{"id":"x"}]}'], 'broken.json');
    fireEvent.change(input, { target: { files: [broken] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/broken\.json: .*slides\[0\]\.title.*Your slides were not changed/);
    const good = new File([toSlidesFile(useSlidesStore.getState().slides)], 'slides.json');
    fireEvent.change(input, { target: { files: [good] } });
    expect(await screen.findByRole('status')).toHaveTextContent('1 slide added after yours.');
    expect(useSlidesStore.getState().slides.map((s) => s.title)).toEqual(['Mine', 'Mine']);
  });

  it('presents the slides: counter, caption, sources, keys; Escape leaves', () => {
    render(<BriefingLayer />);
    act(() => store.getState().setTimeWindow(OCT_2024));
    act(() => store.getState().selectEdge('putin', 'pezeshkian'));
    fireEvent.change(screen.getByLabelText('Caption'), { target: { value: 'They meet in Ashgabat.' } });
    saveView('Ashgabat');
    act(() => store.getState().setTimeWindow(MAR_2026));
    act(() => store.getState().selectActor('lavrov'));
    saveView('Lavrov');
    fireEvent.click(screen.getByRole('button', { name: 'Present from slide 1' }));
    const panel = screen.getByRole('complementary', { name: 'Presentation' });
    expect(within(panel).getByTestId('slide-counter')).toHaveTextContent('1 / 2');
    expect(panel).toHaveTextContent('They meet in Ashgabat.');
    expect(within(panel).getAllByRole('listitem').filter((li) => li.dataset.documentId)).toHaveLength(2);
    expect(document.documentElement).toHaveClass('presenting');
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(within(panel).getByTestId('slide-counter')).toHaveTextContent('2 / 2');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'lavrov' });
    expect(store.getState().timeWindow).toEqual(MAR_2026);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(useBriefingStore.getState().presenting).toBe(false);
    expect(document.documentElement).not.toHaveClass('presenting');
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'lavrov' });
  });

  it('Escape closes the drawer and gives the focus back to the button that opened it', () => {
    useBriefingStore.setState({ drawer: null });
    render(
      <>
        <BriefingButtons />
        <BriefingLayer />
      </>,
    );
    const opener = screen.getByRole('button', { name: 'Compare periods' });
    opener.focus();
    fireEvent.click(opener);
    const drawer = screen.getByRole('complementary', { name: 'Briefing tools' });
    expect(drawer).toHaveFocus();
    expect(document.documentElement).toHaveClass('drawer-open');
    fireEvent.keyDown(drawer, { key: 'Escape' });
    expect(useBriefingStore.getState().drawer).toBeNull();
    expect(screen.queryByRole('complementary', { name: 'Briefing tools' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(document.documentElement).not.toHaveClass('drawer-open');
  });

  it('presents with buttons laid out like the keys: ← previous, next →, named for what they do', () => {
    useBriefingStore.setState({ drawer: null });
    act(() => {
      for (const title of ['One', 'Two']) useSlidesStore.getState().add(title, '', captureView(store.getState()));
      useBriefingStore.getState().startPresenting(0);
    });
    render(<BriefingLayer />);
    const next = screen.getByRole('button', { name: 'Next slide' });
    expect(next).toHaveTextContent('Next →');
    expect(next).toHaveAttribute('aria-keyshortcuts', 'ArrowRight PageDown Space');
    expect(screen.getByRole('button', { name: 'Previous slide' })).toHaveTextContent('← Previous');
    fireEvent.click(next);
    expect(screen.getByTestId('slide-counter')).toHaveTextContent('2 / 2');
    expect(next).toBeDisabled();
  });

  it('compares two periods and lists the changes with counts', async () => {
    useBriefingStore.setState({ drawer: 'compare' });
    render(<BriefingLayer />);
    const period = (name: string, from: string, to: string) => {
      const group = screen.getByRole('group', { name });
      fireEvent.change(within(group).getByLabelText('From'), { target: { value: from } });
      fireEvent.change(within(group).getByLabelText('To'), { target: { value: to } });
    };
    period('Period A', '2024-10-01', '2024-10-31');
    period('Period B', '2024-01-01', '2023-12-31');
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Period B needs a start date on or before its end date.');
    period('Period B', '2026-03-01', '2026-03-31');
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const result = await screen.findByTestId('compare-result');
    expect([...result.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['New 4', 'Weaker 1', 'Gone 5']);
    expect(useBriefingStore.getState().comparison).toMatchObject({ a: OCT_2024, b: MAR_2026 });
    expect(store.getState().timeWindow).toEqual({ start: OCT_2024.start, end: MAR_2026.end });
  });

  it('says while the periods’ ties are read, and why they could not be', () => {
    useBriefingStore.setState({ drawer: 'compare', comparison: { a: OCT_2024, b: MAR_2026, ties: { status: 'reading' } } });
    render(<BriefingLayer />);
    expect(screen.getByRole('status')).toHaveTextContent('Reading the ties of both periods from the dataset folder…');
    expect(screen.queryByTestId('compare-result')).toBeNull();
    act(() => useBriefingStore.getState().setComparisonTies({ status: 'failed', message: 'edge-days.parquet: HTTP 503' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The periods could not be compared: edge-days.parquet: HTTP 503');
  });
});
