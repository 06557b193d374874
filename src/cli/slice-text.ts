// A slice of the corpus's final records (documents, passages, mentions) checked against the dataset schema and
// laid out as dataset.json's array elements, by the thread that analysed it: the thread writing the file then
// only appends text, and only ids cross between threads, not the texts as objects.
import type * as z from 'zod/mini';
import { fromError } from 'zod-validation-error';
import type { CorpusRecords, SliceRecords } from '../pipeline/run-pipeline';
import { appliedCorrectionsSchema } from '../schema/corrections';
import { actorSchema, DatasetError, documentSchema, edgeSchema, eventSchema, mentionSchema, passageSchema } from '../schema/dataset';

export const STREAMED = ['documents', 'passages', 'mentions'] as const;
export type Streamed = (typeof STREAMED)[number];

export interface SliceText {
  /** The records as array elements ('' for none). */
  text: Record<Streamed, string>;
  count: Record<Streamed, number>;
  /** What the cross-record checks need of them (ReferenceCheck). */
  refs: {
    documents: { id: string }[];
    passages: { id: string; documentId: string }[];
    mentions: { actorId: string; passageId: string }[];
  };
}

export const BUILT_DATASET = 'built dataset';

export function sliceText({ documents, passages, mentions }: SliceRecords): SliceText {
  validate(documentSchema, documents, (d) => `document ${d.id}`);
  validate(passageSchema, passages, (p) => `passage ${p.id}`);
  validate(mentionSchema, mentions, (m) => `mention of ${m.actorId} in passage ${m.passageId}`);
  return {
    text: { documents: elementsText(documents), passages: elementsText(passages), mentions: elementsText(mentions) },
    count: { documents: documents.length, passages: passages.length, mentions: mentions.length },
    refs: {
      documents: documents.map(({ id }) => ({ id })),
      passages: passages.map(({ id, documentId }) => ({ id, documentId })),
      mentions: mentions.map(({ actorId, passageId }) => ({ actorId, passageId })),
    },
  };
}

/** Throws a DatasetError naming the first record `schema` refuses. */
export function validate<T>(schema: z.ZodMiniType<T>, records: T[], name: (record: T) => string): void {
  for (const record of records) {
    const result = schema.safeParse(record);
    if (!result.success) throw new DatasetError(`${BUILT_DATASET}: ${name(record)}: ${fromError(result.error).message}`);
  }
}

/** Throws a DatasetError naming the first corpus-wide record (actor, event, edge, corrections) the schema refuses. */
export function validateCorpusRecords(corpus: CorpusRecords): void {
  validate(actorSchema, corpus.actors, (a) => `actor ${a.id}`);
  validate(eventSchema, corpus.events, (e) => `event ${e.id}`);
  validate(edgeSchema, corpus.edges, (e) => `edge ${e.source}–${e.target}`);
  if (corpus.corrections) validate(appliedCorrectionsSchema, [corpus.corrections], () => 'corrections');
}

/**
 * Records as the elements of one of the dataset's arrays, the way JSON.stringify(dataset, null, 1) lays them out:
 * two levels deep, which is how they stand in `[records]` once its first two and last two lines are cut.
 */
export function elementsText(records: unknown[]): string {
  if (records.length === 0) return '';
  const nested = JSON.stringify([records], null, 1);
  return nested.slice('[\n [\n'.length, -'\n ]\n]'.length);
}

/** The records back from their text (for callers that keep the dataset in memory). */
export function recordsOf({ text }: SliceText): SliceRecords {
  const parse = (elements: string) => (elements === '' ? [] : JSON.parse(`[${elements}]`));
  return { documents: parse(text.documents), passages: parse(text.passages), mentions: parse(text.mentions) };
}
