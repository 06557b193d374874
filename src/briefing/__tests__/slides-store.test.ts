import { beforeEach, describe, expect, it } from 'vitest';
import { getInitialState } from '../../store/initial-state';
import { captureView } from '../../store/view-state';
import { useSlidesStore } from '../slides-store';

const view = captureView(getInitialState());
const titles = () => useSlidesStore.getState().slides.map((s) => s.title);

describe('the slides store', () => {
  beforeEach(() => useSlidesStore.setState({ slides: [] }));

  it('adds, moves and removes slides', () => {
    const { add, move, remove } = useSlidesStore.getState();
    const a = add('A', '', view);
    add('B', '', view);
    const c = add('C', '', view);
    move(c.id, 0);
    expect(titles()).toEqual(['C', 'A', 'B']);
    move(c.id, 99);
    expect(titles()).toEqual(['A', 'B', 'C']);
    remove(a.id);
    expect(titles()).toEqual(['B', 'C']);
  });

  it('appends imported slides after the existing ones, renaming ids already in use', () => {
    const existing = useSlidesStore.getState().add('Mine', '', view);
    useSlidesStore.getState().append([{ ...existing, title: 'Imported copy' }, { id: 'other', title: 'Other', caption: '', view }]);
    const slides = useSlidesStore.getState().slides;
    expect(slides.map((s) => s.title)).toEqual(['Mine', 'Imported copy', 'Other']);
    expect(new Set(slides.map((s) => s.id)).size).toBe(3);
    expect(slides[2].id).toBe('other');
  });

  it('keeps the slides in localStorage', () => {
    useSlidesStore.getState().add('Kept', 'caption', view);
    expect(JSON.parse(localStorage.getItem('actors-events.slides')!).state.slides[0].title).toBe('Kept');
  });
});
