// The corrections stage runs in three places: the CLI's streamed build (mention stage per batch, in each thread;
// corpus stage at the end), the browser's ingest worker (rebuildDataset) and the app's store. All three must give
// the same dataset.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticCorpus } from '../../../bench/synthetic-corpus';
import { buildDatasetFile, corpusFolder } from '../../cli/build-dataset-file';
import { rebuildDataset } from '../../ingest/rebuild-dataset';
import { parseDataset, type Dataset } from '../../schema/dataset';
import { useAppStore } from '../../store/app-store';
import { loadRealDataset } from '../../test/fixtures';
import { runPipeline } from '../run-pipeline';
import { applyCorrections } from './apply-corrections';
import { correctionsOfEveryKind } from './every-kind.fixture';
import { tempDir } from '../../test/temp-dir';

const bundled = loadRealDataset();
const corrections = correctionsOfEveryKind(bundled);
const withoutLayout = ({ layout: _, ...rest }: Dataset) => rest;

async function built(dir: string, threads: number): Promise<Dataset> {
  const out = join(tempDir('corrections-'), 'dataset.json');
  const outcome = await buildDatasetFile({ ...corpusFolder(dir), corrections }, out, { threads });
  expect(outcome.written && outcome.threads).toBe(threads);
  return parseDataset(JSON.parse(readFileSync(out, 'utf8')), out);
}

describe('corrections of every kind on the bundled corpus', () => {
  const { dataset: extracted, corrected: inWorker } = rebuildDataset(bundled.documents, [], corrections);

  it('change the dataset, and two of them are orphans', () => {
    const outcomes = inWorker.corrections!.outcomes;
    expect(Object.keys(outcomes).filter((id) => outcomes[id].status === 'orphaned')).toEqual(['orphan-actor', 'orphan-mention']);
    expect(inWorker.actors.find((a) => a.id === 'lavrov')!.shortName.en).toBe('S. Lavrov');
    expect(inWorker.events.find((e) => e.id === 'ev-1i2aokf')!.date!.start).toBe('2026-03-09');
  });

  it('give the same dataset in the CLI, the ingest worker and the store', async () => {
    const cli = await built('public/data/corpus', 1);
    useAppStore.getState().reset();
    useAppStore.getState().loadSucceeded(extracted);
    useAppStore.getState().replaceCorrections(corrections);
    const inStore = useAppStore.getState().dataset!;
    expect(withoutLayout(cli)).toEqual(inWorker);
    expect(inStore).toEqual(inWorker);
  });

  it('give the same dataset when worker threads correct the mentions of their batches', async () => {
    // The bundled articles and recombined ones: several batches, the first ones sent to the worker.
    const corpus = corpusFolder('public/data/corpus');
    const synthetic = syntheticCorpus(60);
    const files = [...corpus.files.map((f) => ({ name: f.name, bytes: f.read() })), ...synthetic.files];
    const manifest = JSON.stringify([...JSON.parse(corpus.manifest!), ...JSON.parse(synthetic.manifest)]);
    const dir = tempDir('corrections-corpus-');
    for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
    writeFileSync(join(dir, 'manifest.json'), manifest);
    const threaded = await built(dir, 2);
    const inMemory = runPipeline(files, manifest, { corrections }).dataset;
    expect(inMemory).toEqual(applyCorrections(runPipeline(files, manifest).dataset, corrections));
    expect(withoutLayout(threaded)).toEqual(inMemory);
    expect(inMemory.corrections!.outcomes.redate).toMatchObject({ status: 'applied', target: 'ev-1i2aokf' });
  });
});
