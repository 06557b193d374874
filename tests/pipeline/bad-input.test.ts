// Bad input gets a clear message naming the file; nothing good is lost; the CLI writes atomically.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../../src/pipeline/run-pipeline';
import { tempDir } from '../../src/test/temp-dir';

const good = readFileSync('public/data/corpus/002_1b7f967809f53ab6.txt');
const hostile = 'وقال لافروف <img src=x onerror=alert(1)> و<script>alert(1)</script> في اتصال هاتفي مع عراقجي.';

function badCorpus(): string {
  const dir = tempDir('corpus-');
  copyFileSync('public/data/corpus/002_1b7f967809f53ab6.txt', join(dir, 'good.txt'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, 'cp1256.txt'), Buffer.from([0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3, 0x20, 0xc7, 0xe1, 0xd1, 0xe6, 0xd3, 0xed]));
  writeFileSync(join(dir, 'hostile.txt'), `date 2025-05-01\n${hostile}`);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify([{ file: 'good.txt', published: '2024-01-15', language: 'ar' }, { file: 'missing.txt' }, { title: 'x' }]));
  return dir;
}

describe('bad input', () => {
  it('skips bad files with a reason naming each, and keeps the good ones', () => {
    const dir = badCorpus();
    const names = ['good.txt', 'empty.txt', 'image.txt', 'cp1256.txt', 'hostile.txt'];
    const { dataset, issues } = runPipeline(
      names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })),
      readFileSync(join(dir, 'manifest.json'), 'utf8'),
    );
    expect(issues.map((i) => `${i.file}: ${i.message}`)).toEqual([
      expect.stringMatching(/^manifest\.json: entry 3: /),
      'missing.txt: listed in manifest.json but no such file is in the corpus',
      'cp1256.txt: the file is not valid UTF-8 (save it as UTF-8 and try again); skipped',
      'empty.txt: the file is empty; skipped',
      'image.txt: the file is binary (it contains NUL bytes), not a text article; skipped',
    ]);
    expect(dataset.documents.map((d) => d.file)).toEqual(['good.txt', 'hostile.txt']);
    expect(dataset.documents[0].text).toBe(good.toString('utf8'));
  });

  it('keeps hostile text as text, byte for byte', () => {
    const { dataset } = runPipeline([{ name: 'hostile.txt', bytes: new TextEncoder().encode(`date 2025-05-01\n${hostile}`) }], null);
    expect(dataset.passages.map((p) => p.text).join(' ')).toContain('<img src=x onerror=alert(1)>');
    expect(dataset.events.find((e) => e.type === 'phone_call')?.participants).toEqual(['lavrov', 'araghchi']);
  });

  it('CLI: warns per file, fails with --strict without touching the existing dataset, writes atomically otherwise', { timeout: 120_000 }, () => {
    const dir = badCorpus();
    const out = join(dir, 'out.json');
    writeFileSync(out, '{"previous": true}');
    const strict = spawnSync('npx', ['tsx', 'src/cli/build-data.ts', '--corpus', dir, '--out', out, '--strict'], { encoding: 'utf8' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/warning: empty\.txt: the file is empty; skipped/);
    expect(strict.stderr).toMatch(/--strict is set; nothing was written/);
    expect(readFileSync(out, 'utf8')).toBe('{"previous": true}');

    const stdout = execFileSync('npx', ['tsx', 'src/cli/build-data.ts', '--corpus', dir, '--out', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(stdout).toMatch(/documents\s+2\n/);
    expect(stdout).toMatch(/undated events\s+\d+\n/);
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(2);
  });

  it('CLI: a missing corpus folder is a clear error', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/build-data.ts', '--corpus', '/nonexistent/corpus'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/corpus folder not found: \/nonexistent\/corpus/);
  });
});
