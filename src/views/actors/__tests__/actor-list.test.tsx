import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import ActorList from '../actor-list';
import { loadStore } from '../../../test/render-with-store';
import { dayEnd, dayStart } from '../../../store/time';

let store: ReturnType<typeof loadStore>;
beforeEach(() => {
  store = loadStore();
});

const names = () => within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.querySelector('.primary')!.textContent);

describe('ActorList', () => {
  it('lists every actor, most mentioned first', () => {
    render(<ActorList />);
    expect(names().slice(0, 3)).toEqual(['Abbas Araghchi', 'Sergey Lavrov', 'Vladimir Putin']);
    expect(names()).toHaveLength(11);
  });

  it('is keyboard navigable: arrows move, Enter selects', () => {
    render(<ActorList />);
    const list = screen.getByRole('listbox');
    fireEvent.focus(list);
    expect(list).toHaveAttribute('aria-activedescendant', 'actor-opt-araghchi');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'lavrov' });
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Sergey Lavrov');
    fireEvent.keyDown(list, { key: 'End' });
    expect(list).toHaveAttribute('aria-activedescendant', `actor-opt-${store.getState().dataset!.actors.length && 'shoigu'}`);
  });

  it('filters by any spelling, in either script', () => {
    render(<ActorList />);
    const box = screen.getByRole('searchbox', { name: /Filter actors/ });
    fireEvent.change(box, { target: { value: 'بيزشكيان' } });
    expect(names()).toEqual(['Masoud Pezeshkian']);
    fireEvent.change(box, { target: { value: 'سيرجي' } });
    expect(names()).toEqual(['Sergey Lavrov']);
    fireEvent.change(box, { target: { value: 'abdol' } });
    expect(names()).toEqual(['Hossein Amir-Abdollahian']);
    fireEvent.change(box, { target: { value: 'zzz' } });
    expect(screen.getByText(/No actor matches/)).toBeInTheDocument();
  });

  it('puts the actors outside the time window last, greyed', () => {
    render(<ActorList />);
    act(() => store.getState().setTimeWindow({ start: dayStart('2026-03-01'), end: dayEnd('2026-03-31') }));
    const opts = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(opts.slice(0, 5).map((o) => o.dataset.id)).toEqual(['araghchi', 'lavrov', 'putin', 'pezeshkian', 'borisenko']);
    expect(opts[5]).toHaveClass('is-out');
    expect(screen.getByRole('heading', { name: /Actors/ })).toHaveTextContent('5 / 11');
  });
});
