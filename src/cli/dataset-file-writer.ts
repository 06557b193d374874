// Writes dataset.json as the pipeline hands it slices, so that a large corpus's texts are never all in memory:
// documents, passages and mentions (checked and laid out by slice-text.ts) go to part files beside the output as
// they come; finish() checks the corpus-wide records and joins everything into one file with the bytes
// JSON.stringify(dataset, null, 1) would give, renamed into place only once whole and valid.
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CorpusRecords } from '../pipeline/run-pipeline';
import { ReferenceCheck, SCHEMA_VERSION, type GraphLayout } from '../schema/dataset';
import { writtenOf, type DatasetWriter, type WrittenDataset } from './dataset-writer';
import { BUILT_DATASET, elementsText, STREAMED, validateCorpusRecords, type SliceText, type Streamed } from './slice-text';

interface Part {
  path: string;
  fd: number;
  count: number;
}

export class DatasetFileWriter implements DatasetWriter {
  private readonly tmp: string;
  private readonly parts: Record<Streamed, Part>;
  private readonly check: ReferenceCheck;

  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = `${path}.${process.pid}.tmp`;
    this.check = new ReferenceCheck(BUILT_DATASET);
    const open = (section: Streamed): Part => ({ path: `${this.tmp}.${section}`, fd: openSync(`${this.tmp}.${section}`, 'w'), count: 0 });
    this.parts = { documents: open('documents'), passages: open('passages'), mentions: open('mentions') };
  }

  add({ text, count, refs }: SliceText): void {
    this.check.documents(refs.documents);
    this.check.passages(refs.passages);
    this.check.mentions(refs.mentions);
    for (const section of STREAMED) {
      const part = this.parts[section];
      if (count[section] === 0) continue;
      writeSync(part.fd, (part.count > 0 ? ',\n' : '') + text[section]);
      part.count += count[section];
    }
  }

  /** Checks the corpus-wide records and puts the whole file in place, with the graph's layout if given and what
   *  became of the corrections if there were some; the part files are removed. */
  finish(corpus: CorpusRecords, layout?: GraphLayout): WrittenDataset {
    validateCorpusRecords(corpus);
    this.check.actors(corpus.actors);
    this.check.events(corpus.events);
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
      writeSync(out, `,\n "events": ${arrayText(corpus.events)},\n "edges": ${arrayText(corpus.edges)}`);
      if (layout) writeSync(out, `,\n${memberText({ layout })}`);
      if (corpus.corrections) writeSync(out, `,\n${memberText({ corrections: corpus.corrections })}`);
      writeSync(out, '\n}\n');
    } finally {
      closeSync(out);
    }
    renameSync(this.tmp, this.path);
    this.removeParts();
    return writtenOf({ documents: this.parts.documents.count, passages: this.parts.passages.count, mentions: this.parts.mentions.count }, corpus);
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

/** A member's text in the dataset object: `{"name": …}` laid out at the file's indent, without the braces. */
const memberText = (member: Record<string, unknown>) => JSON.stringify(member, null, 1).slice('{\n'.length, -'\n}'.length);

const arrayText = (records: unknown[]) => (records.length === 0 ? '[]' : `[\n${elementsText(records)}\n ]`);
