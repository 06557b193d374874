// Test helper: a corpus folder as the pipeline's input (the CLI does the same).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFile } from '../../src/pipeline/corpus/prepare-articles';

export function readCorpus(dir: string): { files: CorpusFile[]; manifest: string | null } {
  const names = readdirSync(dir);
  return {
    files: names.filter((n) => n !== 'manifest.json').map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) })),
    manifest: names.includes('manifest.json') ? readFileSync(join(dir, 'manifest.json'), 'utf8') : null,
  };
}
