import { describe, expect, it } from 'vitest';
import { curatedRegistry, registryFileText } from '../curated-registry';
import { parseRegistry } from '../../pipeline/actors/registry-schema';
import { splitActorId } from '../../pipeline/corrections/correction-plan';
import { loadStore } from '../../test/render-with-store';
import { loadRealDataset } from '../../test/fixtures';

describe('curatedRegistry', () => {
  it('writes renamed and split-off persons as registry entries the registry schema accepts; one without a country is left out', () => {
    const store = loadStore(loadRealDataset());
    const { correct } = store.getState();
    const rename = correct({ kind: 'actor.edit', actorId: 'iravani', name: { en: 'Amir-Saeid Iravani', ar: 'أمير سعيد إيرواني' } });
    const split = correct({
      kind: 'actor.split',
      mention: { passageId: '002_1b7f967809f53ab6:p11', start: 18, end: 29, text: 'عبد اللهيان', actorId: 'amir-abdollahian' },
      to: null,
      name: { en: 'Abdollahian (another)', ar: 'عبد اللهيان' },
    });
    correct({ kind: 'actor.edit', actorId: 'lavrov', country: 'RU' });
    const out = curatedRegistry(store.getState().dataset!);
    expect(out.withoutCountry).toEqual([splitActorId(split)]);
    const parsed = parseRegistry(JSON.parse(registryFileText(out.registry)), 'curated persons');
    expect(parsed.actors).toHaveLength(1);
    const iravani = parsed.actors[0];
    expect(iravani).toMatchObject({ id: 'iravani', name: { en: 'Amir-Saeid Iravani', ar: 'أمير سعيد إيرواني' }, country: 'IR' });
    expect(iravani.fullNames.en).toContain('Amir-Saeid Iravani');
    expect(iravani.fullNames.ar).toContain('أمير سعيد إيرواني');
    expect(iravani.surnames).toEqual({ en: ['Iravani'], ar: ['إيرواني'] });
    expect(iravani.note).toContain(rename);
  });

  it('gives nothing when nothing was curated', () => {
    const store = loadStore(loadRealDataset());
    store.getState().correct({ kind: 'actor.notPerson', actorId: 'borisenko' });
    expect(curatedRegistry(store.getState().dataset!)).toEqual({ registry: { actors: [] }, withoutCountry: [] });
  });
});

describe('a discovered person promoted', () => {
  it('is curated in the dataset and a registry entry, under the role and country it was found with', async () => {
    const { runPipeline } = await import('../../pipeline/run-pipeline');
    const text = 'JAKARTA, Feb 3 (Wire) - Indonesian Tourism Minister Widiyanti Putri met Egyptian Foreign Minister Badr Abdelatty in Jakarta on Monday.';
    const manifest = JSON.stringify([{ file: 'a.txt', title: 'T', source: 'S', url: null, published: '2025-02-04', language: 'en' }]);
    const extracted = runPipeline([{ name: 'a.txt', bytes: new TextEncoder().encode(text) }], manifest).dataset;
    const found = extracted.actors.find((a) => a.discovered)!;
    const store = loadStore(extracted);
    store.getState().correct({ kind: 'actor.edit', actorId: found.id, country: 'ID' });
    store.getState().correct({ kind: 'actor.promote', actorId: found.id, reason: 'checked with the ministry' });
    expect(store.getState().dataset!.actors.find((a) => a.id === found.id)).toMatchObject({ discovered: false, name: { en: 'Widiyanti Putri' }, country: 'ID' });
    const parsed = parseRegistry(JSON.parse(registryFileText(curatedRegistry(store.getState().dataset!).registry)), 'curated persons');
    expect(parsed.actors.map((a) => [a.id, a.name.en, a.country, a.roles.map((r) => r.role)])).toEqual([[found.id, 'Widiyanti Putri', 'ID', ['minister']]]);
  });
});
