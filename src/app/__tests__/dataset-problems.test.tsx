import { afterEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18n from '../../i18n/i18n';
import { DatasetError, type DatasetProblem } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { loadDataset } from '../load-dataset';
import { ErrorScreen, problemText } from '../status-screen';

const fixture = JSON.parse(readFileSync(resolve(__dirname, '../../../tests/fixtures/mini-dataset.json'), 'utf8'));
const respond = (body: BodyInit, init: ResponseInit = {}) => (async () => new Response(body, init)) as typeof fetch;

async function failureOf(f: typeof fetch): Promise<DatasetError> {
  try {
    await loadDataset('data/dataset.json', f);
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error('the dataset loaded');
}

const withUnknownParticipant = { ...fixture, events: [{ ...fixture.events[0], participants: ['nobody'] }, ...fixture.events.slice(1)] };

// Every way a dataset fails, made by the real loader.
const failures: [DatasetProblem['code'], typeof fetch][] = [
  ['fetchFailed', (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch],
  ['notFound', respond('nope', { status: 404 })],
  ['htmlPage', respond('<!doctype html><html></html>', { headers: { 'content-type': 'text/html' } })],
  ['notUtf8', respond(new Uint8Array([0x7b, 0x22, 0xe4, 0xc7, 0xdd, 0xd1, 0xe6, 0xdd, 0x22, 0x7d]))],
  ['notJson', respond('{ not json')],
  ['version', respond('{"schemaVersion": 7}')],
  ['invalid', respond('{"schemaVersion": 1, "documents": []}')],
  ['reference', respond(JSON.stringify(withUnknownParticipant))],
];

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('a dataset’s problem in the interface’s language', () => {
  it.each(failures)('%s: the English interface says exactly the error’s own message', async (code, f) => {
    const e = await failureOf(f);
    expect(e.problem?.code).toBe(code);
    expect(problemText(i18n.getFixedT('en'), e.problem!, false)).toBe(e.message);
  });

  it('the Arabic interface says it in Arabic, with the path and the status kept whole', async () => {
    const e = await failureOf(respond('nope', { status: 404 }));
    await act(() => i18n.changeLanguage('ar'));
    render(<ErrorScreen error={{ message: e.message, problem: e.problem }} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('تعذّر تحميل البيانات');
    expect(alert).toHaveTextContent('لم يُعثر على البيانات في \u2068data/dataset.json\u2069 (HTTP \u2068404\u2069)');
  });

  it('the Arabic interface frames a schema error in Arabic and quotes the checker’s words', async () => {
    const e = await failureOf(respond(JSON.stringify(withUnknownParticipant)));
    await act(() => i18n.changeLanguage('ar'));
    render(<ErrorScreen error={{ message: e.message, problem: e.problem }} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/سجلّ يشير إلى ما ليس في البيانات: .*has unknown participant nobody/);
  });

  it('an error without a problem (not a dataset’s) shows its message as it is', () => {
    render(<ErrorScreen error={{ message: 'Unknown error' }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown error');
  });
});

describe('a failed load', () => {
  it('keeps the interface’s language, the names’ language and the theme (the error screen speaks the user’s language)', () => {
    const store = useAppStore.getState();
    store.reset();
    store.setUiLanguage('ar');
    store.setNameLanguage('en');
    store.setTheme('dark');
    store.loadFailed('data/dataset.json: broken', { code: 'invalid', values: { origin: 'data/dataset.json', detail: 'broken' } });
    expect(useAppStore.getState()).toMatchObject({ status: 'error', uiLanguage: 'ar', nameLanguage: 'en', theme: 'dark' });
    expect(useAppStore.getState().error?.problem?.code).toBe('invalid');
    store.reset();
  });
});

describe('the error message’s direction', () => {
  it('follows the interface when the message is worded for it, and finds its own otherwise', () => {
    const { unmount } = render(<ErrorScreen error={{ message: 'x', problem: { code: 'notUtf8', values: { url: 'data/dataset.json' } } }} />);
    expect(screen.getByRole('alert').querySelector('.error-message')).not.toHaveAttribute('dir');
    unmount();
    render(<ErrorScreen error={{ message: 'Unknown error' }} />);
    expect(screen.getByRole('alert').querySelector('.error-message')).toHaveAttribute('dir', 'auto');
  });
});
