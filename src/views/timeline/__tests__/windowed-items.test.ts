import { describe, expect, it } from 'vitest';
import type { EventItem } from '../to-timeline-items';
import { toCountLanes } from '../../../store/select-timeline';
import { EventCounter } from '../../../dataset-source/country-sets';
import type { EventType } from '../../../schema/dataset';
import { EVENT_TYPES } from '../../shared/palette';
import { binEdges, binUnit, countInWindow, idsInWindow, toBinItems, toCountBins, toLaneIndex } from '../windowed-items';

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
function item(id: string, start: number, group: EventItem['group'] = 'phone_call', end?: number): EventItem {
  return { id, group, start, end, content: id, type: end ? 'range' : 'point', className: '', style: '', eventType: group, planned: false };
}

// 1000 calls, one a day from 1 Jan 2020, and a month-long killing in June 2020
const items = [...Array.from({ length: 1000 }, (_, i) => item(`c${i}`, t('2020-01-01') + i * DAY)), item('k', t('2020-06-01'), 'killing', t('2020-07-01'))];
const all = new Set(items.map((i) => i.id));

describe('windowed timeline items', () => {
  const lanes = toLaneIndex(items, all);

  it('counts and lists the events of a window by binary search, ranges by overlap', () => {
    expect(countInWindow(lanes, t('2020-01-01'), t('2020-01-11'))).toBe(10);
    const ids = idsInWindow(lanes, t('2020-06-10'), t('2020-06-12'));
    expect(ids.sort()).toEqual(['c161', 'c162', 'k']);
  });

  it('respects the filter', () => {
    const some = toLaneIndex(items, new Set(['c0', 'c1', 'k']));
    expect(some.total).toBe(3);
    expect(countInWindow(some, t('2019-01-01'), t('2030-01-01'))).toBe(3);
  });

  it('cuts calendar-aligned bins', () => {
    const months = binEdges(t('2020-01-15'), t('2021-06-15'));
    expect(months[0]).toBe(t('2020-01-01'));
    expect(new Date(months[1]).toISOString().slice(0, 10)).toBe('2020-02-01');
    const years = binEdges(t('2000-03-01'), t('2030-01-01'));
    expect(new Date(years[0]).toISOString().slice(0, 10)).toBe('2000-01-01');
    expect(new Date(years[1]).toISOString().slice(0, 10)).toBe('2001-01-01');
  });

  it('makes one bin per non-empty lane period, counting every event once, marking highlighted ones', () => {
    const bins = toBinItems(lanes, { start: t('2020-01-01'), end: t('2022-12-31') }, new Set(['c400', 'c401', 'c410']));
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(1001);
    expect(bins.filter((b) => b.className.includes('has-hl')).map((b) => [new Date(b.start).toISOString().slice(0, 10), b.count, b.selected])).toEqual([['2021-01-01', 90, 3]]);
    expect(bins.find((b) => b.group === 'killing')!.count).toBe(1);
    expect(bins.every((b) => b.end > b.start && b.id.startsWith('bin:'))).toBe(true);
  });

  it('names the period a bin counts by the window (with its margin of half a window either side)', () => {
    expect(binUnit({ start: t('2020-06-01'), end: t('2020-06-15') })).toBe('day');
    expect(binUnit({ start: t('2020-06-01'), end: t('2020-07-01') })).toBe('week');
    expect(binUnit({ start: t('2020-01-01'), end: t('2021-01-01') })).toBe('month');
    expect(binUnit({ start: t('2020-01-01'), end: t('2026-01-01') })).toBe('year');
  });

  it('makes the same bins from a folder’s counts per day, the selection’s part of each from its own counts', () => {
    const counts = (perType: [EventType, Record<string, number>][]) => {
      const counter = new EventCounter();
      for (const [type, perDay] of perType) for (const [day, n] of Object.entries(perDay)) counter.add(type, 0, day, n);
      return toCountLanes(counter.counts(), [[]], [], []);
    };
    const corpus = counts([
      ['phone_call', { '2020-01-15': 3, '2020-02-01': 2, '2020-03-20': 4 }],
      ['meeting', { '2020-01-31': 1 }],
    ]);
    const actors = counts([['phone_call', { '2020-01-15': 1, '2020-03-20': 4 }]]);
    const year = { start: t('2020-01-01'), end: t('2021-01-01') };
    const bins = toCountBins(corpus, year, actors);
    const [call, meeting] = [EVENT_TYPES.phone_call.color, EVENT_TYPES.meeting.color];
    expect(bins.map((b) => [b.group, new Date(b.start).toISOString().slice(0, 10), b.count, b.selected, b.className, b.style])).toEqual([
      ['meeting', '2020-01-01', 1, 0, 'bin', `--ev: ${meeting}`],
      ['phone_call', '2020-01-01', 3, 1, 'bin has-hl', `--ev: ${call}; --share: 33.3%`],
      ['phone_call', '2020-02-01', 2, 0, 'bin', `--ev: ${call}`],
      ['phone_call', '2020-03-01', 4, 4, 'bin has-hl', `--ev: ${call}; --share: 100.0%`],
    ]);
    expect(bins[1].title).toBe('Phone call: 3 events, 1 of them the selection’s, 1 Jan 2020 – 31 Jan 2020\nClick to zoom in.');
    expect(bins[2].title).toBe('Phone call: 2 events, 1 Feb 2020 – 29 Feb 2020\nClick to zoom in.');
    expect(toCountBins(corpus, year, null).map((b) => b.selected)).toEqual([0, 0, 0, 0]);
  });
});
