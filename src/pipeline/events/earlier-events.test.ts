import type { Actor, DatasetEvent } from '../../schema/dataset';
import { EarlierEvents } from './earlier-events';
import type { EventCandidate } from './extract-events';
import { CrossDocumentMerger } from './merge-events';
import { toDatasetEvents } from './to-dataset-events';

const actor = (id: string, short: string): Actor => ({
  id,
  name: { en: short, ar: short },
  shortName: { en: short, ar: short },
  aliases: [],
  country: null,
  roles: [],
  mentionCount: 1,
  discovered: false,
});
const actors = [actor('putin', 'Putin'), actor('pezeshkian', 'Pezeshkian')];
const day = (start: string) => ({ start, end: start, precision: 'day' as const, basis: 'explicit' as const });
const report = (participants: string[], date: string | null, passage: string): EventCandidate => ({
  type: 'phone_call',
  participants,
  date: date ? day(date) : null,
  location: null,
  planned: false,
  earlier: false,
  passageIds: [passage],
  documentIds: [passage.split(':')[0]],
});

describe('EarlierEvents', () => {
  const [call, strike] = toDatasetEvents([report(['putin', 'pezeshkian'], '2026-03-10', 'a:p2'), { ...report([], '2026-03-11', 'a:p1'), type: 'military_action', summary: 'strike on the port' }], actors);
  const passages = [{ id: 'a:p1' }, { id: 'a:p2' }, { id: 'b:p1' }];

  it('lets a new report join an earlier event, which is then made again as a build of the whole corpus makes it', () => {
    const merger = new CrossDocumentMerger();
    const earlier = new EarlierEvents(merger, [call, strike], passages);
    merger.add(report(['pezeshkian', 'putin'], '2026-03-10', 'b:p1'));
    const events = earlier.toDatasetEvents(merger.merged, actors);
    const whole = new CrossDocumentMerger();
    for (const c of [report(['putin', 'pezeshkian'], '2026-03-10', 'a:p2'), report(['pezeshkian', 'putin'], '2026-03-10', 'b:p1')]) whole.add(c);
    expect(events.find((e) => e.type === 'phone_call')).toEqual(toDatasetEvents(whole.merged, actors)[0]);
    expect(events.find((e) => e.type === 'phone_call')).toMatchObject({ id: call.id, passageIds: ['a:p2', 'b:p1'], documentIds: ['a', 'b'] });
  });

  it('keeps an event no report joined as the record it was, and the title of one that names nobody', () => {
    const merger = new CrossDocumentMerger();
    const earlier = new EarlierEvents(merger, [call, strike], passages);
    merger.add({ ...report([], '2026-03-11', 'b:p1'), type: 'military_action' });
    const events = earlier.toDatasetEvents(merger.merged, actors);
    expect(events.find((e) => e.type === 'phone_call')).toBe(call);
    expect(strike.title.en).toContain('strike on the port');
    expect(events.find((e) => e.type === 'military_action')).toMatchObject({ title: strike.title, passageIds: ['a:p1', 'b:p1'] });
  });

  it('keeps the id, title and corrections of an event the analyst changed', () => {
    const edited: DatasetEvent = { ...call, id: 'ev-edited', title: { en: 'Call (edited)', ar: 'اتصال' }, corrections: ['redate'] };
    const merger = new CrossDocumentMerger();
    const earlier = new EarlierEvents(merger, [edited], passages);
    merger.add(report(['putin', 'pezeshkian'], '2026-03-10', 'b:p1'));
    expect(earlier.toDatasetEvents(merger.merged, actors)).toEqual([
      expect.objectContaining({ id: 'ev-edited', title: edited.title, corrections: ['redate'], passageIds: ['a:p2', 'b:p1'] }),
    ]);
  });
});
