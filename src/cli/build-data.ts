// `npm run build:data -- --corpus DIR --out FILE [--corrections FILE] [--strict]`: builds the dataset from a corpus
// folder, with the analyst's corrections applied (the file given, else the folder's corrections.json if any).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { CorrectionsError } from '../schema/corrections';
import { buildDatasetFile, corpusFolder } from './build-dataset-file';
import { summarize } from './summarize';

const USAGE = 'usage: npm run build:data -- [--corpus DIR] [--out FILE] [--corrections FILE] [--strict]';
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
  let corpus;
  try {
    corpus = corpusFolder(corpusDir, args.corrections === undefined ? undefined : resolve(args.corrections));
  } catch (e) {
    if (!(e instanceof CorrectionsError)) throw e;
    console.error(`error: ${e.message}; nothing was written`);
    return 2;
  }
  const bar = process.stderr.isTTY && corpus.files.length >= 200 ? new SingleBar({ format: 'articles {bar} {value}/{total}' }) : null;
  bar?.start(corpus.files.length, 0);
  const threads = corpus.files.length >= PARALLEL_FROM ? undefined : 1;
  const outcome = await buildDatasetFile(corpus, resolve(args.out), { threads, strict: args.strict, onProgress: (done) => bar?.update(done) }).finally(() => bar?.stop());
  for (const issue of outcome.issues) console.warn(`warning: ${issue.file}: ${issue.message}`);
  if (outcome.written === null) {
    console.error(
      outcome.refused === 'strict'
        ? `error: ${outcome.issues.length} problem(s) in the corpus and --strict is set; nothing was written`
        : 'error: no readable article in the corpus; nothing was written',
    );
    return 1;
  }
  console.log(summarize(outcome.written, outcome.issues.length));
  console.log(`written: ${resolve(args.out)}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
