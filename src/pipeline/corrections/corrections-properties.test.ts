// Properties of the corrections stage over random lists of corrections made from real datasets' ids and anchors
// (bench/sample-corrections.ts), some of them naming nothing the dataset has.
import fc from 'fast-check';
import { sampleCorrections } from '../../../bench/sample-corrections';
import { random, syntheticCorpus } from '../../../bench/synthetic-corpus';
import type { Dataset } from '../../schema/dataset';
import { loadRealDataset } from '../../test/fixtures';
import { defaultActorIndex } from '../actors/default-actor-index';
import type { CorpusFile } from '../corpus/prepare-articles';
import { runPipeline } from '../run-pipeline';
import { applyCorrections } from './apply-corrections';

const bundled = loadRealDataset();
const index = defaultActorIndex();
/** A random list: its seed, its length, and the share of corrections that name nothing real. */
const lists = fc.record({ seed: fc.nat(), count: fc.integer({ min: 1, max: 40 }), nonsense: fc.constantFrom(0, 0.2, 0.5) });
const listOf = (d: Dataset, { seed, count, nonsense }: { seed: number; count: number; nonsense: number }) => sampleCorrections(d, count, random(seed), { nonsense });

/** An article about people the bundled corpus never names: it shares no actor and no event with it. */
const UNRELATED = {
  name: 'zz-unrelated.txt',
  text: 'Turkish Foreign Minister Hakan Fidan met his Egyptian counterpart Badr Abdelatty in Cairo on Tuesday, the ministry said.',
};

describe('corrections, on random lists made from the dataset', () => {
  it('applied twice change nothing more than applied once, also on a dataset that came with some of them', () => {
    fc.assert(
      fc.property(lists, fc.nat(), (l, cut) => {
        const list = listOf(bundled, l);
        // A dataset file made with the first corrections, then the analyst's whole list on top (as the store does).
        const carried = applyCorrections(bundled, list.slice(0, cut % (list.length + 1)));
        const once = applyCorrections(carried, list);
        expect(applyCorrections(once, list)).toEqual(once);
      }),
      { numRuns: 30 },
    );
  });

  it('are each reported with an outcome, an orphan with why: none is lost', () => {
    fc.assert(
      fc.property(lists, (l) => {
        const list = listOf(bundled, l);
        const { corrections } = applyCorrections(bundled, list);
        expect(corrections!.corrections).toEqual(list);
        for (const c of list) {
          const outcome = corrections!.outcomes[c.id];
          if (outcome.status === 'orphaned') expect(outcome.why).toEqual(expect.any(String));
          else expect(outcome.target).toEqual(expect.any(String));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('that applied to a corpus still apply, with the same effect, once an unrelated article is added', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 3, max: 8 }), lists, (corpusSeed, size, l) => {
        const corpus = syntheticCorpus(size, corpusSeed);
        const withUnrelated = {
          files: [...corpus.files, { name: UNRELATED.name, bytes: encoder.encode(UNRELATED.text) }] satisfies CorpusFile[],
          manifest: JSON.stringify([...JSON.parse(corpus.manifest), { file: UNRELATED.name, title: null, source: null, url: null, published: '2026-01-06', language: 'en' }]),
        };
        const before = runPipeline(corpus.files, corpus.manifest, { index }).dataset;
        const after = runPipeline(withUnrelated.files, withUnrelated.manifest, { index }).dataset;
        expect(after.documents).toHaveLength(before.documents.length + 1);
        const list = listOf(before, l);
        const onBefore = applyCorrections(before, list);
        const onAfter = applyCorrections(after, list);
        const applied = list.filter((c) => onBefore.corrections!.outcomes[c.id].status === 'applied');
        for (const c of applied) expect(onAfter.corrections!.outcomes[c.id]).toEqual(onBefore.corrections!.outcomes[c.id]);
        const changedBy = (records: { corrections?: string[] }[]) => records.filter((r) => r.corrections?.length);
        expect(changedBy(onAfter.actors)).toEqual(changedBy(onBefore.actors));
        expect(changedBy(onAfter.events)).toEqual(changedBy(onBefore.events));
      }),
      { numRuns: 20 },
    );
  });
});
