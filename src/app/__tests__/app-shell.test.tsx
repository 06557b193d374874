import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppShell } from '../app-shell';
import { useAppStore } from '../../store/app-store';
import { isolate } from '../../i18n/bidi';

const fixture = readFileSync(resolve(__dirname, '../../../tests/fixtures/mini-dataset.json'), 'utf8');

function serve(body: string, init: ResponseInit = {}) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));
}

beforeEach(() => useAppStore.getState().reset());
afterEach(() => vi.unstubAllGlobals());

describe('AppShell', () => {
  it('loads the dataset and shows it at a glance, then the whole explorer', async () => {
    serve(fixture);
    const { container } = render(<AppShell url="data/dataset.json" />);
    const dl = await screen.findByLabelText('Dataset at a glance');
    expect(dl).toHaveTextContent('articles4');
    expect(dl).toHaveTextContent('actors11');
    expect(dl).toHaveTextContent('events (1 undated)11');
    expect(dl).toHaveTextContent('15 Jan 2024 – 10 Mar 2026');
    await waitFor(() => expect(container.querySelectorAll('.vis-item').length).toBeGreaterThan(0), { timeout: 8000 });
    await waitFor(() => expect(container.querySelector('.graph-canvas canvas')).not.toBeNull(), { timeout: 8000 });
    expect(screen.getByRole('listbox', { name: /Actors/ })).toBeInTheDocument();
  });

  it('search finds an actor by an Arabic spelling and a passage by its words; Enter selects', async () => {
    serve(fixture);
    render(<AppShell url="data/dataset.json" />);
    const box = await screen.findByRole('combobox', { name: /Search actors and passages/ });
    fireEvent.change(box, { target: { value: 'بيزشكيان' } });
    const results = await screen.findByRole('listbox', { name: 'Search results' });
    expect(within(results).getAllByRole('option')[0]).toHaveTextContent('Masoud Pezeshkian');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'pezeshkian' });
    fireEvent.change(box, { target: { value: 'onerror' } });
    const r2 = await screen.findByRole('listbox', { name: 'Search results' });
    await waitFor(() => expect(within(r2).getByRole('option')).toHaveTextContent('<img src=x onerror=alert(1)>'));
    expect(r2.querySelector('img')).toBeNull();
    fireEvent.click(within(r2).getByRole('option'));
    expect(useAppStore.getState().reader).toEqual({ documentId: 'doc-sputnik', passageId: 'p-sp-3' });
  });

  it('Escape clears the selection (but first closes the search)', async () => {
    serve(fixture);
    render(<AppShell url="data/dataset.json" />);
    await screen.findByRole('listbox', { name: /Actors/ });
    fireEvent.click(screen.getByRole('option', { name: /Sergey Lavrov/ }));
    expect(useAppStore.getState().selection).toEqual({ kind: 'actor', id: 'lavrov' });
    expect(await screen.findByRole('article', { name: `Actor: ${isolate('Sergey Lavrov')}` })).toBeInTheDocument();
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(useAppStore.getState().selection).toBeNull();
    expect(screen.getByText(/Select an actor/)).toBeInTheDocument();
  });

  it.each([
    ['missing', () => serve('nope', { status: 404 }), /not found at data\/dataset.json \(HTTP 404\)/],
    ['malformed', () => serve('{ not json'), /not valid JSON/],
    ['of another version', () => serve('{"schemaVersion": 7}'), /schema version 7 is not supported/],
  ])('says clearly when the dataset is %s', async (_, setup, message) => {
    setup();
    render(<AppShell url="data/dataset.json" />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent(message);
  });
});
