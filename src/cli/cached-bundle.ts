// A TypeScript entry bundled by esbuild into one plain CommonJS file, for Node to load as JS (in a thread or a
// worker) instead of compiling TypeScript. The bundle is cached under node_modules/.cache and rebuilt
// when any file that went into it changed (size or modification time), as make would. esbuild runs as a
// command, not through its JS API: the API refuses to load where globals are replaced (vitest's jsdom).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Node has had Unicode property escapes since v10, but esbuild's table does not say so for node20: it would turn
// every /\p{…}/u literal into `new RegExp(…)`, built again at each call (per token in the name finders).
const ESBUILD_FLAGS = ['--bundle', '--platform=node', '--format=cjs', '--target=node20', '--supported:regexp-unicode-property-escapes=true'];
// One cache per checkout: node_modules may be shared by several worktrees (a symlink), and a bundle built from
// another checkout's sources is fresh by its own stamps but not this checkout's code. And one per way of bundling:
// a bundle built with other flags is not this one.
const CACHE_DIR = join(ROOT, 'node_modules/.cache/news-pipeline', createHash('sha256').update(ROOT).update(ESBUILD_FLAGS.join(' ')).digest('hex').slice(0, 12));
const ESBUILD = join(ROOT, 'node_modules/.bin/esbuild');

/** [path, size, mtime] of a file esbuild read; null once it is gone. */
type InputStamp = [string, number, number] | null;

const stampOf = (path: string): InputStamp => {
  if (!existsSync(path)) return null;
  const { size, mtimeMs } = statSync(path);
  return [path, size, mtimeMs];
};

function isFresh(stampsFile: string): boolean {
  if (!existsSync(stampsFile)) return false;
  const stamps = JSON.parse(readFileSync(stampsFile, 'utf8')) as InputStamp[];
  return stamps.every((s) => s !== null && JSON.stringify(stampOf(s[0])) === JSON.stringify(s));
}

/** The path of `entry` (a .ts file) bundled for Node, built now unless the cached one is fresh. */
export function cachedBundle(entry: string): string {
  const name = basename(entry).replace(/\.ts$/, '');
  const bundle = join(CACHE_DIR, `${name}.cjs`);
  const stampsFile = join(CACHE_DIR, `${name}.inputs.json`);
  if (existsSync(bundle) && isFresh(stampsFile)) return bundle;
  mkdirSync(CACHE_DIR, { recursive: true });
  // Built beside the cache and renamed into it: another process reading the cache never sees half a bundle.
  const tmp = `${bundle}.${process.pid}.tmp`;
  const meta = `${tmp}.meta.json`;
  try {
    execFileSync(ESBUILD, [entry, ...ESBUILD_FLAGS, `--outfile=${tmp}`, `--metafile=${meta}`, '--log-level=error'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const inputs = Object.keys((JSON.parse(readFileSync(meta, 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    renameSync(tmp, bundle);
    writeFileSync(meta, JSON.stringify(inputs.map((input) => stampOf(resolve(ROOT, input)))));
    renameSync(meta, stampsFile);
  } finally {
    rmSync(tmp, { force: true });
    rmSync(meta, { force: true });
  }
  return bundle;
}
