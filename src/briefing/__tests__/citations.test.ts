// Citations on the real dataset (public/data/dataset.json): documents and dates read from it.
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../store/dataset-index';
import { getInitialState } from '../../store/initial-state';
import { captureView, type ViewState } from '../../store/view-state';
import { dayStart } from '../../store/time';
import { hasRealDataset, loadRealDataset } from '../../test/fixtures';
import { citationsForView } from '../citations';

const MIDDLE_EAST_NEWS_ASHGABAT = '001_da3dc91e64642310';
const ASHGABAT_UNSOURCED = '004_01f64be52bd482f2';
const SANA_DEFENCE = '002_1b7f967809f53ab6';
const MARCH_2026_UNSOURCED = '000_31ef86482aa971b7';
const SPUTNIK_CALL = '003_642b06d6276772ac';

describe.skipIf(!hasRealDataset)('citationsForView on the real dataset', () => {
  const index = buildDatasetIndex(loadRealDataset());
  const view = (changes: Partial<ViewState>): ViewState => ({ ...captureView(getInitialState()), ...changes });
  const month = (from: string, to: string) => ({ start: dayStart(from), end: dayStart(to) });
  const ids = (v: ViewState) => citationsForView(index, v).map((c) => c.documentId);

  it('cites the two reports of the Ashgabat meeting for the Putin–Pezeshkian edge in October 2024', () => {
    const citations = citationsForView(
      index,
      view({ timeWindow: month('2024-10-01', '2024-11-01'), selection: { kind: 'edge', source: 'putin', target: 'pezeshkian' } }),
    );
    expect(citations).toEqual([
      {
        n: 1,
        documentId: MIDDLE_EAST_NEWS_ASHGABAT,
        outlet: 'ميدل ايست نيوز (Middle East News)',
        published: '2024-10-11',
        url: null,
        title: 'بزشكيان وبوتين يشيدان بعلاقات “صادقة واستراتيجية” بين طهران وموسكو',
      },
      {
        n: 2,
        documentId: ASHGABAT_UNSOURCED,
        outlet: null,
        published: '2024-10-11',
        url: null,
        title: 'بزشكيان يلتقي بوتين على وقع تهديدات إسرائيلية باستهداف إيران',
      },
    ]);
  });

  it('cites the documents of the events in the window when nothing is selected', () => {
    expect(ids(view({ timeWindow: month('2024-01-01', '2024-02-01') }))).toEqual([SANA_DEFENCE]);
    expect(ids(view({ timeWindow: month('2026-03-01', '2026-04-01') }))).toEqual([MARCH_2026_UNSOURCED, SPUTNIK_CALL]);
  });

  it('numbers every dated source oldest first when the window filter is off', () => {
    const all = citationsForView(index, view({ timeWindow: month('2024-01-01', '2024-02-01'), windowFilter: false }));
    expect(all.map((c) => [c.n, c.documentId, c.published])).toEqual([
      [1, SANA_DEFENCE, '2024-01-15'],
      [2, MIDDLE_EAST_NEWS_ASHGABAT, '2024-10-11'],
      [3, ASHGABAT_UNSOURCED, '2024-10-11'],
      [4, MARCH_2026_UNSOURCED, '2026-03-07'],
      [5, SPUTNIK_CALL, '2026-03-10'],
    ]);
  });

  it('keeps only the selected actor’s passages inside the window', () => {
    expect(ids(view({ timeWindow: month('2026-03-01', '2026-04-01'), selection: { kind: 'actor', id: 'lavrov' } }))).toEqual([SPUTNIK_CALL]);
    expect(ids(view({ timeWindow: month('2024-01-01', '2024-02-01'), selection: { kind: 'actor', id: 'lavrov' } }))).toEqual([SANA_DEFENCE]);
  });

  it('cites an event’s sources whatever the window, as the source panel does', () => {
    expect(ids(view({ timeWindow: month('2026-03-01', '2026-04-01'), selection: { kind: 'event', id: 'ev-1io8kxt' } }))).toEqual([
      MIDDLE_EAST_NEWS_ASHGABAT,
      ASHGABAT_UNSOURCED,
    ]);
  });

  it('leaves out events of hidden types', () => {
    expect(ids(view({ timeWindow: month('2024-01-01', '2024-02-01'), hiddenEventTypes: ['phone_call', 'statement'] }))).toEqual([]);
  });
});
