// The slides file: saved views exported as JSON and read back. Everything read is validated, and a bad
// file is refused with a message naming the problem (the slides already in the browser are untouched).
import * as z from 'zod/mini';
import { fromError } from 'zod-validation-error';
import { eventTypeSchema } from '../schema/dataset';
import type { ViewState } from '../store/view-state';
import type { Slide } from './slides-store';

export const SLIDES_FILE_FORMAT = 'actors-events/slides';
export const SLIDES_FILE_VERSION = 1;

const intervalSchema = z
  .object({ start: z.number(), end: z.number() })
  .check(z.refine((w) => w.end > w.start, 'a time window must end after it starts'));

const selectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('actor'), id: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal('edge'), source: z.string().check(z.minLength(1)), target: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal('event'), id: z.string().check(z.minLength(1)) }),
]);

const language = z.enum(['en', 'ar']);

export const viewStateSchema = z.object({
  timeWindow: z.nullable(intervalSchema),
  selection: z.nullable(selectionSchema),
  focusDepth: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  windowFilter: z.boolean(),
  hiddenEventTypes: z.array(eventTypeSchema),
  hiddenCountries: z.array(z.string()),
  uiLanguage: language,
  nameLanguage: language,
  theme: z.enum(['light', 'dark']),
}) satisfies z.ZodMiniType<ViewState>;

export const slideSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  caption: z.string(),
  view: viewStateSchema,
}) satisfies z.ZodMiniType<Slide>;

const slidesFileSchema = z.object({
  format: z.literal(SLIDES_FILE_FORMAT),
  version: z.literal(SLIDES_FILE_VERSION),
  slides: z.array(slideSchema),
});

export class SlidesFileError extends Error {}

export function toSlidesFile(slides: Slide[]): string {
  return `${JSON.stringify({ format: SLIDES_FILE_FORMAT, version: SLIDES_FILE_VERSION, slides }, null, 2)}\n`;
}

/** Reads a slides file's text; throws a SlidesFileError naming what is wrong. */
export function parseSlidesFile(text: string, fileName = 'the file'): Slide[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SlidesFileError(`${fileName} is not JSON (${(e as Error).message})`);
  }
  const result = slidesFileSchema.safeParse(json);
  if (!result.success) throw new SlidesFileError(`${fileName}: ${fromError(result.error, { prefix: null }).message}`);
  return result.data.slides;
}
