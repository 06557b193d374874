// `npm run build:data -- --corpus DIR [--out FILE] [--folder DIR] [--corrections FILE] [--strict]`: builds the
// dataset from a corpus folder, with the analyst's corrections applied (the file given, else the folder's
// corrections.json if any), as dataset.json (--out; the default when no --folder is given), as a dataset folder of
// columnar files (--folder, docs/dataset-folder.md), or both.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { CorrectionsError } from '../schema/corrections';
import { buildDatasetFile, corpusFolder } from './build-dataset-file';
import { summarize } from './summarize';

const USAGE = 'usage: npm run build:data -- [--corpus DIR] [--out FILE] [--folder DIR] [--corrections FILE] [--strict]';
const DEFAULT_OUT = 'public/data/dataset.json';
/** From this many files on, the pipeline runs on every core: below it a worker's start-up (~0.5 CPU-s) costs more than it saves. */
const PARALLEL_FROM = 500;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        corpus: { type: 'string', default: 'public/data/corpus' },
        out: { type: 'string' },
        folder: { type: 'string' },
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
  const file = args.out ?? (args.folder === undefined ? DEFAULT_OUT : undefined);
  const targets = { file: file === undefined ? undefined : resolve(file), folder: args.folder === undefined ? undefined : resolve(args.folder) };
  const outcome = await buildDatasetFile(corpus, targets, { threads, strict: args.strict, onProgress: (done) => bar?.update(done) }).finally(() => bar?.stop());
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
  for (const target of [targets.file, targets.folder]) if (target !== undefined) console.log(`written: ${target}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
