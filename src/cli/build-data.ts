// `npm run build:data -- --corpus DIR --out FILE [--strict]`: builds the dataset from a corpus folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { parseDataset } from '../schema/dataset';
import { MANIFEST_NAME, type CorpusFile } from '../pipeline/corpus/prepare-articles';
import { runPipelineInParallel } from './parallel-pipeline';
import { summarize } from './summarize';

const USAGE = 'usage: npm run build:data -- [--corpus DIR] [--out FILE] [--strict]';
/** From this many files on, the pipeline runs on every core: below it a worker's start-up (~0.5 CPU-s) costs more than it saves. */
const PARALLEL_FROM = 500;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        corpus: { type: 'string', default: 'public/data/corpus' },
        out: { type: 'string', default: 'public/data/dataset.json' },
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
  const { files, manifest } = readCorpusDir(corpusDir);
  const bar = process.stderr.isTTY && files.length >= 200 ? new SingleBar({ format: 'articles {bar} {value}/{total}' }) : null;
  bar?.start(files.length, 0);
  const onProgress = (done: number) => bar?.update(done);
  const { dataset, issues } = await runPipelineInParallel(files, manifest, { threads: files.length >= PARALLEL_FROM ? undefined : 1, onProgress });
  bar?.stop();
  for (const issue of issues) console.warn(`warning: ${issue.file}: ${issue.message}`);
  if (args.strict && issues.length > 0) {
    console.error(`error: ${issues.length} problem(s) in the corpus and --strict is set; nothing was written`);
    return 1;
  }
  if (dataset.documents.length === 0) {
    console.error('error: no readable article in the corpus; nothing was written');
    return 1;
  }
  parseDataset(dataset, 'built dataset');
  writeAtomically(resolve(args.out), `${JSON.stringify(dataset, null, 1)}\n`);
  console.log(summarize(dataset, issues.length));
  console.log(`written: ${resolve(args.out)}`);
  return 0;
}

function readCorpusDir(dir: string): { files: CorpusFile[]; manifest: string | null } {
  const names = readdirSync(dir).filter((n) => statSync(join(dir, n)).isFile());
  const manifest = names.includes(MANIFEST_NAME) ? readFileSync(join(dir, MANIFEST_NAME), 'utf8') : null;
  const files = names.filter((n) => n !== MANIFEST_NAME && !n.startsWith('.')).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  return { files, manifest };
}

/** Write to a temporary file and rename: a failed build never leaves a half-written dataset. */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    if (existsSync(tmp)) unlinkSync(tmp);
    throw e;
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    console.error(`error: ${(e as Error).message}`);
    process.exitCode = 1;
  },
);
