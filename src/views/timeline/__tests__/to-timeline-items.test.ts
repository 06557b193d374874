import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../store/dataset-index';
import { loadFixture } from '../../../test/fixtures';
import { eventTooltip, initialWindow, laneLabel, toEventItem, toEventPlacements, toTimelineGroups } from '../to-timeline-items';

const index = buildDatasetIndex(loadFixture());
const placements = toEventPlacements(index);
const items = placements.map((p) => toEventItem(index, p, 'en'));
const byId = new Map(items.map((i) => [i.id, i]));

describe('timeline items', () => {
  it('places every dated event and no undated one', () => {
    expect(items).toHaveLength(10);
    expect(byId.has('ev-lavrov-visit-planned')).toBe(false);
  });

  it('draws a day as a point, a month and a year as ranges over the whole period', () => {
    expect(byId.get('ev-lavrov-araghchi-call-2026')).toMatchObject({ type: 'point', start: Date.UTC(2026, 2, 10) });
    expect(byId.get('ev-lavrov-araghchi-call-2026')!.end).toBeUndefined();
    expect(byId.get('ev-haniyeh-killed')).toMatchObject({ type: 'range', start: Date.UTC(2024, 6, 1), end: Date.UTC(2024, 7, 1) });
    expect(byId.get('ev-partnership-treaty')).toMatchObject({ type: 'range', start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) });
    expect(byId.get('ev-partnership-treaty')!.className).toContain('precision-year');
  });

  it('keeps labels as plain text (HTML-looking titles are not interpreted here or later)', () => {
    expect(byId.get('ev-iran-missiles')!.content).toBe('Iran fires ~200 missiles at Israel <b>');
  });

  it('writes a tooltip with date precision, basis and sources', () => {
    const tooltip = (id: string) => eventTooltip(index, index.eventById.get(id)!, 'en');
    const t = tooltip('ev-lavrov-araghchi-call-2026');
    expect(t).toContain('10 Mar 2026 (day precision; stated in the text: «في 10 مارس/آذار»)');
    expect(t).toContain('Sources: \u2068سبوتنيك عربي (Sputnik Arabic)\u2069 (10 Mar 2026)');
    expect(t).toContain('Participants: \u2068Sergey Lavrov\u2069, \u2068Abbas Araghchi\u2069');
    expect(tooltip('ev-haniyeh-killed')).toContain('July 2024 (month precision');
  });

  it('names the participants in the names’ language, each set apart from the interface’s words', () => {
    const call = placements.find((p) => p.id === 'ev-lavrov-araghchi-call-2026')!;
    expect(toEventItem(index, call, 'ar').content).toBe('\u2068لافروف\u2069 – \u2068عراقجي\u2069');
  });

  it('drops the type the lane already shows, but not a planned one’s', () => {
    const e = { ...index.eventById.get('ev-lavrov-araghchi-call-2026')!, title: { en: 'Phone call: Lavrov – Araghchi', ar: '' } };
    expect(laneLabel(index, e, 'en')).toBe('Lavrov – Araghchi');
    expect(laneLabel(index, { ...e, planned: true }, 'ar')).toBe('Planned phone call: \u2068لافروف\u2069 – \u2068عراقجي\u2069');
  });
});

describe('lanes and the first window', () => {
  it('has one lane per type present, contacts first', () => {
    expect(toTimelineGroups(index).map((g) => g.id)).toEqual([
      'phone_call', 'meeting', 'agreement', 'statement', 'military_action', 'killing',
    ]);
  });

  it('starts on every event for a small dataset, on the most recent ones for a large one', () => {
    const w = initialWindow(items)!;
    expect(w.start).toBeLessThan(Date.UTC(2024, 0, 15));
    expect(w.end).toBeGreaterThan(Date.UTC(2026, 2, 11));
    const many = Array.from({ length: 2000 }, (_, i) => ({ start: Date.UTC(2000, 0, 1) + i * 86_400_000 }));
    expect(initialWindow(many, 800)!.start).toBeGreaterThan(many[1100].start);
  });
});
