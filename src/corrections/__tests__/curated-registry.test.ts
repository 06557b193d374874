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
