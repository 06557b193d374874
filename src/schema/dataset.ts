// The one schema of the precomputed dataset: the pipeline validates what it writes with it,
// the app validates what it loads with it. Fields may be added, never renamed.
import * as z from 'zod/mini';
import { fromError } from 'zod-validation-error';
import { appliedCorrectionsSchema } from './corrections';
import { bilingual, datePrecisionSchema, eventTypeSchema, isoDay, roleSchema } from './common';

export { datePrecisionSchema, eventTypeSchema, roleSchema, type ActorRole, type DatePrecision, type EventType } from './common';

export const SCHEMA_VERSION = 1;

const nonEmpty = z.string().check(z.minLength(1));
const count = z.int().check(z.nonnegative());

export const languageSchema = z.enum(['ar', 'en']);
export type Language = z.infer<typeof languageSchema>;

/** How a document's publication date is known. */
export const publishedBasisSchema = z.enum(['manifest', 'header', 'dateline', 'unknown']);

export const documentSchema = z.object({
  id: nonEmpty,
  file: nonEmpty,
  title: z.nullable(z.string()),
  source: z.nullable(z.string()),
  url: z.nullable(z.string()),
  published: z.nullable(isoDay),
  publishedBasis: publishedBasisSchema,
  language: languageSchema,
  /** The article's full original text; passages and mentions point into it. */
  text: z.string(),
});
export type DatasetDocument = z.infer<typeof documentSchema>;

export const passageSchema = z.object({
  id: nonEmpty,
  documentId: nonEmpty,
  text: z.string(),
  /** Offsets of `text` in its document's `text` ([start, end)). */
  start: count,
  end: count,
  /** Paragraph number in the document (0-based), to group passages for reading. */
  paragraph: count,
});
export type Passage = z.infer<typeof passageSchema>;


export const actorSchema = z.object({
  id: nonEmpty,
  name: bilingual,
  /** The name a headline or a graph label uses (usually the surname). */
  shortName: bilingual,
  aliases: z.array(z.string()),
  country: z.nullable(z.string()),
  roles: z.array(roleSchema),
  mentionCount: count,
  /** True for a person found by a title-plus-name pattern, not in the curated registry. */
  discovered: z.boolean(),
  /** For a discovered person: the name as the text wrote it, in which script, and whether `name.en` is a transliteration. */
  discovery: z.optional(z.object({ written: z.string(), language: languageSchema, transliterated: z.boolean() })),
  /** The analyst's corrections that changed this actor (ids into the dataset's `corrections`). */
  corrections: z.optional(z.array(z.string())),
});
export type Actor = z.infer<typeof actorSchema>;

/** How a mention was resolved to its actor. */
export const mentionViaSchema = z.enum(['full_name', 'alias', 'surname', 'role', 'counterpart', 'discovered', 'spelling', 'description', 'honorific', 'analyst']);
export type MentionVia = z.infer<typeof mentionViaSchema>;

export const mentionSchema = z.object({
  actorId: nonEmpty,
  passageId: nonEmpty,
  /** Offsets into the passage's original text ([start, end)). */
  start: count,
  end: count,
  via: mentionViaSchema,
});
export type Mention = z.infer<typeof mentionSchema>;

export const dateBasisSchema = z.enum(['explicit', 'relative', 'publication', 'analyst']);
export type DateBasis = z.infer<typeof dateBasisSchema>;

export const eventDateSchema = z.object({
  start: isoDay,
  end: isoDay,
  precision: datePrecisionSchema,
  basis: dateBasisSchema,
  /** The words the date was read from, when it was read from the text. */
  text: z.optional(z.string()),
});
export type EventDate = z.infer<typeof eventDateSchema>;


/** How a participant of a contact came to take part (the contact word's argument it was read from). */
export const participantViaSchema = z.enum(['named', 'host', 'partner', 'owner', 'subject', 'pair', 'joined', 'analyst']);
export type ParticipantVia = z.infer<typeof participantViaSchema>;

export const eventSchema = z.object({
  id: nonEmpty,
  type: eventTypeSchema,
  title: bilingual,
  participants: z.array(z.string()),
  /** For contacts: how each participant was read (named in the clause, host or partner of a list, owner of «لدى استقباله»…). */
  participantVia: z.optional(z.record(z.string(), participantViaSchema)),
  date: z.nullable(eventDateSchema),
  /** When its reports disagree on the day («أمس» in one, the weekday in another): every day given, with its passages. */
  dateReadings: z.optional(z.array(z.object({ date: eventDateSchema, passageIds: z.array(z.string()) }))),
  location: z.nullable(z.string()),
  /** True when the text announces it as planned (future tense), not done. */
  planned: z.boolean(),
  passageIds: z.array(z.string()).check(z.minLength(1)),
  documentIds: z.array(z.string()).check(z.minLength(1)),
  /** The analyst's corrections that changed this event (ids into the dataset's `corrections`); an added event has its own. */
  corrections: z.optional(z.array(z.string())),
});
export type DatasetEvent = z.infer<typeof eventSchema>;

export const edgeSchema = z.object({
  source: nonEmpty,
  target: nonEmpty,
  weight: z.int().check(z.positive()),
  passageIds: z.array(z.string()),
  eventIds: z.array(z.string()),
  /** True when the two share a direct contact event (call, meeting, visit, message, agreement). */
  contact: z.boolean(),
});
export type Edge = z.infer<typeof edgeSchema>;

/**
 * The graph's picture, computed when the dataset was built so that the app need not lay it out on load. `key`
 * fingerprints what it was laid out from (layoutKey): the app uses it only when the dataset still gives that key.
 */
export const graphLayoutSchema = z.object({
  key: z.string(),
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })),
});
export type GraphLayout = z.infer<typeof graphLayoutSchema>;

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  documents: z.array(documentSchema),
  passages: z.array(passageSchema),
  actors: z.array(actorSchema),
  mentions: z.array(mentionSchema),
  events: z.array(eventSchema),
  edges: z.array(edgeSchema),
  layout: z.optional(graphLayoutSchema),
  /** The analyst's corrections applied to the extraction, what became of each, and the ids they merged away. */
  corrections: z.optional(appliedCorrectionsSchema),
});
export type Dataset = z.infer<typeof datasetSchema>;

/**
 * What is wrong with a dataset, for the interface to say in its own language: which failure, and the values its
 * message quotes. A detail (the JSON parser's or the schema check's own words) stays as it was written.
 */
export interface DatasetProblem {
  code: 'fetchFailed' | 'notFound' | 'htmlPage' | 'notUtf8' | 'notJson' | 'version' | 'invalid' | 'reference';
  values: Record<string, string>;
}

/** A dataset that cannot be used: `message` in English (logs, the command line), `problem` for the interface. */
export class DatasetError extends Error {
  readonly problem?: DatasetProblem;

  constructor(message: string, problem?: DatasetProblem) {
    super(message);
    this.problem = problem;
  }
}

/** Validates unknown JSON as a dataset; throws a DatasetError with a readable message naming the culprit. */
export function parseDataset(json: unknown, origin = 'dataset'): Dataset {
  if (typeof json === 'object' && json !== null && 'schemaVersion' in json && json.schemaVersion !== SCHEMA_VERSION) {
    const version = String(json.schemaVersion);
    throw new DatasetError(`${origin}: schema version ${version} is not supported (this app reads version ${SCHEMA_VERSION})`, {
      code: 'version',
      values: { origin, version, supported: String(SCHEMA_VERSION) },
    });
  }
  const result = datasetSchema.safeParse(json);
  if (!result.success) {
    const detail = fromError(result.error).message;
    throw new DatasetError(`${origin}: ${detail}`, { code: 'invalid', values: { origin, detail } });
  }
  return checkReferences(result.data, origin);
}

/** Cross-record checks of a whole dataset. */
function checkReferences(d: Dataset, origin: string): Dataset {
  const check = new ReferenceCheck(origin);
  check.documents(d.documents);
  check.passages(d.passages);
  check.actors(d.actors);
  check.mentions(d.mentions);
  check.events(d.events);
  check.edges(d.edges);
  return d;
}

/**
 * Cross-record checks a per-field schema cannot express: every id a record points to exists. Fed the records in
 * the file's order, a section at a time or a slice at a time (a writer streaming a large dataset); mentions fed
 * before the actors are checked against them when the actors come.
 */
export class ReferenceCheck {
  private readonly ids = { documents: new Set<string>(), passages: new Set<string>(), actors: new Set<string>(), events: new Set<string>() };
  private actorsKnown = false;
  private readonly actorsOfEarlierMentions = new Set<string>();

  constructor(private readonly origin: string) {}

  private fail(what: string): never {
    throw new DatasetError(`${this.origin}: ${what}`, { code: 'reference', values: { origin: this.origin, detail: what } });
  }

  documents(documents: { id: string }[]): void {
    for (const x of documents) this.ids.documents.add(x.id);
  }

  passages(passages: Pick<Passage, 'id' | 'documentId'>[]): void {
    for (const p of passages) {
      if (!this.ids.documents.has(p.documentId)) this.fail(`passage ${p.id} points to unknown document ${p.documentId}`);
      this.ids.passages.add(p.id);
    }
  }

  actors(actors: { id: string }[]): void {
    for (const a of actors) this.ids.actors.add(a.id);
    this.actorsKnown = true;
    for (const id of this.actorsOfEarlierMentions) if (!this.ids.actors.has(id)) this.fail(`a mention points to unknown actor ${id}`);
  }

  mentions(mentions: Pick<Mention, 'actorId' | 'passageId'>[]): void {
    for (const m of mentions) {
      if (!this.actorsKnown) this.actorsOfEarlierMentions.add(m.actorId);
      else if (!this.ids.actors.has(m.actorId)) this.fail(`a mention points to unknown actor ${m.actorId}`);
      if (!this.ids.passages.has(m.passageId)) this.fail(`a mention points to unknown passage ${m.passageId}`);
    }
  }

  events(events: DatasetEvent[]): void {
    for (const e of events) {
      for (const a of e.participants) if (!this.ids.actors.has(a)) this.fail(`event ${e.id} has unknown participant ${a}`);
      for (const p of e.passageIds) if (!this.ids.passages.has(p)) this.fail(`event ${e.id} points to unknown passage ${p}`);
      this.ids.events.add(e.id);
    }
  }

  edges(edges: Edge[]): void {
    for (const e of edges) {
      if (!this.ids.actors.has(e.source) || !this.ids.actors.has(e.target)) this.fail(`edge ${e.source}–${e.target} names an unknown actor`);
      for (const id of e.eventIds) if (!this.ids.events.has(id)) this.fail(`edge ${e.source}–${e.target} points to unknown event ${id}`);
    }
  }
}
