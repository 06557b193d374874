// The map as shards and the merge: the shards of a corpus, merged, are the whole build's dataset.json byte for byte
// (on the bundled corpus, with and without corrections, and on 200 synthetic articles); a set of shards that is
// not one corpus's whole split is refused before anything is written, naming the shard at fault.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticFolder } from '../../bench/synthetic-corpus';
import { correctionsOfEveryKind } from '../pipeline/corrections/every-kind.fixture';
import type { Correction } from '../schema/corrections';
import { loadRealDataset } from '../test/fixtures';
import { buildDatasetFile, corpusFolder } from './build-dataset-file';
import { buildShard } from './build-shard';
import { DatasetFileWriter } from './dataset-file-writer';
import { mergeShards, openShards } from './merge-shards';
import { BATCHES_NAME, HEADER_NAME, SHARD_CORRECTIONS_NAME } from './shard-output';
import { tempDir } from '../test/temp-dir';

const BUNDLED = 'public/data/corpus';
const temp = (prefix: string) => tempDir(`shards-${prefix}-`);

async function wholeBuild(dir: string, corrections?: Correction[]): Promise<string> {
  const out = join(temp('whole'), 'dataset.json');
  const outcome = await buildDatasetFile({ ...corpusFolder(dir), corrections }, out, { threads: 1 });
  expect(outcome.written).not.toBeNull();
  return readFileSync(out, 'utf8');
}

/** The corpus in `dir` as `count` shard folders, each built on `threads`. */
async function shardsOf(dir: string, count: number, { corrections, threads = 1 }: { corrections?: Correction[]; threads?: number } = {}): Promise<string[]> {
  const root = temp('out');
  const dirs: string[] = [];
  for (let index = 1; index <= count; index++) {
    dirs.push(join(root, `shard-${index}`));
    await buildShard({ ...corpusFolder(dir), corrections }, { index, count }, dirs[index - 1], { threads });
  }
  return dirs;
}

async function merged(dirs: string[]): Promise<string> {
  const out = join(temp('merged'), 'dataset.json');
  const outcome = await mergeShards(openShards(dirs), new DatasetFileWriter(out));
  expect(outcome.written).not.toBeNull();
  return readFileSync(out, 'utf8');
}

const header = (dir: string) => JSON.parse(readFileSync(join(dir, HEADER_NAME), 'utf8'));


describe('build:data as shards and a merge', () => {
  it('merges 3 shards of the bundled corpus, given in any order, into the whole build’s dataset.json', async () => {
    const dirs = await shardsOf(BUNDLED, 3);
    expect(dirs.map((d) => header(d).files)).toEqual([
      { count: 1, first: '000_31ef86482aa971b7.txt', last: '000_31ef86482aa971b7.txt' },
      { count: 2, first: '001_da3dc91e64642310.txt', last: '002_1b7f967809f53ab6.txt' },
      { count: 2, first: '003_642b06d6276772ac.txt', last: '004_01f64be52bd482f2.txt' },
    ]);
    expect(readdirSync(dirs[0]).sort()).toEqual([BATCHES_NAME, HEADER_NAME]);
    const text = await merged([dirs[2], dirs[0], dirs[1]]);
    expect(text).toBe(readFileSync('public/data/dataset.json', 'utf8'));
  });

  it('applies the corrections as the whole build does, carrying them in each shard', async () => {
    const corrections = correctionsOfEveryKind(loadRealDataset());
    const dirs = await shardsOf(BUNDLED, 3, { corrections });
    expect(readdirSync(dirs[1]).sort()).toEqual([BATCHES_NAME, SHARD_CORRECTIONS_NAME, HEADER_NAME]);
    const text = await merged(dirs);
    expect(text).toBe(await wholeBuild(BUNDLED, corrections));
    expect((JSON.parse(text) as { corrections: { corrections: unknown[] } }).corrections.corrections).toHaveLength(corrections.length);
  });

  it('merges 3 shards of 200 synthetic articles (one built on two threads) into the whole build’s file', async () => {
    const dir = temp('synthetic');
    writeSyntheticFolder(dir, 200);
    const dirs = await shardsOf(dir, 3, { threads: 2 });
    expect(dirs.map((d) => [header(d).files.count, header(d).batches.count, header(d).documents])).toEqual([
      [66, 4, 66],
      [67, 4, 67],
      [67, 4, 67],
    ]);
    const whole = await wholeBuild(dir);
    expect(await merged(dirs)).toBe(whole);
    expect((JSON.parse(whole) as { documents: unknown[] }).documents).toHaveLength(200);
  }, 120_000);

  it('gives files whose names make the same id the ids of the whole build, across shards', async () => {
    const dir = temp('same-id');
    writeFileSync(join(dir, 'a b.txt'), 'قال لافروف في اتصال هاتفي مع عراقجي اليوم.');
    writeFileSync(join(dir, 'a-b.txt'), 'التقى بوتين بزشكيان أمس.');
    const dirs = await shardsOf(dir, 2);
    expect(header(dirs[1]).assumptions).toEqual([{ file: 'a b.txt', id: 'a-b', by: 'a-b.txt' }]);
    const text = await merged(dirs);
    expect((JSON.parse(text) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual(['a-b', 'a-b-2']);
    expect(text).toBe(await wholeBuild(dir));
  });

  it('refuses shards whose ids rest on an earlier shard’s file that turned out unreadable', async () => {
    const dir = temp('unreadable-id');
    writeFileSync(join(dir, 'a b.txt'), '');
    writeFileSync(join(dir, 'a-b.txt'), 'التقى بوتين بزشكيان أمس.');
    const dirs = await shardsOf(dir, 2);
    expect(() => openShards(dirs)).toThrow(
      `shard 2/2 (${dirs[1]}) gave a-b.txt another id than a-b, which a b.txt of an earlier shard would hold; but a b.txt is skipped (the file is empty; skipped). Remove a b.txt from the corpus and build the shards again`,
    );
  });
});

describe('a merge refuses a set of shards that is not one corpus’s whole split', () => {
  let good: string[];
  beforeAll(async () => {
    good = await shardsOf(BUNDLED, 3);
  });

  /** A copy of the good shards to break. */
  function copies(): string[] {
    const root = temp('broken');
    return good.map((d, i) => {
      const copy = join(root, `shard-${i + 1}`);
      cpSync(d, copy, { recursive: true });
      return copy;
    });
  }

  it('names a missing, a duplicated and an unfinished shard', () => {
    const [one, two, three] = copies();
    expect(() => openShards([one, three])).toThrow('shard 2/3 missing: the merge needs all 3');
    const again = `${two}-again`;
    cpSync(two, again, { recursive: true });
    expect(() => openShards([one, two, again, three])).toThrow(`shard 2/3 (${two}) and shard 2/3 (${again}) are the same shard: give each shard once`);
    rmSync(join(two, HEADER_NAME));
    expect(() => openShards([one, two, three])).toThrow(`${two}: no ${HEADER_NAME} (not a shard's output, or its build did not finish)`);
    expect(() => openShards([one, join(two, 'nowhere'), three])).toThrow(`${join(two, 'nowhere')}: no such shard folder`);
  });

  it('names a shard of another corpus, of other corrections or of another split', async () => {
    const [one, two, three] = copies();
    const otherCorpus = temp('other-corpus');
    cpSync(BUNDLED, otherCorpus, { recursive: true });
    writeFileSync(join(otherCorpus, 'extra.txt'), 'التقى بوتين بزشكيان أمس.');
    const [, foreign] = await shardsOf(otherCorpus, 3);
    expect(() => openShards([one, foreign, three])).toThrow(
      `shard 2/3 (${foreign}) was cut from another corpus than shard 1/3 (${one}) (their files, sizes or manifest differ, or the files were ordered under another locale)`,
    );
    const [, corrected] = await shardsOf(BUNDLED, 3, { corrections: correctionsOfEveryKind(loadRealDataset()) });
    expect(() => openShards([one, corrected, three])).toThrow(`shard 2/3 (${corrected}) was built with other corrections than shard 1/3 (${one})`);
    writeFileSync(join(two, HEADER_NAME), JSON.stringify({ ...header(two), pipeline: 'f00d' }));
    expect(() => openShards([one, two, three])).toThrow(
      `shard 2/3 (${two}) was analysed by another version of the pipeline (its code, actor registry or lexicons) than shard 1/3 (${one}): build every shard and the merge from the same checkout`,
    );
    const [halfOne] = await shardsOf(BUNDLED, 2);
    expect(() => openShards([halfOne, two, three])).toThrow(`shard 2/3 (${two}) and shard 1/2 (${halfOne}) are shards of different splits (3 and 2 shards)`);
  });

  it('names a shard whose header is broken or of another format version', () => {
    const [one, two, three] = copies();
    writeFileSync(join(two, HEADER_NAME), '{"format": "news-timeline-shard", "version": 1');
    expect(() => openShards([one, two, three])).toThrow(new RegExp(`^${join(two, HEADER_NAME)}: not JSON`));
    writeFileSync(join(two, HEADER_NAME), JSON.stringify({ ...header(one), version: 2 }));
    expect(() => openShards([one, two, three])).toThrow(`${join(two, HEADER_NAME)}: shard format version 2; this build reads version 1 (build the shard again with this version)`);
    writeFileSync(join(two, HEADER_NAME), JSON.stringify({ ...header(one), shard: { index: 2 } }));
    expect(() => openShards([one, two, three])).toThrow(new RegExp(`^${join(two, HEADER_NAME)}: not a shard header \\(.*shard\\.count`));
  });

  it('names a shard whose batches were cut short or changed, and writes nothing', async () => {
    const [one, two, three] = copies();
    const bytes = header(two).batches.bytes as number;
    truncateSync(join(two, BATCHES_NAME), bytes - 10);
    expect(() => openShards([one, two, three])).toThrow(`shard 2/3 (${two}): ${BATCHES_NAME} has ${bytes - 10} bytes, its header says ${bytes} (copied partly, or changed)`);

    cpSync(good[1], two, { recursive: true });
    const batches = readFileSync(join(two, BATCHES_NAME), 'utf8');
    // The same size, still JSON: only the hash can tell.
    writeFileSync(join(two, BATCHES_NAME), batches.replace('"documents":2', '"documents":3'));
    const outDir = temp('kept');
    const out = join(outDir, 'dataset.json');
    writeFileSync(out, 'the dataset before');
    await expect(mergeShards(openShards([one, two, three]), new DatasetFileWriter(out))).rejects.toThrow(
      `shard 2/3 (${two}): ${BATCHES_NAME} is not the one its header describes (changed or damaged since it was written)`,
    );
    expect(readFileSync(out, 'utf8')).toBe('the dataset before');
    expect(readdirSync(outDir)).toEqual(['dataset.json']);

    writeFileSync(join(two, BATCHES_NAME), `[${batches.slice(1)}`);
    await expect(mergeShards(openShards([one, two, three]), new DatasetFileWriter(out))).rejects.toThrow(new RegExp(`^shard 2/3 \\(${two}\\): ${BATCHES_NAME} line 1 is broken`));
  });

  it('does not write a shard into a folder that holds something else', async () => {
    const dir = temp('foreign');
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await expect(buildShard(corpusFolder(BUNDLED), { index: 1, count: 3 }, dir)).rejects.toThrow(`${dir}: not empty and not a shard's output (it holds notes.txt); nothing was written`);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});

// Each run starts tsx, which takes seconds on a busy machine.
describe('build:data --shard and --merge on the command line', { timeout: 180_000 }, () => {
  const buildData = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build-data.ts', ...args], { encoding: 'utf8' });

  it('builds the bundled corpus as 2 shards and merges them into the committed dataset.json', () => {
    const root = temp('cli');
    for (const k of [1, 2]) {
      const run = buildData('--shard', `${k}/2`, '--shard-out', join(root, `s${k}`));
      expect(run.stderr).toBe('');
      expect(run.stdout.split('\n')[0]).toBe(k === 1 ? 'shard 1/2: 2 of 5 files (000_31ef86482aa971b7.txt … 001_da3dc91e64642310.txt), 2 documents' : 'shard 2/2: 3 of 5 files (002_1b7f967809f53ab6.txt … 004_01f64be52bd482f2.txt), 3 documents');
    }
    const run = buildData('--merge', join(root, 's1'), join(root, 's2'), '--out', join(root, 'dataset.json'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('documents         5\n');
    expect(readFileSync(join(root, 'dataset.json'), 'utf8')).toBe(readFileSync('public/data/dataset.json', 'utf8'));
  });

  it('exits 2 naming what is wrong, and writes nothing', () => {
    const root = temp('cli-bad');
    mkdirSync(join(root, 's1'));
    expect(buildData('--shard', '3/2', '--shard-out', join(root, 's1')).stderr).toBe('error: --shard 3/2: expected K/N with 1 ≤ K ≤ N (e.g. 2/8)\n');
    expect(buildData('--shard', '1/2').stderr).toMatch(/^error: --shard and --shard-out go together\n/);
    expect(buildData('--threads', '0').stderr).toBe('error: --threads 0: expected a whole number of threads, 1 or more\n');
    const run = buildData('--merge', join(root, 's1'), '--out', join(root, 'dataset.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: ${join(root, 's1')}: no ${HEADER_NAME} (not a shard's output, or its build did not finish); nothing was written\n`);
    expect(readdirSync(root)).toEqual(['s1']);
  });
});
