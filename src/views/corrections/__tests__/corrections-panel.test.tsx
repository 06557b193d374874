import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from '../../../i18n/i18n';
import CorrectionsPanel from '../corrections-panel';
import { CorrectionNote } from '../correction-note';
import { SidePanel } from '../../../app/side-panel';
import { loadStore } from '../../../test/render-with-store';
import { loadRealDataset } from '../../../test/fixtures';
import { correctionsFileText, parseCorrectionsText } from '../../../schema/corrections';
import { downloadBlob } from '../../shared/download';

vi.mock('../../shared/download', () => ({ downloadBlob: vi.fn() }));

const call = { id: 'ev-1i2aokf', type: 'phone_call' as const, participants: ['lavrov', 'araghchi'], day: '2026-03-10', passageIds: ['003_642b06d6276772ac:p9'] };
const redate = { kind: 'event.edit' as const, event: call, date: { start: '2026-03-09', end: '2026-03-09', precision: 'day' as const }, reason: 'the call was on Monday' };

let store: ReturnType<typeof loadStore>;
beforeEach(() => {
  store = loadStore(loadRealDataset());
  store.getState().setCorrectionAuthor('Mona');
});
afterEach(() => {
  vi.mocked(downloadBlob).mockClear();
});

const entries = () => within(screen.getByRole('list', { name: 'Corrections, newest first' })).getAllByRole('listitem');
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/[\u2068\u2069]/g, '');
const day = () => store.getState().index!.eventById.get('ev-1i2aokf')!.date!.start;

/** Picks a file in the import input and waits for the notice it brings. */
async function importText(content: string, name = 'theirs.json') {
  const before = store.getState().notices.length;
  fireEvent.change(screen.getByLabelText('Import corrections'), { target: { files: [new File([content], name, { type: 'application/json' })] } });
  await waitFor(() => expect(store.getState().notices.length).toBeGreaterThan(before));
  return store.getState().notices.at(-1)!;
}

describe('CorrectionsPanel', () => {
  it('explains how to make a correction when there is none', () => {
    render(<CorrectionsPanel />);
    expect(screen.getByText(/No corrections yet\. To make one, select an actor or an event and use Edit, or select words in a passage\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export corrections' })).toBeDisabled();
  });

  it('lists newest first with kind, target, before → after, reason, author and status; a target selects', () => {
    const { correct } = store.getState();
    correct(redate);
    correct({ kind: 'actor.notPerson', actorId: 'ghost-actor' });
    render(<CorrectionsPanel />);
    const [orphan, edit] = entries();
    expect(text(orphan)).toContain('Orphaned: actor ghost-actor is not in the dataset');
    expect(text(edit)).toContain('Event changed');
    expect(text(edit)).toContain('Date: 10 Mar 2026 → 9 Mar 2026');
    expect(text(edit)).toContain('Reason: the call was on Monday');
    expect(text(edit)).toContain('by Mona');
    expect(within(edit).getByText('Applied')).toBeInTheDocument();
    fireEvent.click(within(edit).getByRole('button', { name: /^\u2068Phone call: Lavrov – Araghchi in Russia/ }));
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'ev-1i2aokf' });
  });

  it('undoes one correction and only that one', () => {
    const { correct } = store.getState();
    correct(redate);
    const merge = correct({ kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi' });
    render(<CorrectionsPanel />);
    expect(day()).toBe('2026-03-09');
    fireEvent.click(screen.getByRole('button', { name: /^Undo: Event changed/ }));
    expect(store.getState().corrections.map((c) => c.id)).toEqual([merge]);
    expect(day()).toBe('2026-03-10');
    expect(store.getState().index!.actorById.has('amir-abdollahian')).toBe(false);
    expect(entries()).toHaveLength(1);
  });

  it('filters by text, kind and status', () => {
    const { correct } = store.getState();
    correct(redate);
    correct({ kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi' });
    correct({ kind: 'actor.notPerson', actorId: 'ghost-actor' });
    render(<CorrectionsPanel />);
    expect(entries()).toHaveLength(3);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter corrections' }), { target: { value: 'monday' } });
    expect(entries().map(text)).toEqual([expect.stringContaining('Date: 10 Mar 2026 → 9 Mar 2026')]);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter corrections' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: 'actor.merge' } });
    expect(entries().map(text)).toEqual([expect.stringContaining('Merged: Hossein Amir-Abdollahian → Abbas Araghchi')]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Kind' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'orphaned' } });
    expect(entries().map(text)).toEqual([expect.stringContaining('ghost-actor')]);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter corrections' }), { target: { value: 'zzz' } });
    expect(screen.getByText('No correction matches the filter.')).toBeInTheDocument();
  });

  it('exports the list as corrections.json', () => {
    const { correct } = store.getState();
    correct(redate);
    render(<CorrectionsPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Export corrections' }));
    expect(downloadBlob).toHaveBeenCalledTimes(1);
    const [blob, name] = vi.mocked(downloadBlob).mock.calls[0];
    expect(name).toBe('corrections.json');
    return blob.text().then((written) => {
      expect(written).toBe(correctionsFileText(store.getState().corrections));
      expect(parseCorrectionsText(written).corrections[0]).toMatchObject({ kind: 'event.edit', author: 'Mona', reason: 'the call was on Monday' });
    });
  });

  it('refuses a broken file with its reason and keeps the list', async () => {
    store.getState().correct(redate);
    const list = store.getState().corrections;
    render(<CorrectionsPanel />);
    const notice = await importText('{"version": 1, "corrections": [{"kind": "actor.merge"}]}', 'broken.json');
    expect(notice.tone).toBe('error');
    expect(notice.text).toMatch(/^broken\.json was not imported, and nothing was changed: broken\.json: /);
    expect(store.getState().corrections).toBe(list);
    expect(entries()).toHaveLength(1);
    const notJson = await importText('not json at all', 'notes.txt');
    expect(notJson.text).toContain('notes.txt: not JSON');
    expect(store.getState().corrections).toBe(list);
  });

  it('merges a good file: new ids appended, the same id kept once', async () => {
    const mine = store.getState().correct(redate);
    const theirs = { ...store.getState().corrections[0], id: 'c-theirs-1', kind: 'actor.merge' as const, from: 'amir-abdollahian', into: 'araghchi' };
    const file = correctionsFileText([store.getState().corrections[0], theirs as never]);
    render(<CorrectionsPanel />);
    const notice = await importText(file);
    expect(notice).toMatchObject({ tone: 'success', text: '1 correction added from theirs.json.' });
    expect(store.getState().corrections.map((c) => c.id)).toEqual([mine, 'c-theirs-1']);
    expect(entries()).toHaveLength(2);
    expect((await importText(file, 'again.json')).text).toBe('Nothing new in again.json: every correction in it is already in the list.');
    expect(store.getState().corrections).toHaveLength(2);
  });

  it('removes all only after the confirm step', () => {
    store.getState().correct(redate);
    render(<CorrectionsPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove all' }));
    expect(screen.getByText('Remove the 1 correction? Export it first to keep a copy.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().corrections).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(store.getState().corrections).toEqual([]);
    expect(day()).toBe('2026-03-10');
  });

  it('downloads the renamed person as a registry entry', async () => {
    store.getState().correct({ kind: 'actor.edit', actorId: 'iravani', name: { en: 'Amir-Saeid Iravani', ar: 'أمير سعيد إيرواني' } });
    render(<CorrectionsPanel />);
    fireEvent.click(screen.getByRole('button', { name: 'Download curated persons as registry entries' }));
    const [blob, name] = vi.mocked(downloadBlob).mock.calls[0];
    expect(name).toBe('curated-persons.registry.json');
    expect(JSON.parse(await blob.text()).actors.map((a: { id: string }) => a.id)).toEqual(['iravani']);
    expect(store.getState().notices.at(-1)!.text).toBe('1 person written as a registry entry.');
  });
});

describe('the Corrections tab and the provenance note', () => {
  afterEach(() => act(() => void i18next.changeLanguage('en')));

  it('shows the count and marks orphans, in English and Arabic', () => {
    const { correct } = store.getState();
    correct(redate);
    correct({ kind: 'actor.notPerson', actorId: 'ghost-actor' });
    render(<SidePanel withActors={false} />);
    const tab = screen.getByRole('tab', { name: /Corrections/ });
    expect(tab).toHaveTextContent('Corrections 2!1 orphaned');
    fireEvent.click(tab);
    expect(store.getState().panelTab).toBe('corrections');
    expect(entries()).toHaveLength(2);
    act(() => void i18next.changeLanguage('ar'));
    expect(screen.getByRole('tab', { name: /التصحيحات/ })).toHaveTextContent('التصحيحات 2!تصحيح يتيم واحد');
  });

  it('reads in Arabic: kind, before ← after, status and undo', () => {
    store.getState().correct(redate);
    act(() => {
      store.getState().setUiLanguage('ar');
      void i18next.changeLanguage('ar');
    });
    render(<CorrectionsPanel />);
    const [entry] = within(screen.getByRole('list', { name: 'التصحيحات، الأحدث أولًا' })).getAllByRole('listitem');
    expect(text(entry)).toContain('عُدّل الحدث');
    expect(text(entry)).toContain('اتصال هاتفي: لافروف – عراقجي في روسيا');
    expect(text(entry)).toContain('التاريخ: 10 مارس 2026 ← 9 مارس 2026');
    expect(text(entry)).toContain('بقلم Mona');
    expect(within(entry).getByText('مطبَّق')).toBeInTheDocument();
    fireEvent.click(within(entry).getByRole('button', { name: /^تراجع عن: عُدّل الحدث/ }));
    expect(store.getState().corrections).toEqual([]);
  });

  it('says before → after on a corrected card and opens the list', () => {
    store.getState().correct(redate);
    store.getState().setPanelTab('sources');
    render(<CorrectionNote ids={store.getState().index!.eventById.get('ev-1i2aokf')!.corrections} />);
    expect(text(screen.getByRole('complementary', { name: 'Corrected by an analyst' }))).toContain('Event changed: Date: 10 Mar 2026 → 9 Mar 2026 — the call was on Monday (Mona)');
    fireEvent.click(screen.getByRole('button', { name: 'All corrections' }));
    expect(store.getState().panelTab).toBe('corrections');
  });
});
