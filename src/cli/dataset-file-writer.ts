// Writes dataset.json as the pipeline hands it slices, so that a large corpus's texts are never all in memory:
// documents, passages and mentions go to part files beside the output as they come, each record checked
// against the dataset schema; finish() checks the corpus-wide records and joins everything into one file with
// the bytes JSON.stringify(dataset, null, 1) would give, renamed into place only once whole and valid.
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { fromError } from 'zod-validation-error';
import type { CorpusRecords, SliceRecords } from '../pipeline/run-pipeline';
import { actorSchema, DatasetError, documentSchema, edgeSchema, eventSchema, mentionSchema, passageSchema, ReferenceCheck, SCHEMA_VERSION } from '../schema/dataset';

const STREAMED = ['documents', 'passages', 'mentions'] as const;
type Streamed = (typeof STREAMED)[number];

interface Part {
  path: string;
  fd: number;
  count: number;
}

/** How many records of each kind were written, and the corpus-wide records (for the build's summary). */
export type WrittenDataset = Record<Streamed, number> & CorpusRecords;

export class DatasetFileWriter {
  private readonly tmp: string;
  private readonly parts: Record<Streamed, Part>;
  private readonly check: ReferenceCheck;

  constructor(
    private readonly path: string,
    private readonly origin = 'built dataset',
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = `${path}.${process.pid}.tmp`;
    this.check = new ReferenceCheck(origin);
    const open = (section: Streamed): Part => ({ path: `${this.tmp}.${section}`, fd: openSync(`${this.tmp}.${section}`, 'w'), count: 0 });
    this.parts = { documents: open('documents'), passages: open('passages'), mentions: open('mentions') };
  }

  add({ documents, passages, mentions }: SliceRecords): void {
    this.append('documents', documentSchema, documents);
    this.check.documents(documents);
    this.append('passages', passageSchema, passages);
    this.check.passages(passages);
    this.append('mentions', mentionSchema, mentions);
    this.check.mentions(mentions);
  }

  /** Checks the corpus-wide records and puts the whole file in place; the part files are removed. */
  finish(corpus: CorpusRecords): WrittenDataset {
    this.validate('actors', actorSchema, corpus.actors);
    this.check.actors(corpus.actors);
    this.validate('events', eventSchema, corpus.events);
    this.check.events(corpus.events);
    this.validate('edges', edgeSchema, corpus.edges);
    this.check.edges(corpus.edges);
    this.closeParts();
    const out = openSync(this.tmp, 'w');
    try {
      writeSync(out, `{\n "schemaVersion": ${SCHEMA_VERSION},\n "documents": `);
      this.copyArray(out, this.parts.documents);
      writeSync(out, ',\n "passages": ');
      this.copyArray(out, this.parts.passages);
      writeSync(out, `,\n "actors": ${arrayText(corpus.actors)},\n "mentions": `);
      this.copyArray(out, this.parts.mentions);
      writeSync(out, `,\n "events": ${arrayText(corpus.events)},\n "edges": ${arrayText(corpus.edges)}\n}\n`);
    } finally {
      closeSync(out);
    }
    renameSync(this.tmp, this.path);
    this.removeParts();
    return { documents: this.parts.documents.count, passages: this.parts.passages.count, mentions: this.parts.mentions.count, ...corpus };
  }

  /** Leaves no trace: the existing file at `path`, if any, is untouched. */
  abort(): void {
    this.closeParts();
    this.removeParts();
    rmSync(this.tmp, { force: true });
  }

  private closeParts(): void {
    for (const part of Object.values(this.parts)) {
      if (part.fd >= 0) closeSync(part.fd);
      part.fd = -1;
    }
  }

  private removeParts(): void {
    for (const part of Object.values(this.parts)) rmSync(part.path, { force: true });
  }

  private validate<T>(section: string, schema: z.ZodType<T>, records: T[], from = 0): void {
    records.forEach((record, i) => {
      const result = schema.safeParse(record);
      if (!result.success) throw new DatasetError(`${this.origin}: ${section}[${from + i}]: ${fromError(result.error).message}`);
    });
  }

  private append<T>(section: Streamed, schema: z.ZodType<T>, records: T[]): void {
    const part = this.parts[section];
    this.validate(section, schema, records, part.count);
    if (records.length === 0) return;
    writeSync(part.fd, (part.count > 0 ? ',\n' : '') + elementsText(records));
    part.count += records.length;
  }

  private copyArray(out: number, part: Part): void {
    if (part.count === 0) {
      writeSync(out, '[]');
      return;
    }
    writeSync(out, '[\n');
    const fd = openSync(part.path, 'r');
    try {
      const chunk = Buffer.allocUnsafe(1 << 20);
      for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) writeSync(out, chunk, 0, n);
    } finally {
      closeSync(fd);
    }
    writeSync(out, '\n ]');
  }
}

/**
 * Records as the elements of one of the dataset's arrays, the way JSON.stringify(dataset, null, 1) lays them out:
 * two levels deep, which is how they stand in `[records]` once its first two and last two lines are cut.
 */
function elementsText(records: unknown[]): string {
  const nested = JSON.stringify([records], null, 1);
  return nested.slice('[\n [\n'.length, -'\n ]\n]'.length);
}

const arrayText = (records: unknown[]) => (records.length === 0 ? '[]' : `[\n${elementsText(records)}\n ]`);
