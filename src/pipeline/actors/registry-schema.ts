// Curated knowledge about people is data (actor-registry.json, role-titles.json); this file is its shape.
import * as z from 'zod/mini';
import { fromError } from 'zod-validation-error';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const nonEmpty = z.string().check(z.minLength(1));
const bilingual = z.object({ en: nonEmpty, ar: nonEmpty });
const perLanguage = z.object({ ar: z.array(nonEmpty), en: z.array(nonEmpty) });

export const registryRoleSchema = z.object({
  /** A key from role-titles.json `roles`, e.g. "foreign_minister". */
  role: nonEmpty,
  /** ISO 3166 alpha-2 code, or an organisation code such as "HEZBOLLAH". */
  country: nonEmpty,
  title: bilingual,
  from: z.nullable(isoDay),
  /** null while the person still holds the role. */
  to: z.nullable(isoDay),
});

export const registryActorSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: bilingual,
  country: nonEmpty,
  /** Full-name spellings (first + last, with or without middle names), every variant seen in writing. */
  fullNames: perLanguage,
  /** Surnames that, standing alone, name this person unambiguously in news text. */
  surnames: perLanguage,
  /** Other names: nicknames, kunyas, a name with an honorific that is part of how they are called. */
  aliases: perLanguage,
  /** Surnames that are also given names or ordinary words («سعيد»): alone, they name this person only once the article has. */
  surnamesOnceNamed: z.optional(perLanguage),
  roles: z.array(registryRoleSchema),
  note: z.optional(z.string()),
});
export type RegistryActor = z.infer<typeof registryActorSchema>;
export type RegistryRole = z.infer<typeof registryRoleSchema>;

export const registrySchema = z.object({ actors: z.array(registryActorSchema) });
export type Registry = z.infer<typeof registrySchema>;

export const roleTitlesSchema = z.object({
  /** Role key → the heads of phrase that name it, e.g. foreign_minister: ["وزير الخارجية", "وزير خارجية"]. */
  roles: z.record(z.string(), z.object({ ar: z.array(nonEmpty), en: z.array(nonEmpty) })),
  /** Country code → adjectives and genitive nouns that follow a head: "الروسي", "روسيا", "Russian", "of Russia". */
  countries: z.record(z.string(), z.object({ ar: z.array(nonEmpty), en: z.array(nonEmpty) })),
  /** Whole phrases with a fixed role and country, e.g. «قائد الثورة» → supreme_leader of IR. */
  fixed: z.array(z.object({ phrase: nonEmpty, language: z.enum(['ar', 'en']), role: z.string(), country: z.string() })),
  /** Words before a name that are not part of it (ranks, honorifics): العميد، السيد، Dr. */
  honorifics: z.object({ ar: z.array(nonEmpty), en: z.array(nonEmpty) }),
  /**
   * Words right before a title that make it the office of the one served, not the person named: «نائب حاكم
   * إمارة أبوظبي», «المبعوث الخاص للرئيس الروسي», "adviser to the Russian President", «نجل الرئيس».
   */
  subordinates: z.optional(z.object({ ar: z.array(nonEmpty), en: z.array(nonEmpty) })),
  /**
   * Places named for a person with a title: the Arabic noun before the title («مطار الملك خالد», «جامعة الملك
   * سعود»), the English one after the name ("King Khalid International Airport"). The title names no one there.
   */
  namedPlaces: z.optional(z.object({ ar: z.array(nonEmpty), en: z.array(nonEmpty) })),
  /**
   * Words that, joined to a country term, point back to a person the article has named: «الضيف الروسي», «المسؤول
   * المصري», "the Russian guest" (the last one named of that country); `two`: a dual («الوزيرين الإيطاليين»), the last two;
   * `leader`: "the French leader", the head of state or government of that country the article has named most;
   * `nonLeader`: «الموفد الفرنسي», «المسؤول الأمريكي», "the official": the last one named of that country who is not
   * its head of state or government (an envoy or an official, never the president).
   * `guestOf`, with no country: the visitor of whom («ضيفه», "his guest": of the one named last; «الضيف», "the guest":
   * of the country the article reports from), the last one named who is not of the host's country.
   * `office`: a part of the role the one described holds that day («المفوضة الأوروبية», "the commissioner": a
   * `…commissioner…`, not the Commission's president named since).
   * `latter`, with no country: «قبل أن ينتقل الأخير», «وأكد الأخير» (the latter), the last one named, right after a verb
   * (elsewhere the word is the adjective "last": «اللقاء الأخير»).
   */
  descriptions: z.optional(
    z.array(
      z.object({
        phrase: nonEmpty,
        language: z.enum(['ar', 'en']),
        minister: z.optional(z.boolean()),
        leader: z.optional(z.boolean()),
        nonLeader: z.optional(z.boolean()),
        two: z.optional(z.boolean()),
        guestOf: z.optional(z.enum(['last', 'home'])),
        office: z.optional(nonEmpty),
        latter: z.optional(z.boolean()),
      }),
    ),
  ),
  /** Pronouns of rank («سموه») and the styles («صاحب السمو») that introduce the person they stand for. */
  honorificPronouns: z.optional(z.array(z.object({ pronouns: z.array(nonEmpty), styles: z.array(nonEmpty) }))),
});
export type RoleTitles = z.infer<typeof roleTitlesSchema>;

export function parseRegistry(json: unknown, origin = 'actor registry'): Registry {
  const r = registrySchema.safeParse(json);
  if (!r.success) throw new Error(`${origin}: ${fromError(r.error).message}`);
  const seen = new Set<string>();
  for (const a of r.data.actors) {
    if (seen.has(a.id)) throw new Error(`${origin}: duplicate actor id ${a.id}`);
    seen.add(a.id);
  }
  return r.data;
}

export function parseRoleTitles(json: unknown, origin = 'role titles'): RoleTitles {
  const r = roleTitlesSchema.safeParse(json);
  if (!r.success) throw new Error(`${origin}: ${fromError(r.error).message}`);
  return r.data;
}

/** One registry from its parts; an id in two parts is an error naming it. */
export function mergeRegistries(parts: Registry[]): Registry {
  return parseRegistry({ actors: parts.flatMap((p) => p.actors) }, 'actor registry (all parts)');
}

/** One set of titles from its parts: the heads of a role, the terms of a country and the honorifics are united. */
export function mergeRoleTitles(parts: RoleTitles[]): RoleTitles {
  const unite = <T extends { ar: string[]; en: string[] }>(into: Record<string, T>, from: Record<string, T>) => {
    for (const [key, v] of Object.entries(from)) {
      const have = into[key];
      into[key] = have ? ({ ...have, ar: [...new Set([...have.ar, ...v.ar])], en: [...new Set([...have.en, ...v.en])] } as T) : { ...v };
    }
  };
  const merged: RoleTitles = { roles: {}, countries: {}, fixed: [], honorifics: { ar: [], en: [] } };
  for (const p of parts) {
    unite(merged.roles, p.roles);
    unite(merged.countries, p.countries);
    merged.fixed.push(...p.fixed);
    merged.honorifics = { ar: [...new Set([...merged.honorifics.ar, ...p.honorifics.ar])], en: [...new Set([...merged.honorifics.en, ...p.honorifics.en])] };
    if (p.descriptions) merged.descriptions = [...(merged.descriptions ?? []), ...p.descriptions];
    if (p.honorificPronouns) merged.honorificPronouns = [...(merged.honorificPronouns ?? []), ...p.honorificPronouns];
    if (p.subordinates) merged.subordinates = { ar: [...(merged.subordinates?.ar ?? []), ...p.subordinates.ar], en: [...(merged.subordinates?.en ?? []), ...p.subordinates.en] };
    if (p.namedPlaces) merged.namedPlaces = { ar: [...(merged.namedPlaces?.ar ?? []), ...p.namedPlaces.ar], en: [...(merged.namedPlaces?.en ?? []), ...p.namedPlaces.en] };
  }
  return merged;
}
