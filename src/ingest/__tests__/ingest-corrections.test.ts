// The analyst's corrections when articles or dataset files come in: the worker applies them (the store shows its
// result), and a correction that an opened dataset file came with can be taken back (its documents are analysed again).
import 'fake-indexeddb/auto';
import { applyCorrections } from '../../pipeline/corrections/apply-corrections';
import type { Correction } from '../../schema/corrections';
import { useAppStore } from '../../store/app-store';
import { loadRealDataset } from '../../test/fixtures';
import { datasetFileText } from '../download-dataset';
import { loadOpenedDataset, saveAddedArticles, saveOpenedDataset } from '../ingest-persistence';
import { addFiles, initialIngestState, startIngest, useIngestStore } from '../ingest-store';
import { ARABIC_ARTICLE, fileLike, fixtureFile } from './ingest-fixtures';

const bundled = loadRealDataset();
const merge: Correction = { id: 'merge', at: '2026-12-03T10:00:00Z', kind: 'actor.merge', from: 'amir-abdollahian', into: 'araghchi' };
const app = () => useAppStore.getState();
const actorIds = (d: { actors: { id: string }[] }) => d.actors.map((a) => a.id);
/** Waits for the ingest's queued operations (startIngest, once started, resolves when they are done). */
const settled = () => startIngest(bundled);

describe('corrections and the ingest', () => {
  beforeEach(async () => {
    await saveAddedArticles([]);
    await saveOpenedDataset(null);
    useIngestStore.setState({ ...initialIngestState });
    app().reset();
    app().loadSucceeded(bundled);
    await startIngest(bundled);
  });

  it('applies the analyst’s corrections to the articles added, in the worker', async () => {
    app().replaceCorrections([merge]);
    const [report] = await addFiles([fixtureFile(ARABIC_ARTICLE)]);
    expect(report.outcome).toBe('added');
    expect(actorIds(app().extracted!)).toContain('amir-abdollahian');
    expect(actorIds(app().dataset!)).not.toContain('amir-abdollahian');
    expect(actorIds(app().dataset!)).toContain('larijani');
    expect(app().dataset!.corrections!.outcomes.merge).toMatchObject({ status: 'applied', target: 'araghchi' });
  });

  it('takes back a correction an opened dataset file came with by analysing its documents again, keeping the view', async () => {
    await addFiles([fileLike('corrected.json', datasetFileText(applyCorrections(bundled, [merge])))]);
    expect(app().corrections.map((c) => c.id)).toEqual(['merge']);
    expect(actorIds(app().dataset!)).not.toContain('amir-abdollahian');
    app().selectActor('lavrov');

    app().undoCorrection('merge');
    await settled();
    expect(actorIds(app().dataset!)).toContain('amir-abdollahian');
    expect(app().extracted!.corrections).toBeUndefined();
    expect(app().selection).toEqual({ kind: 'actor', id: 'lavrov' });
    // The clean extraction is the base from now on, here and after a reload: the correction does not come back.
    expect(useIngestStore.getState().opened!.dataset.corrections).toBeUndefined();
    expect((await loadOpenedDataset())!.dataset.corrections).toBeUndefined();
    expect(app().corrections).toEqual([]);
  });
});
