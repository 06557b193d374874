import { beforeEach, describe, expect, it } from 'vitest';
import { loadRealDataset } from '../../test/fixtures';
import { useAppStore } from '../app-store';
import { captureView } from '../view-state';

const real = loadRealDataset();
const store = () => useAppStore.getState();

describe('the store with corrections', () => {
  beforeEach(() => {
    store().reset();
    store().loadSucceeded(real);
  });

  it('shows the extraction corrected, keeps what the pipeline found, and undoes one correction only', () => {
    const merge = store().correct({ kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi', reason: 'same office' });
    const notPerson = store().correct({ kind: 'actor.notPerson', actorId: 'borisenko' });
    expect(store().extracted).toBe(real);
    expect(store().dataset!.actors.map((a) => a.id)).not.toContain('amir-abdollahian');
    expect(store().dataset!.actors.map((a) => a.id)).not.toContain('borisenko');
    expect(store().corrections.map((c) => [c.id, c.kind, c.reason])).toEqual([
      [merge, 'actor.merge', 'same office'],
      [notPerson, 'actor.notPerson', undefined],
    ]);
    store().undoCorrection(merge);
    expect(store().index!.actorById.has('amir-abdollahian')).toBe(true);
    expect(store().index!.actorById.has('borisenko')).toBe(false);
    expect(store().corrections.map((c) => c.id)).toEqual([notPerson]);
  });

  it('signs corrections with the author name, when there is one', () => {
    store().setCorrectionAuthor('  R. Analyst ');
    store().correct({ kind: 'actor.promote', actorId: 'putin' });
    expect(store().corrections[0].author).toBe('R. Analyst');
    expect(store().corrections[0].at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('a selection of a merged-away actor follows the merge, in the store and in a link made before it', () => {
    store().selectActor('amir-abdollahian');
    const linkBefore = captureView(store());
    store().correct({ kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi' });
    expect(store().selection).toEqual({ kind: 'actor', id: 'araghchi' });
    store().clearSelection();
    expect(store().applyView(linkBefore)).toEqual([]);
    expect(store().selection).toEqual({ kind: 'actor', id: 'araghchi' });
  });

  it('a merged-away event: the selection and an old link follow it to the one it went into', () => {
    const e = real.events.find((x) => x.id === 'ev-0j97z1t')!;
    const into = real.events.find((x) => x.id === 'ev-16hfmf7')!;
    const anchor = (x: typeof e) => ({ id: x.id, type: x.type, participants: x.participants, day: x.date?.start ?? null, passageIds: x.passageIds });
    store().selectEvent(e.id);
    const linkBefore = captureView(store());
    store().correct({ kind: 'event.merge', event: anchor(e), into: anchor(into) });
    expect(store().selection).toEqual({ kind: 'event', id: 'ev-16hfmf7' });
    expect(store().applyView(linkBefore)).toEqual([]);
  });

  it('corrections outlive loading the dataset again (a rebuild), and a deleted event stays deleted', () => {
    const e = real.events.find((x) => x.id === 'ev-1r1oig7')!;
    store().correct({ kind: 'event.delete', event: { id: e.id, type: e.type, participants: e.participants, day: null, passageIds: e.passageIds } });
    store().loadSucceeded(structuredClone(real));
    expect(store().index!.eventById.has('ev-1r1oig7')).toBe(false);
    expect(store().dataset!.events).toHaveLength(real.events.length - 1);
  });
});
