import { beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import PassagePanel from '../passage-panel';
import DocumentReader from '../../reader/document-reader';
import SourcesView from '../../sources/sources-view';
import { loadStore } from '../../../test/render-with-store';
import { dayEnd, dayStart } from '../../../store/time';
import { isolate } from '../../../i18n/bidi';

let store: ReturnType<typeof loadStore>;
beforeEach(() => {
  store = loadStore();
});

const passageIds = () => [...document.querySelectorAll<HTMLElement>('[data-passage]')].map((e) => e.dataset.passage);

describe('PassagePanel', () => {
  it('shows a hint when nothing is selected', () => {
    render(<PassagePanel />);
    expect(screen.getByText(/Select an actor/)).toBeInTheDocument();
  });

  it('selecting Lavrov lists exactly his passages, grouped by article, newest first, his mentions highlighted', () => {
    act(() => store.getState().selectActor('lavrov'));
    render(<PassagePanel />);
    expect(passageIds()).toEqual(['p-sp-2', 'p-sp-3', 'p-baath-2', 'p-wire-1']);
    const groups = screen.getAllByRole('region').filter((r) => r.classList.contains('article-group'));
    expect(groups.map((g) => within(g).getByRole('heading').textContent)).toEqual([
      'الكرملين: بوتين يؤكد خلال حواره مع بزشكيان موقفه الداعم لخفض التصعيد',
      'وزيرا الدفاع الروسي والإيراني يبحثان تعزيز التعاون',
      'Lavrov expected in Tehran',
    ]);
    const focus = [...document.querySelectorAll('mark.mention.is-focus')].map((m) => m.textContent);
    expect(focus).toEqual(['سيرغي لافروف', 'لافروف', 'سيرغي لافروف', 'Sergey Lavrov']);
    // Other actors' mentions are marked too, but not as the focus.
    expect([...document.querySelectorAll('mark.mention:not(.is-focus)')].map((m) => m.textContent)).toContain('عباس عراقجي');
  });

  it('renders a passage with HTML in it as text: no element is created from it', () => {
    act(() => store.getState().selectActor('lavrov'));
    render(<PassagePanel />);
    const p = document.querySelector('[data-passage="p-sp-3"] .passage-text')!;
    expect(p.textContent).toContain('<img src=x onerror=alert(1)> <script>alert("xss")</script>');
    expect(document.querySelector('.passage-panel img, .passage-panel script')).toBeNull();
    expect(p).toHaveAttribute('dir', 'rtl');
    expect(p).toHaveAttribute('lang', 'ar');
  });

  it('shows the actor card: both scripts, country, roles with dates, spelling variants', () => {
    act(() => store.getState().selectActor('amir-abdollahian'));
    render(<PassagePanel />);
    const card = screen.getByRole('article', { name: `Actor: ${isolate('Hossein Amir-Abdollahian')}` });
    expect(card).toHaveTextContent('حسين أمير عبد اللهيان');
    expect(card).toHaveTextContent('Iran');
    expect(card).toHaveTextContent('Foreign Minister of Iran');
    expect(card).toHaveTextContent('25 Aug 2021 – 19 May 2024');
    expect(within(card).getByRole('img', { name: /Mentions per month: January 2024: 2/ })).toBeInTheDocument();
  });

  it('keeps to the time window and says how many passages it leaves out', () => {
    act(() => {
      store.getState().setTimeWindow({ start: dayStart('2026-03-01'), end: dayEnd('2026-03-31') });
      store.getState().selectActor('lavrov');
    });
    render(<PassagePanel />);
    expect(passageIds()).toEqual(['p-sp-2', 'p-sp-3']);
    expect(screen.getByRole('status')).toHaveTextContent('2 passages in 1 article · 2 outside the time window or undated');
    act(() => screen.getByRole('button', { name: 'show all' }).click());
    expect(passageIds()).toHaveLength(4);
  });

  it('an edge shows the passages both appear in and the events they share', () => {
    act(() => store.getState().selectEdge('lavrov', 'araghchi'));
    render(<PassagePanel />);
    expect(passageIds()).toEqual(['p-sp-2', 'p-wire-1']);
    const card = screen.getByRole('article', { name: `${isolate('Sergey Lavrov')} and ${isolate('Abbas Araghchi')}` });
    expect(card).toHaveTextContent('Together in 2 passages');
    expect(card).toHaveTextContent('direct contact');
    expect(within(card).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Sergey Lavrov', 'Abbas Araghchi', 'Lavrov–Araghchi phone call', 'Lavrov to visit Tehran',
    ]);
  });

  it('an event shows its date with precision and basis, its participants and its passages', () => {
    act(() => store.getState().selectEvent('ev-haniyeh-killed'));
    render(<PassagePanel />);
    const card = screen.getByRole('article', { name: `Event: ${isolate('Haniyeh assassinated in Tehran')}` });
    expect(card).toHaveTextContent('July 2024 (month precision; stated in the text: «في يوليو»)');
    expect(passageIds()).toEqual(['p-ash-2']);
    act(() => within(card).getByRole('button', { name: /Ismail Haniyeh/ }).click());
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'haniyeh' });
  });

  it('opens the full article with the passage highlighted and every mention marked with how it was found', () => {
    act(() => store.getState().selectActor('araghchi'));
    render(<PassagePanel />);
    const passage = document.querySelector('[data-passage="p-ash-3"]')!;
    act(() => within(passage as HTMLElement).getByRole('button', { name: /Open in article/ }).click());
    expect(store.getState().reader).toEqual({ documentId: 'doc-ashgabat', passageId: 'p-ash-3' });
    render(<DocumentReader />);
    const target = screen.getByTestId('reader-target');
    expect(target.textContent).toBe(store.getState().index!.passageById.get('p-ash-3')!.text);
    const marks = [...document.querySelectorAll('.reader-text mark.mention')];
    expect(marks).toHaveLength(8);
    const role = marks.find((m) => m.textContent === 'وزير الخارجية الإيراني')!;
    expect(role).toHaveClass('via-role');
    expect(role.getAttribute('title')).toMatch(/Abbas Araghchi\u2069 · .* matched by role title/);
  });
});

describe('SourcesView', () => {
  it('lists every article with outlet, date, how the date is known, and counts', () => {
    render(<SourcesView />);
    const rows = screen.getAllByRole('button');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('سبوتنيك عربي (Sputnik Arabic)');
    expect(rows[0]).toHaveTextContent('10 Mar 2026 (from the dateline)');
    expect(rows[0]).toHaveTextContent('4 passages · 6 mentions · 5 actors · 2 events');
    expect(rows[3]).toHaveTextContent('undated (publication date unknown)');
    act(() => rows[1].click());
    expect(store.getState().reader).toEqual({ documentId: 'doc-ashgabat', passageId: null });
  });
});
