// `npm run bench:append`: adding one article in the browser, before and after it was appended rather than the whole
// corpus analysed again. What the ingest worker runs, timed here in Node: rebuildDataset (the base's documents and
// the article through the whole pipeline, as "Add articles" did) against appendArticles (the article alone, merged
// into the extraction), on a synthetic dataset of SIZE articles; and the structured clone of what each sends to the
// worker (the documents, or the whole extraction). Both must give the same dataset.
// Another size: `npm run bench:append -- --size 500`.
import { isDeepStrictEqual, parseArgs } from 'node:util';
import type { AddedArticle } from '../src/ingest/added-article';
import { appendArticles, rebuildDataset } from '../src/ingest/rebuild-dataset';
import { runPipeline } from '../src/pipeline/run-pipeline';
import { syntheticCorpus } from './synthetic-corpus';

const ROUNDS = 3;

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;

const { size } = parseArgs({ options: { size: { type: 'string', default: '2000' } } }).values;
const articles = Number(size);
const corpus = syntheticCorpus(articles);
const built = timed(() => runPipeline(corpus.files, corpus.manifest).dataset);
const base = built.result;
console.log(`synthetic dataset: ${base.documents.length} articles, ${base.events.length} events, ${base.actors.length} actors (built in ${ms(built.ms)})`);

// Another seed's article, under a name that sorts after the corpus's (as an added article's does).
const text = new TextDecoder().decode(syntheticCorpus(1, 7).files[0].bytes);
const added: AddedArticle[] = [{ file: 'zz-added.txt', originalName: 'added.txt', text, title: null, source: null, published: '2024-06-01', addedAt: new Date().toISOString() }];

const rebuilds: number[] = [];
const appends: number[] = [];
let same = true;
for (let round = 0; round < ROUNDS; round++) {
  const rebuilt = timed(() => rebuildDataset(base.documents, added, []));
  const appended = timed(() => appendArticles(base, added, []));
  rebuilds.push(rebuilt.ms);
  appends.push(appended.ms);
  same &&= isDeepStrictEqual(rebuilt.result.dataset, appended.result.dataset);
}
const sendDocuments = median(Array.from({ length: ROUNDS }, () => timed(() => structuredClone(base.documents)).ms));
const sendExtraction = median(Array.from({ length: ROUNDS }, () => timed(() => structuredClone(base)).ms));

console.log(`adding 1 article to ${articles} (median of ${ROUNDS}; each run: ${rebuilds.map(ms).join(', ')} | ${appends.map(ms).join(', ')})`);
console.log(`  before, whole corpus analysed again (rebuildDataset): ${ms(median(rebuilds))}  + sending the documents to the worker ${ms(sendDocuments)}`);
console.log(`  after, the article appended (appendArticles):         ${ms(median(appends))}  + sending the extraction to the worker ${ms(sendExtraction)}`);
console.log(`  speed-up: ${(median(rebuilds) / median(appends)).toFixed(1)}x; same dataset: ${same ? 'yes' : 'NO'}`);
if (!same) process.exitCode = 1;
