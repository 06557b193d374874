// `npm run build:data -- --append`: the bundled corpus's first four articles built, then the fifth appended, give
// the file a build of all five gives; only the new article is read; a failed append leaves the old file as it was.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { correctionsOfEveryKind } from '../pipeline/corrections/every-kind.fixture';
import { correctionsFileText } from '../schema/corrections';
import { parseDataset } from '../schema/dataset';
import { loadRealDataset, realDatasetPath } from '../test/fixtures';
import { buildDatasetFile, CORRECTIONS_NAME, corpusFolder, readDatasetFile } from './build-dataset-file';
import { tempDir } from '../test/temp-dir';

const LAST = '004_01f64be52bd482f2.txt';
const buildData = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build-data.ts', ...args], { encoding: 'utf8' });

/** The bundled corpus without its last article (nor its manifest entry), built into `out`; `add()` puts both back. */
function fourBuilt(extra: Record<string, string> = {}): { corpus: string; out: string; add: () => void } {
  const corpus = tempDir('append-corpus-');
  cpSync('public/data/corpus', corpus, { recursive: true });
  rmSync(join(corpus, LAST));
  const manifest = JSON.parse(readFileSync('public/data/corpus/manifest.json', 'utf8')) as { file: string }[];
  writeFileSync(join(corpus, 'manifest.json'), JSON.stringify(manifest.filter((e) => e.file !== LAST)));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(corpus, name), text);
  const out = join(tempDir('append-out-'), 'dataset.json');
  const run = buildData('--corpus', corpus, '--out', out);
  expect(run.stderr).toBe('');
  return {
    corpus,
    out,
    add: () => {
      copyFileSync(join('public/data/corpus', LAST), join(corpus, LAST));
      copyFileSync('public/data/corpus/manifest.json', join(corpus, 'manifest.json'));
    },
  };
}

// Each test runs the CLI two or three times (a few seconds each on a busy machine).
describe('build:data --append', { timeout: 180_000 }, () => {
  it('appends the fifth article to the four built: the same file as the five built together, byte for byte', () => {
    const { corpus, out, add } = fourBuilt();
    expect(readDatasetFile(out).documents).toHaveLength(4);
    add();
    const run = buildData('--corpus', corpus, '--out', out, '--append');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('documents         5\n');
    expect(run.stdout).toContain('appended          1 article(s) to the 4 already there\n');
    const appended = readDatasetFile(out);
    const whole = loadRealDataset();
    expect(appended.events).toEqual(whole.events);
    expect(appended.edges).toEqual(whole.edges);
    expect(appended.actors).toEqual(whole.actors);
    expect(appended.passages).toEqual(whole.passages);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(realDatasetPath, 'utf8'));
  });

  it('reads only the articles the dataset does not have, and says so when there is none', async () => {
    const { corpus, out, add } = fourBuilt();
    add();
    const folder = corpusFolder(corpus);
    const read: string[] = [];
    const files = folder.files.map((f) => ({ ...f, read: () => (read.push(f.name), f.read()) }));
    const outcome = await buildDatasetFile({ ...folder, files }, out, { threads: 1, base: readDatasetFile(out) });
    expect(read).toEqual([LAST]);
    expect(outcome.written?.documents).toBe(5);
    const again = buildData('--corpus', corpus, '--out', out, '--append');
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(`no new article to append; ${out} is unchanged\n`);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(realDatasetPath, 'utf8'));
  });

  it('refuses a copy of an article the dataset has, naming the one it duplicates', () => {
    const { corpus, out } = fourBuilt();
    const before = readFileSync(out, 'utf8');
    writeFileSync(join(corpus, 'copy.txt'), readFileSync(join(corpus, '001_da3dc91e64642310.txt'), 'utf8').replace(/\n/g, '\r\n'));
    const run = buildData('--corpus', corpus, '--out', out, '--append');
    expect(run.stderr).toBe('warning: copy.txt: the same text as 001_da3dc91e64642310.txt; skipped\n');
    expect(run.stdout).toBe(`no new article to append; ${out} is unchanged\n`);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('leaves the old file untouched when the append fails, and no part file beside it', async () => {
    const { corpus, out, add } = fourBuilt();
    add();
    const before = readFileSync(out, 'utf8');
    const folder = corpusFolder(corpus);
    const files = folder.files.map((f) => ({ ...f, read: () => (f.name === LAST ? expect.unreachable('disk gone') : f.read()) as Uint8Array }));
    await expect(buildDatasetFile({ ...folder, files }, out, { threads: 1, base: readDatasetFile(out) })).rejects.toThrow('disk gone');
    expect(readFileSync(out, 'utf8')).toBe(before);
    expect(readdirSync(join(out, '..'))).toEqual(['dataset.json']);
    // Not a dataset, or none there: refused, named, nothing written.
    writeFileSync(out, '{"schemaVersion": 1, "documents": [');
    const broken = buildData('--corpus', corpus, '--out', out, '--append');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(new RegExp(`^error: ${out}: cannot be read as JSON .*; nothing was written\\n$`));
    const missing = buildData('--corpus', corpus, '--out', join(out, '..', 'none.json'), '--append');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('does not exist; nothing was written');
  });

  it('keeps the corrections the dataset carries, gives the new article their mention stage, and refuses new ones', () => {
    const corrections = correctionsOfEveryKind(loadRealDataset());
    const { corpus, out, add } = fourBuilt({ [CORRECTIONS_NAME]: correctionsFileText(corrections) });
    const base = readDatasetFile(out);
    add();
    const run = buildData('--corpus', corpus, '--out', out, '--append');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const appended = parseDataset(JSON.parse(readFileSync(out, 'utf8')), out);
    expect(appended.corrections).toEqual(base.corrections);
    expect(appended.documents).toHaveLength(5);
    expect(appended.actors.some((a) => a.id === 'amir-abdollahian')).toBe(false);
    writeFileSync(join(corpus, CORRECTIONS_NAME), correctionsFileText([...corrections, { id: 'later', at: corrections[0].at, kind: 'actor.promote', actorId: 'putin' }]));
    const refused = buildData('--corpus', corpus, '--out', out, '--append');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      'error: 1 correction(s) that the dataset does not carry (later): appending keeps the dataset’s own corrections; build without --append to apply new ones; nothing was written\n',
    );
  });
});
