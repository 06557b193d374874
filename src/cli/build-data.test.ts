// `npm run build:data` with the analyst's corrections: a corrections.json in the corpus folder is applied (and is not
// an article); a broken corrections file is refused with its name and the reason, and nothing is written.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { correctionsOfEveryKind } from '../pipeline/corrections/every-kind.fixture';
import { correctionsFileText } from '../schema/corrections';
import { parseDataset } from '../schema/dataset';
import { loadRealDataset } from '../test/fixtures';
import { corpusFolder, CORRECTIONS_NAME } from './build-dataset-file';
import { tempDir } from '../test/temp-dir';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus';

const corrections = correctionsOfEveryKind(loadRealDataset());

/** A copy of the bundled corpus with `extra` files in it, and an output folder. */
function corpusWith(extra: Record<string, string>): { corpus: string; out: string } {
  const corpus = tempDir('build-data-corpus-');
  cpSync('public/data/corpus', corpus, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(corpus, name), text);
  return { corpus, out: tempDir('build-data-out-') };
}

const buildData = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build-data.ts', ...args], { encoding: 'utf8' });

describe('build:data with corrections', () => {
  it('applies the corpus folder’s corrections.json and lists the orphans in its summary', () => {
    const { corpus, out } = corpusWith({ [CORRECTIONS_NAME]: correctionsFileText(corrections) });
    const run = buildData('--corpus', corpus, '--out', join(out, 'dataset.json'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('documents         5\n');
    expect(run.stdout).toContain('warnings          0\n');
    expect(run.stdout).toContain(
      'corrections       11 applied, 2 orphaned\n' +
        '  orphaned orphan-actor (actor.merge): actor nobody is not in the dataset\n' +
        '  orphaned orphan-mention (mention.remove): no mention of «وأضاف» in passage 003_642b06d6276772ac:p6\n',
    );
    const text = readFileSync(join(out, 'dataset.json'), 'utf8');
    const written = parseDataset(JSON.parse(text), 'written');
    expect(written.corrections!.corrections.map((c) => c.id)).toEqual(corrections.map((c) => c.id));
    expect(written.actors.some((a) => a.id === 'amir-abdollahian')).toBe(false);
    // The last member, after the layout.
    expect(Object.keys(JSON.parse(text) as object).slice(-2)).toEqual(['layout', 'corrections']);
  });

  it('refuses a broken corrections file: exit 2, the file and the reason named, the existing dataset untouched', () => {
    const { corpus, out } = corpusWith({ [CORRECTIONS_NAME]: JSON.stringify({ version: 2, corrections: [] }) });
    writeFileSync(join(out, 'dataset.json'), 'the dataset before');
    const run = buildData('--corpus', corpus, '--out', join(out, 'dataset.json'));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`error: ${join(corpus, CORRECTIONS_NAME)}: version 2 is not supported (this app reads version 1); nothing was written\n`);
    expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe('the dataset before');
    expect(readdirSync(out)).toEqual(['dataset.json']);
  });

  it('reads --corrections FILE in place of the folder’s, and names what is wrong with it', () => {
    const { corpus } = corpusWith({ [CORRECTIONS_NAME]: correctionsFileText(corrections) });
    const file = join(corpus, '..', `${corpus.split('/').pop()}-corrections.json`);
    writeFileSync(file, correctionsFileText(corrections.slice(0, 1)));
    expect(corpusFolder(corpus, file).corrections).toEqual(corrections.slice(0, 1));
    expect(corpusFolder(corpus).files.map((f) => f.name)).not.toContain(CORRECTIONS_NAME);
    writeFileSync(file, '{"version": 1, "corrections": [');
    expect(() => corpusFolder(corpus, file)).toThrow(`${file}: not JSON`);
    writeFileSync(file, JSON.stringify({ version: 1, corrections: [{ id: 'x', at: 'now', kind: 'actor.merge', from: 'putin' }] }));
    expect(() => corpusFolder(corpus, file)).toThrow(new RegExp(`^${file}: .*into`));
    expect(() => corpusFolder(corpus, join(corpus, 'missing.json'))).toThrow(`${join(corpus, 'missing.json')}: cannot be read`);
  });
});

describe('build:data --folder', () => {
  it('writes the dataset folder alone (no dataset.json) and says where', () => {
    const { corpus, out } = corpusWith({});
    const run = buildData('--corpus', corpus, '--folder', join(out, 'dataset'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('documents         5\n');
    expect(run.stdout).toContain(`written: ${join(out, 'dataset')}\n`);
    expect(readdirSync(out)).toEqual(['dataset']);
    const manifest = JSON.parse(readFileSync(join(out, 'dataset', 'manifest.json'), 'utf8')) as { summary: { passages: number } };
    expect(manifest.summary.passages).toBe(94);
  });

  it('--processes 2: the map and DuckDB’s stage each in a process of its own write the folder one process writes, and leave nothing beside it', () => {
    const { corpus, out } = corpusWith({});
    const two = buildData('--corpus', corpus, '--folder', join(out, 'two'), '--processes', '2');
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout).toContain('documents         5\n');
    expect(two.stdout).toContain(`written: ${join(out, 'two')}\n`);
    expect(buildData('--corpus', corpus, '--folder', join(out, 'one'), '--processes', '1').status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['one', 'two']);
    const names = readdirSync(join(out, 'one')).sort();
    expect(readdirSync(join(out, 'two')).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(out, 'two', name)).equals(readFileSync(join(out, 'one', name))), name).toBe(true);
  }, 60_000);

  it('--processes 2 is refused, naming why, for what cannot stream (dataset.json too), and a bad count is named', () => {
    const { corpus, out } = corpusWith({});
    const both = buildData('--corpus', corpus, '--folder', join(out, 'dataset'), '--out', join(out, 'dataset.json'), '--processes', '2');
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--processes 2 is for a dataset folder built alone');
    const three = buildData('--corpus', corpus, '--folder', join(out, 'dataset'), '--processes', '3');
    expect(three.stderr).toContain('--processes 3: expected 1 or 2');
    expect(readdirSync(out)).toEqual([]);
  });

  it('a hand-over file that is not one is named, and nothing is written', () => {
    const { corpus, out } = corpusWith({});
    const bogus = join(corpus, 'not-a-hand-over.json');
    writeFileSync(bogus, '{"format": "something else"}');
    const run = buildData('--finish', bogus);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`error: ${bogus}: not a build's hand-over\n`);
    expect(readdirSync(out)).toEqual([]);
  });

  it('--processes 2: a map process killed midway is named, and its temporary folders go with it', async () => {
    const corpus = tempDir('build-data-killed-');
    writeSyntheticCorpus(corpus, 800);
    const out = tempDir('build-data-out-');
    const run = spawn(process.execPath, ['--import', 'tsx', 'src/cli/build-data.ts', '--corpus', corpus, '--folder', join(out, 'dataset'), '--processes', '2']);
    let stderr = '';
    run.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => run.on('exit', done));
    // The map's writer makes `.dataset.<its pid>.work` beside the folder as it starts.
    let pid: number | undefined;
    for (let waited = 0; pid === undefined && waited < 30_000; waited += 50) {
      pid = readdirSync(out).map((name) => /^\.dataset\.(\d+)\.work$/.exec(name)?.[1]).find(Boolean) as number | undefined;
      if (pid === undefined) await new Promise((r) => setTimeout(r, 50));
    }
    expect(pid).toBeDefined();
    process.kill(Number(pid), 'SIGKILL');
    expect(await exited).toBe(1);
    expect(stderr).toContain("error: the build's map process was stopped (SIGKILL); nothing was written");
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);
});
