import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import type cytoscape from 'cytoscape';
import GraphView from '../graph-view';
import { loadStore } from '../../../test/render-with-store';
import { dayEnd, dayStart } from '../../../store/time';
import { actorNodes, VEIL_ID } from '../graph-veil';

let store: ReturnType<typeof loadStore>;
const cy = () => (window as unknown as { __cy: cytoscape.Core }).__cy;
const shown = () => actorNodes(cy()).filter((n) => !n.hasClass('hidden')).map((n) => n.id()).sort();

beforeEach(() => {
  window.history.replaceState(null, '', '/?test');
  store = loadStore();
});
afterEach(() => window.history.replaceState(null, '', '/'));

describe('GraphView', () => {
  it('taps on a node and an edge select them in the store; a tap on the background clears', async () => {
    render(<GraphView />);
    await waitFor(() => expect(actorNodes(cy())).toHaveLength(11));
    const veiled = () => cy().$id(VEIL_ID).style('display') !== 'none';
    expect(veiled()).toBe(false);
    act(() => void cy().$id('lavrov').emit('tap'));
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'lavrov' });
    expect(cy().$id('lavrov').hasClass('selected')).toBe(true);
    // The rest is dimmed under the veil; the neighbourhood is raised above it.
    expect(veiled()).toBe(true);
    const depth = (id: string) => cy().$id(id).style('z-compound-depth');
    expect([depth('lavrov'), depth('araghchi'), depth('araghchi|lavrov'), depth('putin')]).toEqual(['top', 'top', 'top', 'auto']);
    act(() => void cy().$id('araghchi|lavrov').emit('tap'));
    expect(store.getState().selection).toEqual({ kind: 'edge', source: 'araghchi', target: 'lavrov' });
    act(() => void cy().emit('tap'));
    expect(store.getState().selection).toBeNull();
    expect(veiled()).toBe(false);
  });

  it('follows the window and shows an empty state when nothing is in it', async () => {
    render(<GraphView />);
    await waitFor(() => expect(actorNodes(cy())).toHaveLength(11));
    act(() => store.getState().setTimeWindow({ start: dayStart('2026-03-01'), end: dayEnd('2026-03-31') }));
    expect(shown()).toEqual(['araghchi', 'borisenko', 'lavrov', 'pezeshkian', 'putin']);
    act(() => store.getState().setTimeWindow({ start: dayStart('2023-01-01'), end: dayEnd('2023-01-31') }));
    expect(shown()).toEqual([]);
    expect(await screen.findByText('Nothing in this window')).toBeInTheDocument();
  });

  it('focus by one degree hides everyone else', async () => {
    render(<GraphView />);
    await waitFor(() => expect(actorNodes(cy())).toHaveLength(11));
    act(() => store.getState().selectActor('amir-abdollahian'));
    act(() => screen.getByRole('button', { name: '1°' }).click());
    expect(shown()).toEqual(['amir-abdollahian', 'lavrov']);
  });

  it('has a country legend that filters', async () => {
    render(<GraphView />);
    await waitFor(() => expect(actorNodes(cy())).toHaveLength(11));
    act(() => screen.getByRole('button', { name: /Russia/ }).click());
    expect(store.getState().hiddenCountries).toEqual(['RU']);
    expect(shown()).not.toContain('putin');
    expect(shown()).toContain('pezeshkian');
  });
});
