// `npm run build:data` on bad input at scale: an article over the size limit is refused from its size alone (a
// sparse 50 MB file, never read), and a copy of an article with a BOM or CRLF line ends is refused as the text it
// duplicates; each is named, the good articles all build, and --strict refuses the corpus.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '../schema/dataset';
import { loadRealDataset } from '../test/fixtures';
import { buildDatasetFile, corpusFolder } from './build-dataset-file';
import { tempDir } from '../test/temp-dir';

const FIRST = '000_31ef86482aa971b7.txt';
const FOURTH = '003_642b06d6276772ac.txt';

/** The bundled corpus plus a BOM copy of its first article, a CRLF copy of its fourth and a sparse 50 MB article. */
function badCorpus(): { corpus: string; out: string } {
  const corpus = tempDir('build-data-bad-');
  cpSync('public/data/corpus', corpus, { recursive: true });
  writeFileSync(join(corpus, '005_bom_copy.txt'), `\uFEFF${readFileSync(join(corpus, FIRST), 'utf8')}`);
  writeFileSync(join(corpus, '006_crlf_copy.txt'), readFileSync(join(corpus, FOURTH), 'utf8').replace(/\n/g, '\r\n'));
  execFileSync('truncate', ['-s', '50M', join(corpus, '007_huge.txt')]);
  return { corpus, out: tempDir('build-data-bad-out-') };
}

const WARNINGS =
  'warning: 005_bom_copy.txt: the same text as 000_31ef86482aa971b7.txt; skipped\n' +
  'warning: 006_crlf_copy.txt: the same text as 003_642b06d6276772ac.txt; skipped\n' +
  'warning: 007_huge.txt: over the 2 MB limit for an article (50.0 MB); skipped\n';

const buildData = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build-data.ts', ...args], { encoding: 'utf8' });

// Each test runs the CLI (a few seconds each on a busy machine).
describe('build:data on duplicates and an oversized article', { timeout: 120_000 }, () => {
  const { corpus, out } = badCorpus();

  it('names each refused file (and the file a copy duplicates), and builds the bundled dataset from the rest', () => {
    const run = buildData('--corpus', corpus, '--out', join(out, 'dataset.json'));
    expect(run.stderr).toBe(WARNINGS);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('documents         5\n');
    expect(run.stdout).toContain('warnings          3\n');
    const { layout: _layout, ...written } = parseDataset(JSON.parse(readFileSync(join(out, 'dataset.json'), 'utf8')), 'written');
    const { layout: _bundledLayout, ...bundled } = loadRealDataset();
    expect(written).toEqual(bundled);
  });

  it('with --strict, refuses the corpus and writes nothing', () => {
    const strictOut = tempDir('build-data-strict-');
    const run = buildData('--corpus', corpus, '--out', join(strictOut, 'dataset.json'), '--strict');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${WARNINGS}error: 3 problem(s) in the corpus and --strict is set; nothing was written\n`);
    expect(readdirSync(strictOut)).toEqual([]);
  });

  it('takes the size from stat and never reads the oversized file', async () => {
    const folder = corpusFolder(corpus);
    const read: string[] = [];
    const files = folder.files.map((f) => ({ ...f, read: () => (read.push(f.name), f.read()) }));
    const outcome = await buildDatasetFile({ ...folder, files }, join(out, 'in-process.json'), { threads: 1 });
    expect(folder.files.find((f) => f.name === '007_huge.txt')?.size).toBe(50 * 1024 * 1024);
    expect(read).not.toContain('007_huge.txt');
    expect(read).toHaveLength(7);
    expect(outcome.written?.documents).toBe(5);
    expect(existsSync(join(out, 'in-process.json'))).toBe(true);
  });
});
