// Appending articles to a dataset analyses only them and gives what a build of the whole corpus gives: on the
// bundled corpus, its first four articles built and the fifth appended equal the five built together.
import { corpusFolder } from '../cli/build-dataset-file';
import { correctionsOfEveryKind } from './corrections/every-kind.fixture';
import { appendToDataset, runPipeline } from './run-pipeline';

const corpus = corpusFolder('public/data/corpus');
const files = corpus.files.map((f) => ({ name: f.name, bytes: f.read() }));
const LAST = '004_01f64be52bd482f2.txt';

describe('appendToDataset on the bundled corpus', () => {
  const whole = runPipeline(files, corpus.manifest).dataset;
  const fourBuilt = runPipeline(files.filter((f) => f.name !== LAST), corpus.manifest).dataset;

  it('analyses only the fifth article and gives the dataset of all five, ids and all', () => {
    const analysed: number[] = [];
    const { dataset, issues } = appendToDataset(fourBuilt, files, corpus.manifest, { onProgress: (_done, total) => analysed.push(total) });
    expect(issues).toEqual([]);
    expect(new Set(analysed)).toEqual(new Set([1]));
    expect(fourBuilt.documents).toHaveLength(4);
    expect(dataset.documents.map((d) => d.file)).toEqual(files.map((f) => f.name));
    expect(dataset).toEqual(whole);
  });

  it('merges the fifth article’s reports into events the four already had, under the ids a whole build gives', () => {
    const lastId = LAST.replace('.txt', '');
    const joined = whole.events.filter((e) => e.documentIds.includes(lastId) && e.documentIds.length > 1);
    expect(joined.length).toBeGreaterThan(0);
    const before = new Map(fourBuilt.events.map((e) => [e.id, e]));
    expect(joined.every((e) => before.has(e.id) && before.get(e.id)!.passageIds.length < e.passageIds.length)).toBe(true);
  });

  it('appends nothing that the dataset already has: the same files, or a text it has under another name', () => {
    expect(appendToDataset(whole, files, corpus.manifest).dataset).toEqual(whole);
    const copy = { name: 'zz_copy.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...files[0].bytes]) };
    const { dataset, issues } = appendToDataset(whole, [...files, copy], corpus.manifest);
    expect(issues).toEqual([{ file: 'zz_copy.txt', message: `the same text as ${files[0].name}; skipped` }]);
    expect(dataset).toEqual(whole);
  });

  it('applies corrections as runPipeline does: appended then corrected is the whole corpus corrected', () => {
    const corrections = correctionsOfEveryKind(whole);
    expect(appendToDataset(fourBuilt, files, corpus.manifest, { corrections }).dataset).toEqual(runPipeline(files, corpus.manifest, { corrections }).dataset);
  });
});
