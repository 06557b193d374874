// The analyst's corrections: a versioned, schema-checked file (corrections.json) that the pipeline applies as its
// last stage, in the CLI, in the browser's worker and in the app. Each correction names what it changes by
// anchors that survive a rebuild: actors by id, events by what identifies them, mentions by passage and span.
import * as z from 'zod/mini';
import { fromError } from 'zod-validation-error';
import { bilingual, datePrecisionSchema, eventTypeSchema, isoDay, roleSchema } from './common';

export const CORRECTIONS_VERSION = 1;

const nonEmpty = z.string().check(z.minLength(1));
const offset = z.int().check(z.nonnegative());

/** A mention as the analyst saw it: the words at [start, end) of a passage, and whom they were taken for. */
export const mentionAnchorSchema = z.object({ passageId: nonEmpty, start: offset, end: offset, text: z.string(), actorId: nonEmpty });
export type MentionAnchor = z.infer<typeof mentionAnchorSchema>;

/**
 * An event as the analyst saw it. Found again by its id, else by its type, participants and day, else by the
 * passages that report it (a rebuild may give it another id, or more reports).
 */
export const eventAnchorSchema = z.object({
  id: nonEmpty,
  type: eventTypeSchema,
  participants: z.array(nonEmpty),
  day: z.nullable(isoDay),
  passageIds: z.array(nonEmpty).check(z.minLength(1)),
});
export type EventAnchor = z.infer<typeof eventAnchorSchema>;

export const correctedDateSchema = z.object({ start: isoDay, end: isoDay, precision: datePrecisionSchema });
export type CorrectedDate = z.infer<typeof correctedDateSchema>;

const base = {
  id: nonEmpty,
  /** When it was made (ISO 8601). */
  at: nonEmpty,
  author: z.optional(z.string()),
  reason: z.optional(z.string()),
};

export const correctionSchema = z.discriminatedUnion('kind', [
  /** `from` and `into` are one person: `from`'s mentions, names and events go to `into`. */
  z.object({ ...base, kind: z.literal('actor.merge'), from: nonEmpty, into: nonEmpty }),
  /** One mention was taken for the wrong actor: it goes to `to`, or to a new actor named `name`. */
  z.object({ ...base, kind: z.literal('actor.split'), mention: mentionAnchorSchema, to: z.nullable(nonEmpty), name: z.optional(bilingual) }),
  z.object({
    ...base,
    kind: z.literal('actor.edit'),
    actorId: nonEmpty,
    name: z.optional(bilingual),
    shortName: z.optional(bilingual),
    country: z.optional(z.nullable(z.string())),
    roles: z.optional(z.array(roleSchema)),
  }),
  /** A discovered "name" that is not a person: its mentions go, and events drop it. */
  z.object({ ...base, kind: z.literal('actor.notPerson'), actorId: nonEmpty }),
  /** A discovered person the analyst vouches for: curated from now on. */
  z.object({ ...base, kind: z.literal('actor.promote'), actorId: nonEmpty }),
  z.object({
    ...base,
    kind: z.literal('event.edit'),
    event: eventAnchorSchema,
    type: z.optional(eventTypeSchema),
    date: z.optional(z.nullable(correctedDateSchema)),
    participants: z.optional(z.array(nonEmpty)),
    location: z.optional(z.nullable(z.string())),
    planned: z.optional(z.boolean()),
  }),
  z.object({ ...base, kind: z.literal('event.delete'), event: eventAnchorSchema }),
  /** Two events that are one: `event` goes into `into`. */
  z.object({ ...base, kind: z.literal('event.merge'), event: eventAnchorSchema, into: eventAnchorSchema }),
  /** An event the pipeline missed, cited by at least one passage. */
  z.object({
    ...base,
    kind: z.literal('event.add'),
    type: eventTypeSchema,
    participants: z.array(nonEmpty),
    date: z.nullable(correctedDateSchema),
    location: z.nullable(z.string()),
    planned: z.boolean(),
    passageIds: z.array(nonEmpty).check(z.minLength(1)),
  }),
  z.object({ ...base, kind: z.literal('mention.remove'), mention: mentionAnchorSchema }),
  z.object({ ...base, kind: z.literal('mention.add'), mention: mentionAnchorSchema }),
]);
export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionKind = Correction['kind'];
export type CorrectionOf<K extends CorrectionKind> = Extract<Correction, { kind: K }>;

export const correctionsFileSchema = z.object({
  version: z.literal(CORRECTIONS_VERSION),
  corrections: z.array(correctionSchema),
});
export type CorrectionsFile = z.infer<typeof correctionsFileSchema>;

/**
 * What became of a correction on the last build: applied (to `target`, which was `before`), or orphaned (nothing
 * left to apply to, `why`): an orphan is kept and listed, never dropped.
 */
export const correctionOutcomeSchema = z.object({
  status: z.enum(['applied', 'orphaned']),
  /** The actor or event it changed (after merges, the one that remains). */
  target: z.optional(z.string()),
  /** The fields it changed, as they were. */
  before: z.optional(z.record(z.string(), z.unknown())),
  why: z.optional(z.string()),
});
export type CorrectionOutcome = z.infer<typeof correctionOutcomeSchema>;

/** What a dataset carries of the corrections applied to it. */
export const appliedCorrectionsSchema = z.object({
  version: z.literal(CORRECTIONS_VERSION),
  corrections: z.array(correctionSchema),
  outcomes: z.record(z.string(), correctionOutcomeSchema),
  /** Ids merged away and the ids they live on as: links, slides and selections naming them follow. */
  redirects: z.object({ actors: z.record(z.string(), z.string()), events: z.record(z.string(), z.string()) }),
});
export type AppliedCorrections = z.infer<typeof appliedCorrectionsSchema>;

export class CorrectionsError extends Error {}

/** Validates a corrections file's JSON text; throws a CorrectionsError saying what is wrong and where. */
export function parseCorrectionsText(text: string, origin = 'corrections'): CorrectionsFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CorrectionsError(`${origin}: not JSON (${(e as Error).message})`);
  }
  return parseCorrections(json, origin);
}

export function parseCorrections(json: unknown, origin = 'corrections'): CorrectionsFile {
  if (typeof json === 'object' && json !== null && 'version' in json && json.version !== CORRECTIONS_VERSION) {
    throw new CorrectionsError(`${origin}: version ${String(json.version)} is not supported (this app reads version ${CORRECTIONS_VERSION})`);
  }
  const result = correctionsFileSchema.safeParse(json);
  if (!result.success) throw new CorrectionsError(`${origin}: ${fromError(result.error).message}`);
  const ids = new Set<string>();
  for (const c of result.data.corrections) {
    if (ids.has(c.id)) throw new CorrectionsError(`${origin}: correction id ${c.id} appears twice`);
    ids.add(c.id);
  }
  return result.data;
}

export const correctionsFileText = (corrections: Correction[]) =>
  `${JSON.stringify({ version: CORRECTIONS_VERSION, corrections } satisfies CorrectionsFile, null, 1)}\n`;
