// The bundled corpus (public/data/corpus) built into a dataset folder by build:data's code, for the tests that read
// a folder: built once per test file, into a temporary folder.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatasetFile, corpusFolder } from '../cli/build-dataset-file';
import { tempDir } from './temp-dir';

let built: Promise<string> | null = null;

/** The folder's path, once built. */
export function bundledFolder(): Promise<string> {
  built ??= (async () => {
    const folder = join(tempDir('bundled-folder-'), 'dataset');
    const outcome = await buildDatasetFile(corpusFolder('public/data/corpus'), { folder }, { threads: 1 });
    if (outcome.written === null) throw new Error('the bundled corpus did not build');
    return folder;
  })();
  return built;
}

/** The folder's files as Blobs, as a file input gives them (the test's own Blob: Node's openAsBlob would hand
 *  hyparquet ArrayBuffers of another realm than jsdom's). */
export function blobsOf(dir: string): Map<string, Blob> {
  return new Map(readdirSync(dir).map((name) => [name, new Blob([readFileSync(join(dir, name))])]));
}
