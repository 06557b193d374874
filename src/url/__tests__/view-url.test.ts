import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventTypeSchema } from '../../schema/dataset';
import type { ViewState } from '../../store/view-state';
import { decodeView, defaultView, encodeView, sameQuery, withView } from '../view-url';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const decode = (query: string) => decodeView(new URLSearchParams(query));

describe('view URL codec', () => {
  it('writes a readable URL for a day-aligned window, an actor, hidden types, Arabic and dark', () => {
    const view: ViewState = {
      ...defaultView(),
      timeWindow: { start: day('2024-10-01'), end: day('2024-11-01') },
      selection: { kind: 'actor', id: 'lavrov' },
      hiddenEventTypes: ['meeting', 'statement'],
      uiLanguage: 'ar',
      nameLanguage: 'ar',
      theme: 'dark',
    };
    expect(withView('', view)).toBe('?from=2024-10-01&to=2024-10-31&actor=lavrov&hide=meeting,statement&lang=ar&theme=dark');
    expect(decode(withView('', view)).view).toEqual(view);
  });

  it('keeps exact instants when the window is not day-aligned', () => {
    const view = { ...defaultView(), timeWindow: { start: Date.UTC(2024, 9, 1, 5, 30, 12, 345), end: day('2024-10-20') } };
    const q = withView('', view);
    expect(q).toBe('?from=2024-10-01T05:30:12.345Z&to=2024-10-19');
    expect(decode(q).view.timeWindow).toEqual(view.timeWindow);
  });

  it('writes an edge as source~target, and names apart from the interface language', () => {
    const view: ViewState = { ...defaultView(), selection: { kind: 'edge', source: 'putin', target: 'pezeshkian' }, nameLanguage: 'ar', focusDepth: 2, windowFilter: false };
    const q = withView('', view);
    expect(q).toBe('?edge=putin~pezeshkian&depth=2&filter=off&names=ar');
    expect(decode(q).view).toEqual(view);
  });

  it('keeps parameters it does not own, and drops its own stale ones', () => {
    const q = withView('?data=data/x.json&test&actor=old&theme=dark', { ...defaultView(), selection: { kind: 'event', id: 'ev-1' } });
    expect(q).toBe('?data=data/x.json&test=&event=ev-1');
    expect(new URLSearchParams(q).get('data')).toBe('data/x.json');
    expect(withView('?test', defaultView())).toBe('?test=');
  });

  it('tells query strings that say the same from those that do not', () => {
    expect(sameQuery('?test', '?test=')).toBe(true);
    expect(sameQuery('?a=1&b=2', '?a=1&b=2')).toBe(true);
    expect(sameQuery('?a=1&b=2', '?b=2&a=1')).toBe(false);
    expect(sameQuery('?test', '?test=&actor=lavrov')).toBe(false);
    expect(sameQuery('', '?')).toBe(true);
  });

  it('reads the default view from a URL without view parameters', () => {
    expect(decode('?test&data=data/dataset.json')).toEqual({ view: defaultView(), problems: [] });
  });

  it('names what it could not read and leaves it at the default', () => {
    const { view, problems } = decode('?from=2024-02-30&to=2024-03-10&hide=meeting,dance&lang=fr&theme=neon&depth=7&filter=maybe&edge=a~a&actor=lavrov');
    expect(view).toEqual({ ...defaultView(), selection: { kind: 'actor', id: 'lavrov' }, hiddenEventTypes: ['meeting'] });
    expect(problems).toEqual([
      { param: 'from', value: '2024-02-30' },
      { param: 'edge', value: 'a~a' },
      { param: 'depth', value: '7' },
      { param: 'filter', value: 'maybe' },
      { param: 'hide', value: 'dance' },
      { param: 'lang', value: 'fr' },
      { param: 'theme', value: 'neon' },
    ]);
  });

  it('rejects a window that ends before it starts, or has only one end', () => {
    expect(decode('?from=2024-10-10&to=2024-10-01').problems).toEqual([{ param: 'to', value: '2024-10-01' }]);
    expect(decode('?from=2024-10-10').problems).toEqual([{ param: 'from', value: '2024-10-10' }]);
    expect(decode('?from=2024-10-10&to=2024-10-01').view.timeWindow).toBeNull();
    // One day: from and to the same day.
    expect(decode('?from=2024-10-10&to=2024-10-10').view.timeWindow).toEqual({ start: day('2024-10-10'), end: day('2024-10-11') });
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('from', 'to', 'actor', 'edge', 'event', 'hide', 'lang', 'depth', 'x'), fc.string()), (d) => {
        const { view } = decodeView(new URLSearchParams(d));
        expect(view.timeWindow === null || view.timeWindow.end > view.timeWindow.start).toBe(true);
      }),
    );
  });
});

// ---------- round trip ----------

const id = fc.stringMatching(/^[a-z][a-z0-9_-]{0,14}$/);
const ms = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) });
// Day-aligned windows are the common case and take the short form: draw them often.
const boundary = fc.oneof(ms, ms.map((t) => t - (t % 86_400_000)));
const window = fc
  .tuple(boundary, boundary)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
const selection = fc.oneof(
  fc.constant(null),
  id.map((x) => ({ kind: 'actor' as const, id: x })),
  id.map((x) => ({ kind: 'event' as const, id: x })),
  fc
    .tuple(id, id)
    .filter(([a, b]) => a !== b)
    .map(([source, target]) => ({ kind: 'edge' as const, source, target })),
);
const lang = fc.constantFrom('en' as const, 'ar' as const);
const arbitraryView: fc.Arbitrary<ViewState> = fc.record({
  timeWindow: fc.option(window, { nil: null }),
  selection,
  focusDepth: fc.constantFrom(0 as const, 1 as const, 2 as const),
  windowFilter: fc.boolean(),
  hiddenEventTypes: fc.uniqueArray(fc.constantFrom(...eventTypeSchema.options)),
  hiddenCountries: fc.uniqueArray(fc.stringMatching(/^[A-Z]{2,9}$/)),
  uiLanguage: lang,
  nameLanguage: lang,
  theme: fc.constantFrom('light' as const, 'dark' as const),
});

describe('view URL round trip', () => {
  it('decode(encode(view)) is the view, with nothing reported', () => {
    fc.assert(
      fc.property(arbitraryView, (view) => {
        expect(decodeView(encodeView(view))).toEqual({ view, problems: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('survives the trip through a real URL string, next to other parameters', () => {
    fc.assert(
      fc.property(arbitraryView, (view) => {
        const url = new URL(`http://x/${withView('?data=data/d.json&test', view)}`);
        expect(decodeView(url.searchParams).view).toEqual(view);
        expect(url.searchParams.get('data')).toBe('data/d.json');
        expect(url.searchParams.has('test')).toBe(true);
      }),
    );
  });
});
