import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { browserProblem, chromiumPath } from './check-browser.mjs';
import { tempDir } from '../../src/test/temp-dir';

const dir = tempDir('check-browser-');
const file = (name: string, mode: number) => {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, mode);
  return path;
};

describe('the browser check that opens npm test', () => {
  it('names the missing Chromium and what to install, in one line', () => {
    const problem = browserProblem({ CHROMIUM_PATH: join(dir, 'chromium') });
    expect(problem).toBe(
      `Chromium not found at ${join(dir, 'chromium')} (CHROMIUM_PATH): point CHROMIUM_PATH at a Chromium binary, or unset it and run \`apt-get install -y chromium fonts-noto-core\``,
    );
    expect(problem).not.toContain('\n');
  });

  it('looks at Debian’s Chromium unless CHROMIUM_PATH says otherwise', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toBe('/opt/chromium/chrome');
  });

  it('turns away a folder and a file that cannot be run, and takes an executable', () => {
    expect(browserProblem({ CHROMIUM_PATH: dir })).toMatch(/^Chromium not found at .* \(CHROMIUM_PATH\), which is not a file: /);
    expect(browserProblem({ CHROMIUM_PATH: file('plain', 0o644) })).toMatch(/^Chromium at .*plain \(CHROMIUM_PATH\) is not executable: /);
    expect(browserProblem({ CHROMIUM_PATH: file('runnable', 0o755) })).toBeNull();
  });

  it('as a script, prints the one line and fails at once', () => {
    const script = resolve(__dirname, 'check-browser.mjs');
    const run = spawnSync(process.execPath, [script], { env: { ...process.env, CHROMIUM_PATH: join(dir, 'none') }, encoding: 'utf8' });
    expect([run.status, run.stdout, run.stderr.trim().split('\n')]).toEqual([1, '', [expect.stringMatching(/^Chromium not found at /)]]);
  });
});
