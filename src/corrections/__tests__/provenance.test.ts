// A corrected event says so beyond its card: in the timeline's tooltip and under an exported slide's sources.
import JSZip from 'jszip';
import { beforeEach, describe, expect, it } from 'vitest';
import { citationsForView, viewCorrections } from '../../briefing/citations';
import { embedded } from '../../export/bidi-text';
import { buildDeck } from '../../export/slide-deck';
import { captureView } from '../../store/view-state';
import { loadStore } from '../../test/render-with-store';
import { loadRealDataset } from '../../test/fixtures';
import { eventTooltip } from '../../views/timeline/to-timeline-items';

const call = { id: 'ev-1i2aokf', type: 'phone_call' as const, participants: ['lavrov', 'araghchi'], day: '2026-03-10', passageIds: ['003_642b06d6276772ac:p9'] };
const strip = (s: string) => s.replace(/[\u2068\u2069\u202b\u202c\u200e]/g, '');

let store: ReturnType<typeof loadStore>;
beforeEach(() => {
  store = loadStore(loadRealDataset());
  store.getState().correct({ kind: 'event.edit', event: call, date: { start: '2026-03-09', end: '2026-03-09', precision: 'day' }, reason: 'the call was on Monday' });
});

describe('provenance beyond the cards', () => {
  it('the timeline tooltip of a corrected event ends with what the analyst changed and why; others say nothing of it', () => {
    const { index } = store.getState();
    const tooltip = eventTooltip(index!, index!.eventById.get('ev-1i2aokf')!, 'en').split('\n');
    expect(strip(tooltip.at(-1)!)).toBe('Corrected by analyst: Date: 10 Mar 2026 → 9 Mar 2026, the call was on Monday');
    expect(eventTooltip(index!, index!.eventById.get('ev-1io8kxt')!, 'en')).not.toContain('Corrected by analyst');
  });

  it("a slide of the corrected event says it under its sources, in the slide's language", async () => {
    store.getState().selectEvent('ev-1i2aokf');
    const { index } = store.getState();
    const view = captureView(store.getState());
    const lines = viewCorrections(index!, view, (text) => embedded(text, 'en'));
    expect(lines.map(strip)).toEqual(['Corrected by analyst: Date: 10 Mar 2026 → 9 Mar 2026, the call was on Monday']);
    expect(viewCorrections(index!, { ...view, uiLanguage: 'ar' }).map(strip)).toEqual(['صحّحه محلّل: التاريخ: 10 مارس 2026 ← 9 مارس 2026، the call was on Monday']);
    expect(viewCorrections(index!, { ...view, selection: { kind: 'event', id: 'ev-1io8kxt' } })).toEqual([]);

    const picture = { dataUrl: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', width: 1600, height: 1200 };
    const deck = await buildDeck(store.getState().dataset!, [{ title: 'The call', caption: '', lang: 'en', picture, citations: [], corrections: lines }], 'en');
    const zip = await JSZip.loadAsync(await deck.arrayBuffer());
    expect(await zip.file('ppt/slides/slide2.xml')!.async('string')).toContain('Corrected by analyst: Date: 10 Mar 2026 → 9 Mar 2026, the call was on Monday');
  });
});

describe('a slide saved before a merge', () => {
  it('cites the passages and says the corrections of the actor it was merged into', () => {
    store.getState().selectActor('amir-abdollahian');
    const before = captureView(store.getState());
    store.getState().correct({ kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi', reason: 'one office, two names' });
    const { index } = store.getState();
    expect(viewCorrections(index!, before).map(strip)).toEqual(['Corrected by analyst: Merged: Hossein Amir-Abdollahian → Abbas Araghchi, one office, two names']);
    expect(citationsForView(index!, before).map((c) => c.documentId)).toEqual(['002_1b7f967809f53ab6', '004_01f64be52bd482f2', '003_642b06d6276772ac']);
  });
});
