// `npm run build:data -- --corpus DIR --out FILE [--corrections FILE] [--strict] [--append]`: builds the dataset from
// a corpus folder, with the analyst's corrections applied (the file given, else the folder's corrections.json if
// any); --append analyses only the articles the dataset in --out does not have yet and merges them in.
// `--folder DIR` writes it as a dataset folder of columnar files too (docs/dataset-folder.md), or instead of
// dataset.json when no --out is given. Across processes or machines: `--shard K/N --shard-out DIR` analyses shard K
// of N of the corpus into DIR, and `--merge DIR1 … DIRN` joins the N shards' outputs into the dataset the whole build
// would write.
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import { CorrectionsError } from '../schema/corrections';
import { DatasetError, type Dataset } from '../schema/dataset';
// The build's own modules are imported when the build runs here: the process that only starts a two-process build
// then holds ~90 MB, not ~160 (corpus-folder-files.ts).
import type { BuildTargets, DatasetOutcome } from './build-dataset-file';
import { countArticleFiles, folderCorrections } from './corpus-folder-files';
import type { LazyCorpus } from './parallel-pipeline';
import { ShardError } from './shard-output';
import type { Shard } from './shard-plan';
import { summarize } from './summarize';

/** From this many files on, the pipeline runs on every core: below it a worker's start-up (~0.5 CPU-s) costs more than it saves. */
const PARALLEL_FROM = 500;
/**
 * From this many files on, a folder built alone takes two processes: the map, then DuckDB's stage once the map's
 * process has gone (at a million articles, the memory the map leaves behind, ~0.85 GB, took the peak over 2 GB).
 * Below it, a second process's start-up (~1 s) is not worth it.
 */
const TWO_PROCESSES_FROM = 20_000;
const USAGE = [
  'usage: npm run build:data -- [--corpus DIR] [--out FILE] [--folder DIR] [--corrections FILE] [--strict] [--append] [--threads T]',
  '       npm run build:data -- --shard K/N --shard-out DIR [--corpus DIR] [--corrections FILE] [--threads T]',
  '       npm run build:data -- --merge DIR1 … DIRN [--out FILE] [--folder DIR] [--strict]',
  '--processes 1|2: a folder built alone runs its map and its DuckDB stage in one process, or each in its own',
  `                 (each then holds only its own memory; the default from ${TWO_PROCESSES_FROM.toLocaleString('en')} articles)`,
].join('\n');
const DEFAULT_OUT = 'public/data/dataset.json';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        corpus: { type: 'string', default: 'public/data/corpus' },
        out: { type: 'string' },
        folder: { type: 'string' },
        corrections: { type: 'string' },
        strict: { type: 'boolean', default: false },
        shard: { type: 'string' },
        'shard-out': { type: 'string' },
        merge: { type: 'boolean', default: false },
        threads: { type: 'string' },
        // Adds the corpus's articles that --out does not have yet, analysing only them.
        append: { type: 'boolean', default: false },
        processes: { type: 'string' },
        // The two processes of a folder's build (--processes 2), for the build's own use: the map, handing over in
        // FILE; the finish, from FILE.
        'hand-over': { type: 'string' },
        finish: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: args, positionals } = parsed;
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const misuse =
    positionals.length > 0 && !args.merge
      ? `unexpected argument ${positionals[0]} (shard folders follow --merge)`
      : args.merge && args.shard !== undefined
        ? '--merge and --shard do not go together'
        : (args.shard === undefined) !== (args['shard-out'] === undefined)
          ? '--shard and --shard-out go together'
          : args.append && (args.merge || args.shard !== undefined)
            ? '--append adds to one dataset file: it does not go with --shard or --merge'
            : null;
  const threads = args.threads === undefined ? undefined : Number(args.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    console.error(`error: --threads ${args.threads}: expected a whole number of threads, 1 or more`);
    return 2;
  }
  if (args.processes !== undefined && args.processes !== '1' && args.processes !== '2') {
    console.error(`error: --processes ${args.processes}: expected 1 or 2`);
    return 2;
  }
  if (misuse) {
    console.error(`error: ${misuse}\n${USAGE}`);
    return 2;
  }
  if (args.finish !== undefined) return finishHandedOver(resolve(args.finish));
  // dataset.json (the default when no folder is asked for), a dataset folder, or both.
  const file = args.out ?? (args.folder === undefined || args.append ? DEFAULT_OUT : undefined);
  const targets: BuildTargets = { file: file === undefined ? undefined : resolve(file), folder: args.folder === undefined ? undefined : resolve(args.folder) };
  if (args.merge) return merge(positionals.map((dir) => resolve(dir)), targets, args.strict);
  let shard: Shard | undefined;
  try {
    shard = args.shard === undefined ? undefined : (await import('./shard-plan')).parseShard(args.shard);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 2;
  }
  const corpusDir = resolve(args.corpus);
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
    console.error(`error: corpus folder not found: ${corpusDir}`);
    return 2;
  }
  const out = targets.file!;
  if (args.append && !existsSync(out)) {
    console.error(`error: --append adds articles to an existing dataset, and ${out} does not exist; nothing was written`);
    return 2;
  }
  if (args['hand-over'] === undefined && args.processes !== '1' && targets.file === undefined && !args.append && !shard) {
    // A dataset folder built alone, from a large corpus: this process only starts the two that build it, reading no
    // more of the corpus than its size (a million files' names and sizes held here took ~380 MB while they ran).
    // Corrections take the in-memory stages (build-dataset-file.ts corpusStage): one process.
    let twoProcesses;
    try {
      twoProcesses =
        (args.processes === '2' || countArticleFiles(corpusDir) >= TWO_PROCESSES_FROM) &&
        !folderCorrections(corpusDir, args.corrections === undefined ? undefined : resolve(args.corrections))?.length;
    } catch (e) {
      if (!(e instanceof CorrectionsError)) throw e;
      console.error(`error: ${e.message}; nothing was written`);
      return 2;
    }
    if (twoProcesses) return buildInTwoProcesses(process.argv.slice(2), targets.folder!);
  }
  if (args.processes === '2' && args['hand-over'] === undefined) {
    console.error('error: --processes 2 is for a dataset folder built alone, without corrections or --append; nothing was written');
    return 2;
  }
  const { buildDataset, corpusFolder, readDatasetFile, writerFor } = await import('./build-dataset-file');
  let corpus;
  let base;
  try {
    corpus = corpusFolder(corpusDir, args.corrections === undefined ? undefined : resolve(args.corrections));
    base = args.append ? readDatasetFile(targets.file!) : undefined;
  } catch (e) {
    if (!(e instanceof CorrectionsError) && !(e instanceof DatasetError)) throw e;
    console.error(`error: ${e.message}; nothing was written`);
    return 2;
  }
  if (shard) return mapShard(corpus, shard, resolve(args['shard-out']!), threads);
  const toAnalyse = (await import('../pipeline/corpus/prepare-articles')).newFiles(corpus.files, base?.documents ?? []).length;
  const options = { threads: threads ?? threadsFor(toAnalyse), strict: args.strict };
  if (args['hand-over'] !== undefined) return handOverMap(corpus, targets.folder!, resolve(args['hand-over']), toAnalyse, options);
  let outcome;
  try {
    outcome = await withProgress(toAnalyse, (onProgress) =>
      buildDataset(corpus, writerFor(targets), { ...options, base, onProgress }),
    );
  } catch (e) {
    if (!(e instanceof CorrectionsError)) throw e;
    console.error(`error: ${e.message}; nothing was written`);
    return 2;
  }
  return report(outcome, targets, base);
}

async function mapShard(corpus: LazyCorpus, shard: Shard, dir: string, threads: number | undefined): Promise<number> {
  try {
    // The shard's share of the files decides the threads; the progress bar counts the shard's files.
    const [{ shardRange }, { buildShard }] = await Promise.all([import('./shard-plan'), import('./build-shard')]);
    const { start, end } = shardRange(corpus.files.length, shard);
    const files = end - start;
    const header = await withProgress(files, (onProgress) => buildShard(corpus, shard, dir, { threads: threads ?? threadsFor(files), onProgress }));
    for (const issue of header.fileIssues) console.warn(`warning: ${issue.file}: ${issue.message}`);
    const { first, last, count } = header.files;
    console.log(`shard ${shard.index}/${shard.count}: ${count} of ${header.corpus.files} files${first ? ` (${first} … ${last})` : ''}, ${header.documents} documents`);
    console.log(`written: ${dir}`);
    return 0;
  } catch (e) {
    if (!(e instanceof ShardError)) throw e;
    console.error(`error: ${e.message}`);
    return 2;
  }
}

async function merge(dirs: string[], targets: BuildTargets, strict: boolean): Promise<number> {
  try {
    const [{ mergeShards, openShards }, { writerFor }] = await Promise.all([import('./merge-shards'), import('./build-dataset-file')]);
    const shards = openShards(dirs);
    return report(await mergeShards(shards, writerFor(targets), { strict }), targets);
  } catch (e) {
    if (!(e instanceof ShardError) && !(e instanceof CorrectionsError)) throw e;
    console.error(`error: ${e.message}; nothing was written`);
    return 2;
  }
}

/**
 * A dataset folder built in two processes, one after the other: this one only starts them and waits. The first maps
 * the corpus and hands over in a file beside the folder; the second builds the folder from it.
 */
async function buildInTwoProcesses(args: string[], folder: string): Promise<number> {
  const handOver = join(dirname(folder), `.${basename(folder)}.${process.pid}.hand-over.json`);
  let map: ChildEnd | null = null;
  let code = 1;
  try {
    map = await runThisCli([...args, '--hand-over', handOver], [HEAP_GROWING]);
    code = map.code !== 0 || !existsSync(handOver) ? ended('map', map) : ended('finish', await runThisCli(['--finish', handOver], [HEAP_GROWING]));
    return code;
  } finally {
    rmSync(handOver, { force: true });
    // The finish works in the map's temporary folders and removes them as it ends; a process killed leaves them.
    if (code !== 0 && map?.pid !== undefined) {
      const { DatasetFolderWriter } = await import('./dataset-folder-writer');
      for (const scratch of Object.values(DatasetFolderWriter.scratchOf(folder, map.pid))) rmSync(scratch, { recursive: true, force: true });
    }
  }
}

/** How a child process ended: its exit code, or the signal that stopped it. */
interface ChildEnd {
  pid: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The exit code for a child's end; a child stopped by a signal (killed, out of memory) is named, as it said nothing. */
function ended(part: 'map' | 'finish', { code, signal }: ChildEnd): number {
  if (signal === null) return code ?? 1;
  console.error(`error: the build's ${part} process was stopped (${signal}); nothing was written`);
  return 1;
}

/**
 * V8 lets a heap grow to about four times what it keeps before it collects (measured in the map at 100k articles: the
 * main thread's heap 431 MB for 101 MB live, the worker's 144 MB for 34 MB); at a million articles that took the map's
 * process past 2 GB. Growing by 40% at most, the heaps stay near what they hold, for a few more collections, each cheap.
 */
const HEAP_GROWING = '--heap-growing-percent=40';

/**
 * build:data run again as a child process with `args` (and this one's TypeScript loader, and the V8 flags given,
 * which hold for its workers too), sharing this one's terminal; how it ended.
 */
function runThisCli(args: string[], v8Flags: string[]): Promise<ChildEnd> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...process.execArgv, ...v8Flags, process.argv[1], ...args], { stdio: 'inherit' });
    child.on('error', fail);
    child.on('exit', (code, signal) => done({ pid: child.pid, code, signal }));
  });
}

/** The first process of a two-process build: the map, handed over in `file`; says only why nothing was written, if so. */
async function handOverMap(corpus: LazyCorpus, folder: string, file: string, files: number, options: { threads?: number; strict: boolean }): Promise<number> {
  const { mapForHandOver } = await import('./build-dataset-file');
  const outcome = await withProgress(files, (onProgress) => mapForHandOver(corpus, folder, file, { ...options, onProgress }));
  return outcome.written === null ? report(outcome, { folder }) : 0;
}

/** The second process of a two-process build: the folder built from what the first handed over in `file`. */
async function finishHandedOver(file: string): Promise<number> {
  const { folder, issues, finish } = (await import('./dataset-folder-writer')).DatasetFolderWriter.resume(file);
  return report({ written: await finish(), issues }, { folder });
}

/** The threads for `files` files when not given: one for a small corpus, else every core. */
const threadsFor = (files: number) => (files >= PARALLEL_FROM ? undefined : 1);

/** Runs `work` with a progress bar over `total` files on a terminal, for a corpus large enough to wait for. */
async function withProgress<T>(total: number, work: (onProgress: (done: number) => void) => Promise<T>): Promise<T> {
  const bar = process.stderr.isTTY && total >= 200 ? new SingleBar({ format: 'articles {bar} {value}/{total}' }) : null;
  bar?.start(total, 0);
  return work((done) => bar?.update(done)).finally(() => bar?.stop());
}

/** Says what was written (and appended to `base`, if given) or why nothing was; the exit code. */
function report(outcome: DatasetOutcome, targets: BuildTargets, base?: Dataset): number {
  for (const issue of outcome.issues) console.warn(`warning: ${issue.file}: ${issue.message}`);
  if (outcome.written === null) {
    if (outcome.refused === 'strict') console.error(`error: ${outcome.issues.length} problem(s) in the corpus and --strict is set; nothing was written`);
    else if (base) console.log(`no new article to append; ${targets.file} is unchanged`);
    else console.error('error: no readable article in the corpus; nothing was written');
    return outcome.refused === 'empty' && base ? 0 : 1;
  }
  console.log(summarize(outcome.written, outcome.issues.length));
  if (base) console.log(`appended          ${outcome.written.documents - base.documents.length} article(s) to the ${base.documents.length} already there`);
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
