import { describe, expect, it } from 'vitest';
import { useAppStore } from '../app-store';
import { MAX_NOTICES, makeNotice, withNotice } from '../notices';

describe('notices', () => {
  it('errors stay longer than other notices', () => {
    expect(makeNotice({ text: 'Could not copy', tone: 'error' }).ttl).toBeGreaterThan(makeNotice({ text: 'Link copied' }).ttl);
  });
  it('the same key replaces the earlier notice (progress, then the result)', () => {
    const first = makeNotice({ text: 'Slide 1 of 3…', key: 'export' });
    const list = withNotice(withNotice([], first), makeNotice({ text: 'Downloaded deck.pptx', key: 'export', tone: 'success' }));
    expect(list.map((n) => n.text)).toEqual(['Downloaded deck.pptx']);
  });
  it('the same text twice does not stack, and only the newest few stay', () => {
    let list = withNotice([], makeNotice({ text: 'Link copied' }));
    list = withNotice(list, makeNotice({ text: 'Link copied' }));
    expect(list).toHaveLength(1);
    for (const n of ['a', 'b', 'c', 'd']) list = withNotice(list, makeNotice({ text: n }));
    expect(list.map((n) => n.text)).toEqual(['b', 'c', 'd']);
    expect(list).toHaveLength(MAX_NOTICES);
  });
  it('the store adds and dismisses a notice by id, and keeps notices when another dataset loads', () => {
    const id = useAppStore.getState().notify({ text: 'Downloaded actors-graph.png', tone: 'success' });
    expect(useAppStore.getState().notices.map((n) => n.text)).toContain('Downloaded actors-graph.png');
    useAppStore.getState().dismissNotice(id);
    expect(useAppStore.getState().notices.find((n) => n.id === id)).toBeUndefined();
  });
  it('the store dismisses every notice of a key at once', () => {
    useAppStore.getState().notify({ text: 'Slide 2 of 3…', key: 'export' });
    useAppStore.getState().notify({ text: 'Link copied' });
    useAppStore.getState().dismissNotice('export');
    expect(useAppStore.getState().notices.map((n) => n.text)).toContain('Link copied');
    expect(useAppStore.getState().notices.some((n) => n.key === 'export')).toBe(false);
  });
});
