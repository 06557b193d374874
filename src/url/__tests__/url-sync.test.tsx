import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { UrlSync } from '../url-sync';
import { applyUrlPreferences } from '../use-url-sync';
import { loadStore } from '../../test/render-with-store';
import { useAppStore } from '../../store/app-store';

const open = (query: string) => history.replaceState(null, '', `/${query}`);

beforeEach(() => {
  vi.useFakeTimers();
  loadStore();
});
afterEach(() => {
  vi.useRealTimers();
  open('');
});

describe('URL ↔ store', () => {
  it('applies the URL once the dataset is loaded, then writes the view back after a pause', () => {
    open('?test&data=data/x.json&actor=lavrov&hide=statement&theme=dark');
    render(<UrlSync />);
    expect(useAppStore.getState()).toMatchObject({ selection: { kind: 'actor', id: 'lavrov' }, hiddenEventTypes: ['statement'], theme: 'dark' });
    expect(screen.queryByRole('status')).toBeNull();

    act(() => useAppStore.getState().selectEdge('putin', 'pezeshkian'));
    // A click is written at once: a reload right after it keeps it.
    expect(location.search).toBe('?test=&data=data/x.json&edge=putin~pezeshkian&hide=statement&theme=dark');
    // A window being dragged is written once the user pauses.
    act(() => useAppStore.getState().setTimeWindow({ start: Date.parse('2024-01-01'), end: Date.parse('2024-07-01') }));
    expect(location.search).not.toContain('from=');
    act(() => vi.advanceTimersByTime(300));
    expect(location.search).toBe('?test=&data=data/x.json&from=2024-01-01&to=2024-06-30&edge=putin~pezeshkian&hide=statement&theme=dark');
  });

  it('writes a window still waiting for the pause when the page is left (a reload keeps it)', () => {
    open('?test&actor=lavrov');
    render(<UrlSync />);
    act(() => useAppStore.getState().setTimeWindow({ start: Date.parse('2025-03-01'), end: Date.parse('2025-04-01') }));
    expect(location.search).not.toContain('from=');
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(location.search).toContain('from=2025-03-01&to=2025-03-31');
  });

  it('leaves an address that already says the view as it is (no history write for `?test` spelt `?test=`)', () => {
    open('?test');
    const replaceState = vi.spyOn(history, 'replaceState');
    render(<UrlSync />);
    act(() => vi.advanceTimersByTime(300));
    expect(replaceState).not.toHaveBeenCalled();
    expect(location.search).toBe('?test');
    replaceState.mockRestore();
  });

  it('takes the language and theme from the URL before the dataset loads', () => {
    useAppStore.getState().reset();
    open('?lang=ar&names=en&theme=dark&actor=lavrov');
    applyUrlPreferences();
    expect(useAppStore.getState()).toMatchObject({ status: 'loading', uiLanguage: 'ar', nameLanguage: 'en', theme: 'dark', selection: null });
  });

  it('names what a stale link asked for, opens the rest, and the notice can be dismissed', () => {
    open('?actor=nobody&from=2024-02-30&to=2024-03-01&hide=dance,meeting&hidecountries=RU,XX');
    render(<UrlSync />);
    const notice = screen.getByRole('status');
    for (const bad of ['nobody', '2024-02-30', 'dance', 'XX']) expect(notice).toHaveTextContent(bad);
    expect(useAppStore.getState()).toMatchObject({ selection: null, timeWindow: null, hiddenEventTypes: ['meeting'], hiddenCountries: ['RU'] });
    // The stale parameters leave the address bar at once.
    expect(location.search).toBe('?hide=meeting&hidecountries=RU');
    act(() => screen.getByRole('button', { name: 'Dismiss' }).click());
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('tries a shared selection again once the articles this browser added are back', () => {
    open('?actor=larijani');
    render(<UrlSync />);
    expect(screen.getByRole('status')).toHaveTextContent('larijani');
    const dataset = structuredClone(useAppStore.getState().dataset!);
    const lavrov = dataset.actors.find((a) => a.id === 'lavrov')!;
    dataset.actors.push({ ...lavrov, id: 'larijani', name: { en: 'Ali Larijani', ar: 'علي لاريجاني' } });
    act(() => useAppStore.getState().loadSucceeded(dataset));
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'larijani' });
    expect(screen.queryByRole('status')).toBeNull();
  });
});
