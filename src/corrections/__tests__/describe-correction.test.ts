import { beforeEach, describe, expect, it } from 'vitest';
import { changesText, describeCorrection } from '../describe-correction';
import { loadStore } from '../../test/render-with-store';
import { loadRealDataset } from '../../test/fixtures';
import type { CorrectionRequest } from '../../store/corrections';
import type { UiLanguage } from '../../store/view-state';

const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');
const call = { id: 'ev-1i2aokf', type: 'phone_call' as const, participants: ['lavrov', 'araghchi'], day: '2026-03-10', passageIds: ['003_642b06d6276772ac:p9'] };

let store: ReturnType<typeof loadStore>;
beforeEach(() => {
  store = loadStore(loadRealDataset());
});

/** Makes the correction and describes it as the store now shows it. */
function made(request: CorrectionRequest, lang: UiLanguage = 'en') {
  const id = store.getState().correct(request);
  const { index, dataset } = store.getState();
  const c = dataset!.corrections!.corrections.find((x) => x.id === id)!;
  const d = describeCorrection(c, dataset!.corrections!.outcomes[id], index!, lang);
  return { ...d, target: strip(d.target), text: strip(changesText(d.changes, lang)) };
}

describe('describeCorrection', () => {
  it('says an event edit as before → after, in English and Arabic', () => {
    const request: CorrectionRequest = { kind: 'event.edit', event: call, date: { start: '2026-03-09', end: '2026-03-09', precision: 'day' } };
    const en = made(request);
    expect(en.target).toBe('Phone call: Lavrov – Araghchi in Russia');
    expect(en.selects).toEqual({ kind: 'event', id: 'ev-1i2aokf' });
    expect(en.text).toBe('Date: 10 Mar 2026 → 9 Mar 2026');
    store.getState().replaceCorrections([]);
    const ar = made(request, 'ar');
    expect(ar.text).toBe('التاريخ: 10 مارس 2026 ← 9 مارس 2026');
  });

  it('names participants by the names they had, also one merged away since', () => {
    const swap = made({ kind: 'event.edit', event: call, participants: ['lavrov', 'amir-abdollahian'] });
    expect(swap.text).toBe('Participants: Sergei Lavrov, Abbas Araghchi → Sergei Lavrov, Hossein Amir-Abdollahian');
    const merge = made({ kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi' });
    expect(merge.target).toBe('Abbas Araghchi');
    expect(merge.text).toBe('Merged: Hossein Amir-Abdollahian → Abbas Araghchi');
    // Described again after the merge: the merged-away name is still known.
    const { index, dataset } = store.getState();
    const first = dataset!.corrections!.corrections[0];
    expect(strip(changesText(describeCorrection(first, dataset!.corrections!.outcomes[first.id], index!, 'en').changes, 'en'))).toBe(
      'Participants: Sergei Lavrov, Abbas Araghchi → Sergei Lavrov, Hossein Amir-Abdollahian',
    );
  });

  it('says a mark, a removed mention and a deleted event with their words', () => {
    expect(made({ kind: 'actor.notPerson', actorId: 'borisenko' })).toMatchObject({ target: 'Georgy Borisenko', selects: null, text: 'Not a person: Georgy Borisenko' });
    const mention = { passageId: '002_1b7f967809f53ab6:p11', start: 18, end: 29, text: 'عبد اللهيان', actorId: 'amir-abdollahian' };
    expect(made({ kind: 'mention.remove', mention })).toMatchObject({
      target: 'Hossein Amir-Abdollahian',
      text: 'Mention removed: «عبد اللهيان» (passage 002_1b7f967809f53ab6:p11)',
    });
    expect(made({ kind: 'event.delete', event: call })).toMatchObject({ target: 'Phone call: Lavrov – Araghchi in Russia', selects: null, text: 'Deleted: Phone call: Lavrov – Araghchi in Russia' });
  });

  it('says a rename, and an orphan by its anchor', () => {
    expect(made({ kind: 'actor.edit', actorId: 'iravani', name: { en: 'Amir Saied Iravani', ar: 'أمير سعيد إيرواني' } }).text).toBe(
      'Name: Amir Saeid Iravani → Amir Saied Iravani',
    );
    const orphan = made({ kind: 'event.edit', event: { ...call, id: 'ev-gone', passageIds: ['nowhere:p1'] }, planned: true });
    expect(orphan).toMatchObject({ target: 'Phone call (10 Mar 2026)', selects: null, text: 'Planned: no → yes' });
  });
});
