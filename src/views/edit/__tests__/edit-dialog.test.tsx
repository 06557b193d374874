// The edit dialog on the real dataset: opened from the cards, each action recording its correction and the
// dataset shown changing with it; a new event from a passage; what it refuses; Escape.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import i18next from '../../../i18n/i18n';
import { useEscapeClears } from '../../../app/use-escape-clears';
import { addedEventId } from '../../../pipeline/corrections/correct-corpus';
import type { Dataset } from '../../../schema/dataset';
import { loadRealDataset } from '../../../test/fixtures';
import { loadStore } from '../../../test/render-with-store';
import PassagePanel from '../../passages/passage-panel';
import { EditDialog } from '../edit-dialog';

let dataset: Dataset;
let store: ReturnType<typeof loadStore>;
beforeAll(() => {
  dataset = loadRealDataset();
});
beforeEach(() => {
  store = loadStore(dataset);
});
afterEach(() => act(() => void i18next.changeLanguage('en')));

function Page() {
  useEscapeClears();
  return (
    <>
      <PassagePanel />
      <EditDialog />
    </>
  );
}

const CALL = 'ev-1i2aokf'; // Lavrov's phone call with Araghchi, 10 Mar 2026
const IRAVANI_PASSAGE = '004_01f64be52bd482f2:p24'; // Iravani at the Security Council; article of 11 Oct 2024

function openEditOn(kind: 'actor' | 'event', id: string, edit = 'Edit') {
  const { container } = render(<Page />);
  act(() => (kind === 'actor' ? store.getState().selectActor(id) : store.getState().selectEvent(id)));
  const card = container.querySelector<HTMLElement>(`article.${kind}-card`)!;
  fireEvent.click(within(card).getByRole('button', { name: edit }));
  return screen.getByRole<HTMLDialogElement>('dialog');
}

describe('the edit dialog', () => {
  it("opens from Araghchi's card on his record and saves a new Arabic short name as one actor.edit", () => {
    const dialog = openEditOn('actor', 'araghchi');
    expect(dialog).toHaveAccessibleName('Edit \u2068Abbas Araghchi\u2069');
    expect(within(dialog).getByLabelText('Name in Arabic')).toHaveValue('عباس عراقجي');
    expect(within(dialog).getByLabelText('Country (code)')).toHaveValue('IR');
    expect(within(dialog).getAllByLabelText('Title in English').map((i) => (i as HTMLInputElement).value)).toEqual(['Deputy Foreign Minister of Iran', 'Foreign Minister of Iran']);
    // A discovered person only can be promoted.
    expect(within(dialog).queryByRole('button', { name: 'Promote to curated' })).toBeNull();

    fireEvent.change(within(dialog).getByLabelText('Short name in Arabic'), { target: { value: 'عراقچي' } });
    fireEvent.change(within(dialog).getByLabelText('Reason (optional)'), { target: { value: 'Persian spelling' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const [c] = store.getState().corrections;
    expect(c).toMatchObject({ kind: 'actor.edit', actorId: 'araghchi', shortName: { en: 'Araghchi', ar: 'عراقچي' }, reason: 'Persian spelling' });
    expect(Object.keys(c).sort()).toEqual(['actorId', 'at', 'id', 'kind', 'reason', 'shortName']);
    const araghchi = store.getState().index!.actorById.get('araghchi')!;
    expect(araghchi.shortName.ar).toBe('عراقچي');
    expect(araghchi.corrections).toEqual([c.id]);
    expect(store.getState().editing).toBeNull();
    expect(store.getState().notices.map((n) => n.text)).toContain('Correction saved — undo in Corrections');
    // The card now says it was corrected.
    expect(screen.getByRole('complementary', { name: 'Corrected by an analyst' })).toHaveTextContent('Persian spelling');
  });

  it('merges Amir-Abdollahian into Araghchi: he is gone from the dataset, the merge recorded, the selection follows', () => {
    const dialog = openEditOn('actor', 'amir-abdollahian');
    fireEvent.change(within(dialog).getByRole('searchbox', { name: 'Same person as' }), { target: { value: 'عراقجي' } });
    const options = within(within(dialog).getByRole('list', { name: 'Same person as: matches' })).getAllByRole('button');
    expect(options.map((o) => o.textContent)).toEqual(['Abbas Araghchiعباس عراقجي · Iran']);
    fireEvent.click(options[0]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge into Abbas Araghchi' }));

    const s = store.getState();
    expect(s.dataset!.actors.some((a) => a.id === 'amir-abdollahian')).toBe(false);
    expect(s.corrections).toMatchObject([{ kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi' }]);
    expect(s.dataset!.corrections!.outcomes[s.corrections[0].id].status).toBe('applied');
    expect(s.selection).toEqual({ kind: 'actor', id: 'araghchi' });
    expect(s.editing).toBeNull();
  });

  it("moves the Lavrov–Araghchi call to 9 Mar 2026: the event's date is the analyst's, nothing else in the correction", () => {
    const dialog = openEditOn('event', CALL);
    const day = within(dialog).getByLabelText('Day');
    expect(day).toHaveValue('10 Mar 2026');
    fireEvent.change(day, { target: { value: '9 Mar 2026' } });
    expect(within(dialog).getByText('Means 9 Mar 2026')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    const [c] = store.getState().corrections;
    expect(c).toMatchObject({ kind: 'event.edit', event: { id: CALL, type: 'phone_call', participants: ['lavrov', 'araghchi'], day: '2026-03-10' } });
    expect(Object.keys(c).sort()).toEqual(['at', 'date', 'event', 'id', 'kind']);
    expect(store.getState().index!.eventById.get(CALL)!.date).toEqual({ start: '2026-03-09', end: '2026-03-09', precision: 'day', basis: 'analyst' });
    expect(store.getState().selection).toEqual({ kind: 'event', id: CALL });
  });

  it('a month-precise day becomes the whole month', () => {
    const dialog = openEditOn('event', CALL);
    fireEvent.change(within(dialog).getByLabelText('Known to'), { target: { value: 'month' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    expect(store.getState().index!.eventById.get(CALL)!.date).toEqual({ start: '2026-03-01', end: '2026-03-31', precision: 'month', basis: 'analyst' });
  });

  it('merges the call with another event, those of the same day offered first; the selection follows', () => {
    const dialog = openEditOn('event', CALL);
    const list = within(dialog).getByRole('list', { name: 'Same event as: matches' });
    const days = within(list).getAllByRole('button').map((b) => b.lastChild!.textContent);
    expect(days.slice(0, 3)).toEqual(['10 Mar 2026', '10 Mar 2026', '10 Mar 2026']);
    expect(days[3]).toBe('7 Mar 2026');
    fireEvent.click(within(list).getByRole('button', { name: /^Phone call: Putin – Pezeshkian/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));

    expect(store.getState().corrections).toMatchObject([{ kind: 'event.merge', event: { id: CALL, day: '2026-03-10' }, into: { id: 'ev-0j97z1t', type: 'phone_call' } }]);
    expect(store.getState().index!.eventById.has(CALL)).toBe(false);
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'ev-0j97z1t' });
  });

  it('deletes an event only after the confirmation', () => {
    const dialog = openEditOn('event', CALL);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete event…' }));
    expect(store.getState().corrections).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(store.getState().corrections).toMatchObject([{ kind: 'event.delete', event: { id: CALL } }]);
    expect(store.getState().index!.eventById.has(CALL)).toBe(false);
  });

  it("adds the event a passage reports, with its passage's actor and the article's day by default", () => {
    render(<Page />);
    act(() => store.getState().startEditing({ kind: 'newEvent', passageIds: [IRAVANI_PASSAGE] }));
    const dialog = screen.getByRole('dialog', { name: 'Add a missed event' });
    expect(within(dialog).getByRole('region', { name: 'Reported in' })).toHaveTextContent('وقال أمير إيرواني الممثل الدائم لإيران لدى الأمم المتحدة');
    expect(within(dialog).getByLabelText('Day')).toHaveValue('11 Oct 2024');
    expect(within(dialog).getByRole('button', { name: 'Remove Amir Saeid Iravani' })).toBeInTheDocument();

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Phone call' }));
    fireEvent.change(within(dialog).getByRole('searchbox', { name: 'Add a participant' }), { target: { value: 'Araghchi' } });
    fireEvent.click(within(within(dialog).getByRole('list', { name: 'Add a participant: matches' })).getByRole('button', { name: /^Abbas Araghchi/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add event' }));

    const [c] = store.getState().corrections;
    expect(c).toMatchObject({ kind: 'event.add', type: 'phone_call', participants: ['iravani', 'araghchi'], passageIds: [IRAVANI_PASSAGE], date: { start: '2024-10-11', end: '2024-10-11', precision: 'day' }, location: null, planned: false });
    const added = store.getState().index!.eventById.get(addedEventId(c.id))!;
    expect(added).toMatchObject({ type: 'phone_call', participants: ['iravani', 'araghchi'], passageIds: [IRAVANI_PASSAGE] });
    expect(store.getState().selection).toEqual({ kind: 'event', id: added.id });
  });

  it('refuses to add an event with no participant, and says why', () => {
    render(<Page />);
    act(() => store.getState().startEditing({ kind: 'newEvent', passageIds: [IRAVANI_PASSAGE] }));
    const dialog = screen.getByRole('dialog', { name: 'Add a missed event' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove Amir Saeid Iravani' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add event' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent("Choose the event's type.Add at least one participant.");
    expect(store.getState().corrections).toEqual([]);
    expect(store.getState().editing).toEqual({ kind: 'newEvent', passageIds: [IRAVANI_PASSAGE] });
  });

  it('Escape closes it without a correction, and leaves the selection as it was', () => {
    const dialog = openEditOn('event', CALL);
    fireEvent.change(within(dialog).getByLabelText('Place'), { target: { value: 'Moscow' } });
    fireEvent.keyDown(within(dialog).getByLabelText('Place'), { key: 'Escape' });
    expect(store.getState().editing).toBeNull();
    expect(dialog.open).toBe(false);
    expect(store.getState().corrections).toEqual([]);
    expect(store.getState().selection).toEqual({ kind: 'event', id: CALL });
  });

  it('is in Arabic with the interface', () => {
    act(() => void i18next.changeLanguage('ar'));
    const dialog = openEditOn('actor', 'araghchi', 'تعديل');
    expect(within(dialog).getByRole('button', { name: 'حفظ التغييرات' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('الاسم بالعربية')).toHaveAttribute('dir', 'auto');
  });
});
