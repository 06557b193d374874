// The optional manifest.json beside a corpus: metadata per article file. Unknown fields are ignored.
import * as z from 'zod/mini';
import { fromError } from 'zod-validation-error';
import type { CorpusIssue } from './corpus-issue';

/** The manifest's file name in a corpus folder. */
export const MANIFEST_NAME = 'manifest.json';

const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

export const manifestEntrySchema = z.object({
  file: z.string().check(z.minLength(1)),
  title: z.optional(z.nullable(z.string())),
  source: z.optional(z.nullable(z.string())),
  url: z.optional(z.nullable(z.string())),
  published: z.optional(z.nullable(isoDay)),
  language: z.optional(z.nullable(z.enum(['ar', 'en']))),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** Reads a manifest's text: good entries by file name, and an issue for every bad or duplicate one. */
export function parseManifest(text: string, origin = 'manifest.json'): { entries: Map<string, ManifestEntry>; issues: CorpusIssue[] } {
  const entries = new Map<string, ManifestEntry>();
  const issues: CorpusIssue[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    issues.push({ file: origin, message: `malformed JSON (${(e as Error).message}); the manifest is ignored` });
    return { entries, issues };
  }
  if (!Array.isArray(json)) {
    issues.push({ file: origin, message: 'expected a JSON array of entries; the manifest is ignored' });
    return { entries, issues };
  }
  json.forEach((raw, i) => {
    const r = manifestEntrySchema.safeParse(raw);
    if (!r.success) {
      const name = typeof raw === 'object' && raw && 'file' in raw ? String((raw as { file: unknown }).file) : `entry ${i + 1}`;
      issues.push({ file: origin, message: `${name}: ${fromError(r.error, { prefix: null }).message}; entry ignored` });
      return;
    }
    if (entries.has(r.data.file)) {
      issues.push({ file: origin, message: `${r.data.file}: duplicate entry; the first one is kept` });
      return;
    }
    entries.set(r.data.file, r.data);
  });
  return { entries, issues };
}
