// `npm run build:data -- --corpus DIR --out FILE [--corrections FILE] [--strict]`: builds the dataset from a corpus
// folder, with the analyst's corrections applied (the file given, else the folder's corrections.json if any).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { newFiles } from '../pipeline/corpus/prepare-articles';
import { CorrectionsError } from '../schema/corrections';
import { DatasetError } from '../schema/dataset';
import { buildDatasetFile, corpusFolder, readDatasetFile } from './build-dataset-file';
import { summarize } from './summarize';

const USAGE = 'usage: npm run build:data -- [--corpus DIR] [--out FILE] [--corrections FILE] [--strict] [--append]';
/** From this many files on, the pipeline runs on every core: below it a worker's start-up (~0.5 CPU-s) costs more than it saves. */
const PARALLEL_FROM = 500;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        corpus: { type: 'string', default: 'public/data/corpus' },
        out: { type: 'string', default: 'public/data/dataset.json' },
        corrections: { type: 'string' },
        strict: { type: 'boolean', default: false },
        // Adds the corpus's articles that --out does not have yet, analysing only them.
        append: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const corpusDir = resolve(args.corpus);
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
    console.error(`error: corpus folder not found: ${corpusDir}`);
    return 2;
  }
  const out = resolve(args.out);
  if (args.append && !existsSync(out)) {
    console.error(`error: --append adds articles to an existing dataset, and ${out} does not exist; nothing was written`);
    return 2;
  }
  let corpus;
  let base;
  try {
    corpus = corpusFolder(corpusDir, args.corrections === undefined ? undefined : resolve(args.corrections));
    base = args.append ? readDatasetFile(out) : undefined;
  } catch (e) {
    if (!(e instanceof CorrectionsError) && !(e instanceof DatasetError)) throw e;
    console.error(`error: ${e.message}; nothing was written`);
    return 2;
  }
  const toAnalyse = newFiles(corpus.files, base?.documents ?? []).length;
  const bar = process.stderr.isTTY && toAnalyse >= 200 ? new SingleBar({ format: 'articles {bar} {value}/{total}' }) : null;
  bar?.start(toAnalyse, 0);
  const threads = toAnalyse >= PARALLEL_FROM ? undefined : 1;
  let outcome;
  try {
    outcome = await buildDatasetFile(corpus, out, { threads, strict: args.strict, base, onProgress: (done) => bar?.update(done) }).finally(() => bar?.stop());
  } catch (e) {
    if (!(e instanceof CorrectionsError)) throw e;
    console.error(`error: ${e.message}; nothing was written`);
    return 2;
  }
  for (const issue of outcome.issues) console.warn(`warning: ${issue.file}: ${issue.message}`);
  if (outcome.written === null) {
    if (outcome.refused === 'strict') console.error(`error: ${outcome.issues.length} problem(s) in the corpus and --strict is set; nothing was written`);
    else if (base) console.log(`no new article to append; ${out} is unchanged`);
    else console.error('error: no readable article in the corpus; nothing was written');
    return outcome.refused === 'empty' && base ? 0 : 1;
  }
  console.log(summarize(outcome.written, outcome.issues.length));
  if (base) console.log(`appended          ${outcome.written.documents - base.documents.length} article(s) to the ${base.documents.length} already there`);
  console.log(`written: ${out}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
