// The bundled corpus (public/data/corpus) built into a dataset folder by build:data's code, once per test file
// (its temporary folder goes when the file ends: temp-dir.ts).
import { join } from 'node:path';
import { buildDatasetFile, corpusFolder } from '../cli/build-dataset-file';
import { tempDir } from './temp-dir';

let built: Promise<string> | null = null;

/** The folder's path, built on the first call. */
export function bundledFolder(): Promise<string> {
  built ??= (async () => {
    const folder = join(tempDir('bundled-folder-'), 'dataset');
    const outcome = await buildDatasetFile(corpusFolder('public/data/corpus'), { folder }, { threads: 1 });
    if (outcome.written === null) throw new Error('the bundled corpus did not build');
    return folder;
  })();
  return built;
}
