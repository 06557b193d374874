// One shard's output, a folder: batches.ndjson (each analysed batch on a line, in corpus order: its records as the
// dataset's text, and what the corpus-wide stages need of it), corrections.json when the build had corrections, and
// shard.json, its header, written last: which shard of which corpus, with which corrections, and the size and hash of
// batches.ndjson. A folder without shard.json is a shard whose build did not finish.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import * as z from 'zod/mini';
import { fromError } from 'zod-validation-error';
import { correctionsFileText, type Correction } from '../schema/corrections';
import type { AnalyzedBatch } from './bundled-pipeline';

export const SHARD_FORMAT = 'news-timeline-shard';
/** Raised whenever what a line holds changes (AnalyzedBatch, SliceIndex): a merge reads only its own version. */
export const SHARD_FORMAT_VERSION = 1;
export const HEADER_NAME = 'shard.json';
export const BATCHES_NAME = 'batches.ndjson';
export const SHARD_CORRECTIONS_NAME = 'corrections.json';
const OWN_NAMES = new Set([HEADER_NAME, BATCHES_NAME, SHARD_CORRECTIONS_NAME]);

const issueSchema = z.object({ file: z.string(), message: z.string() });
export const shardHeaderSchema = z.object({
  format: z.literal(SHARD_FORMAT),
  version: z.number(),
  shard: z.object({ index: z.number(), count: z.number() }),
  /** The corpus it was cut from (corpusFingerprint) and how many files it has in all. */
  corpus: z.object({ fingerprint: z.string(), files: z.number() }),
  /** This shard's files, in build order: how many, the first and the last. */
  files: z.object({ count: z.number(), first: z.nullable(z.string()), last: z.nullable(z.string()) }),
  /** pipelineFingerprint of the code that analysed it. */
  pipeline: z.string(),
  /** correctionsFingerprint of the corrections applied (in corrections.json unless 'none'). */
  corrections: z.string(),
  batches: z.object({ count: z.number(), bytes: z.number(), sha256: z.string() }),
  documents: z.number(),
  manifestIssues: z.array(issueSchema),
  fileIssues: z.array(issueSchema),
  assumptions: z.array(z.object({ file: z.string(), id: z.string(), by: z.string() })),
});
export type ShardHeader = z.infer<typeof shardHeaderSchema>;

/** What the shard's header says besides what its writer counts. */
export type ShardFacts = Omit<ShardHeader, 'format' | 'version' | 'batches' | 'documents'>;

/** Raised for a shard folder that cannot be used; the message names it. */
export class ShardError extends Error {}

/**
 * Writes a shard's output into `dir` (made if missing; a folder holding anything but a shard's files is refused, so
 * nothing else is overwritten). An earlier output there stays whole until finish() replaces it.
 */
export class ShardWriter {
  private readonly tmp: string;
  private fd: number;
  private readonly hash: Hash = createHash('sha256');
  private bytes = 0;
  private count = 0;
  private documents = 0;

  constructor(private readonly dir: string) {
    if (existsSync(dir)) {
      // A shard's files, and the temporary ones of a run that did not finish.
      const foreign = readdirSync(dir).filter((name) => ![...OWN_NAMES].some((own) => name === own || name.startsWith(`.${own}.`)));
      if (foreign.length > 0) throw new ShardError(`${dir}: not empty and not a shard's output (it holds ${foreign[0]}); nothing was written`);
    }
    mkdirSync(dir, { recursive: true });
    this.tmp = join(dir, `.${BATCHES_NAME}.${process.pid}.tmp`);
    this.fd = openSync(this.tmp, 'w');
  }

  add(batch: AnalyzedBatch): void {
    const line = Buffer.from(`${JSON.stringify(batch)}\n`);
    writeSync(this.fd, line);
    this.hash.update(line);
    this.bytes += line.length;
    this.count++;
    this.documents += batch.slice.count.documents;
  }

  /** Puts the shard's output in place: the old header goes first, so that no moment has a header that lies. */
  finish(facts: ShardFacts, corrections: Correction[] | undefined): ShardHeader {
    closeSync(this.fd);
    this.fd = -1;
    const header: ShardHeader = {
      format: SHARD_FORMAT,
      version: SHARD_FORMAT_VERSION,
      ...facts,
      batches: { count: this.count, bytes: this.bytes, sha256: this.hash.digest('hex') },
      documents: this.documents,
    };
    rmSync(join(this.dir, HEADER_NAME), { force: true });
    renameSync(this.tmp, join(this.dir, BATCHES_NAME));
    if (corrections && corrections.length > 0) writeFileSync(join(this.dir, SHARD_CORRECTIONS_NAME), correctionsFileText(corrections));
    else rmSync(join(this.dir, SHARD_CORRECTIONS_NAME), { force: true });
    const headerTmp = join(this.dir, `.${HEADER_NAME}.${process.pid}.tmp`);
    writeFileSync(headerTmp, `${JSON.stringify(header, null, 1)}\n`);
    renameSync(headerTmp, join(this.dir, HEADER_NAME));
    return header;
  }

  /** Leaves the folder as it was. */
  abort(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
    rmSync(this.tmp, { force: true });
  }
}

/** A shard folder and its header, as the merge reads it. */
export interface ShardOutput {
  dir: string;
  header: ShardHeader;
  /** How the messages name it: «shard 2/3 (DIR)». */
  name: string;
}

/** The header of the shard output in `dir`, checked: a ShardError naming the folder says what is wrong. */
export function readShardHeader(dir: string): ShardOutput {
  const path = join(dir, HEADER_NAME);
  if (!existsSync(path)) {
    throw new ShardError(existsSync(dir) ? `${dir}: no ${HEADER_NAME} (not a shard's output, or its build did not finish)` : `${dir}: no such shard folder`);
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ShardError(`${path}: not JSON (${(e as Error).message})`);
  }
  const format = (json as { format?: unknown; version?: unknown } | null) ?? {};
  if (format.format === SHARD_FORMAT && format.version !== SHARD_FORMAT_VERSION) {
    throw new ShardError(`${path}: shard format version ${String(format.version)}; this build reads version ${SHARD_FORMAT_VERSION} (build the shard again with this version)`);
  }
  const parsed = shardHeaderSchema.safeParse(json);
  if (!parsed.success) throw new ShardError(`${path}: not a shard header (${fromError(parsed.error).message})`);
  const header = parsed.data;
  const name = `shard ${header.shard.index}/${header.shard.count} (${dir})`;
  const batches = join(dir, BATCHES_NAME);
  const size = existsSync(batches) ? statSync(batches).size : -1;
  if (size !== header.batches.bytes) {
    throw new ShardError(`${name}: ${BATCHES_NAME} ${size < 0 ? 'is missing' : `has ${size} bytes, its header says ${header.batches.bytes}`} (copied partly, or changed)`);
  }
  return { dir, header, name };
}

/** The shard's batches in order, checked against its header as they are read (hash and count, at the end). */
export async function* readShardBatches({ dir, header, name }: ShardOutput): AsyncGenerator<AnalyzedBatch> {
  const hash = createHash('sha256');
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let line = 0;
  const parse = (text: string): AnalyzedBatch => {
    line++;
    try {
      return JSON.parse(text) as AnalyzedBatch;
    } catch (e) {
      throw new ShardError(`${name}: ${BATCHES_NAME} line ${line} is broken (${(e as Error).message})`);
    }
  };
  for await (const chunk of createReadStream(join(dir, BATCHES_NAME))) {
    hash.update(chunk as Buffer);
    const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = lines.pop()!;
    for (const text of lines) yield parse(text);
  }
  rest += decoder.end();
  if (rest !== '') throw new ShardError(`${name}: ${BATCHES_NAME} ends in the middle of a line (copied partly?)`);
  if (hash.digest('hex') !== header.batches.sha256 || line !== header.batches.count) {
    throw new ShardError(`${name}: ${BATCHES_NAME} is not the one its header describes (changed or damaged since it was written)`);
  }
}
