// The persons the analyst curated (promoted, renamed, or created by moving a mention to a new person) written as
// entries of the actor registry (pipeline/actors/registry-schema.ts), ready to add to actor-registry.json so that
// the next build knows them from the start. Ids are kept: the corrections naming them still find them.
import type { RegistryActor } from '../pipeline/actors/registry-schema';
import type { Actor, Dataset } from '../schema/dataset';

export interface CuratedRegistry {
  /** The registry file's shape: { actors: [...] }. */
  registry: { actors: RegistryActor[] };
  /** Curated persons left out: the registry needs a country and they have none (the analyst can set it with Edit). */
  withoutCountry: string[];
}

const ARABIC = /[\u0600-\u06FF]/;
const words = (s: string) => s.trim().split(/\s+/).length;
const unique = (names: string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];

/** The ids of the actors applied corrections made curated persons of, in the order they were made. */
function curatedIds(dataset: Dataset): string[] {
  const applied = dataset.corrections;
  if (!applied) return [];
  const ids = applied.corrections.flatMap((c) => {
    const outcome = applied.outcomes[c.id];
    if (outcome?.status !== 'applied' || !outcome.target) return [];
    const curates = c.kind === 'actor.promote' || (c.kind === 'actor.edit' && c.name !== undefined) || (c.kind === 'actor.split' && c.to === null);
    return curates ? [outcome.target] : [];
  });
  return [...new Set(ids)];
}

function registryEntry(a: Actor, country: string, correctionIds: string[]): RegistryActor {
  const name = { en: a.name.en || a.name.ar, ar: a.name.ar || a.name.en };
  const byScript = (arabic: boolean) => (n: string) => ARABIC.test(n) === arabic;
  const perLanguage = (pick: (arabic: boolean) => string[]) => ({ ar: pick(true), en: pick(false) });
  const fullNames = perLanguage((arabic) => unique([arabic ? name.ar : name.en, ...a.aliases.filter((n) => words(n) > 1)].filter(byScript(arabic))));
  const surnames = perLanguage((arabic) => {
    const short = arabic ? a.shortName.ar : a.shortName.en;
    return unique([short].filter((n) => byScript(arabic)(n) && !fullNames[arabic ? 'ar' : 'en'].includes(n.trim())));
  });
  const aliases = perLanguage((arabic) =>
    unique(a.aliases.filter((n) => words(n) === 1 && byScript(arabic)(n))).filter((n) => !surnames[arabic ? 'ar' : 'en'].includes(n)),
  );
  // A title found with no country («Tourism Minister …») is the person's office in their own country.
  const roles = a.roles.map((r) => ({ ...r, country: r.country || country })).filter((r) => r.role && r.title.en && r.title.ar);
  return { id: a.id, name, country, fullNames, surnames, aliases, roles, note: `Curated by the analyst's corrections ${correctionIds.join(', ')}` };
}

export function curatedRegistry(dataset: Dataset): CuratedRegistry {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const out: CuratedRegistry = { registry: { actors: [] }, withoutCountry: [] };
  for (const id of curatedIds(dataset)) {
    const a = actors.get(id);
    if (!a) continue;
    const country = a.country || a.roles.find((r) => r.country)?.country;
    if (!country) {
      out.withoutCountry.push(id);
      continue;
    }
    out.registry.actors.push(registryEntry(a, country, a.corrections ?? []));
  }
  return out;
}

export const registryFileText = (registry: CuratedRegistry['registry']) => `${JSON.stringify(registry, null, 2)}\n`;
