// Views on the real dataset (public/data/dataset.json). Values read from it; see src/store/__tests__/real-dataset.test.ts.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import PassagePanel from '../passage-panel';
import ActorList from '../../actors/actor-list';
import { loadStore } from '../../../test/render-with-store';
import { loadRealDataset } from '../../../test/fixtures';
import { dayEnd, dayStart } from '../../../store/time';
import type { Dataset } from '../../../schema/dataset';
import { isolate } from '../../../i18n/bidi';

let dataset: Dataset;
let store: ReturnType<typeof loadStore>;
beforeAll(() => {
  dataset = loadRealDataset();
});
beforeEach(() => {
  store = loadStore(dataset);
});

describe('real dataset in the views', () => {
  it('clicking Lavrov in the list shows his card and exactly his seven passages, his name highlighted', () => {
    render(
      <>
        <ActorList />
        <PassagePanel />
      </>,
    );
    act(() => screen.getByRole('option', { name: /Sergei Lavrov/ }).click());
    const card = screen.getByRole('article', { name: `Actor: ${isolate('Sergei Lavrov')}` });
    expect(card).toHaveTextContent('سيرغي لافروف');
    expect(card).toHaveTextContent('Foreign Minister of Russia');
    const passages = document.querySelectorAll('.passage-panel [data-passage]');
    expect(passages).toHaveLength(7);
    expect(screen.getByText(/7 passages in 2 articles/)).toBeInTheDocument();
    for (const p of passages) {
      const marks = [...p.querySelectorAll('mark.mention.is-focus')].map((m) => m.textContent);
      expect(marks.length).toBeGreaterThan(0);
      for (const m of marks) expect(['سيرغي لافروف', 'لافروف']).toContain(m);
    }
    const heads = [...document.querySelectorAll('.article-head')].map((h) => within(h as HTMLElement).getByRole('heading').textContent);
    expect(heads[0]).toMatch(/^الكرملين: بوتين يؤكد/);
    expect(heads[1]).toMatch(/^وزيرا الدفاع الروسي والإيراني/);
  });

  it('in March 2026 the list puts the seven active actors first and greys the rest', () => {
    render(<ActorList />);
    act(() => store.getState().setTimeWindow({ start: dayStart('2026-03-01'), end: dayEnd('2026-03-31') }));
    const rows = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(rows.slice(0, 7).map((r) => r.dataset.id).sort()).toEqual([
      'araghchi', 'borisenko', 'khamenei', 'lavrov', 'netanyahu', 'pezeshkian', 'putin',
    ]);
    expect(rows.slice(7).every((r) => r.classList.contains('is-out'))).toBe(true);
    expect(screen.getByRole('heading', { name: /Actors/ })).toHaveTextContent(`7 / ${dataset.actors.length}`);
  });
});
