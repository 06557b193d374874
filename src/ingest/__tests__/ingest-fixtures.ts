// The two articles of the ingest fixtures (tests/fixtures/ingest): one call, reported in Arabic and in English.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FileLike } from '../file-checks';

const dir = resolve(__dirname, '../../../tests/fixtures/ingest');

export const ARABIC_ARTICLE = 'shoigu-larijani-call-ar.txt';
export const ENGLISH_ARTICLE = 'shoigu-larijani-call-en.txt';

export const fixtureText = (name: string) => readFileSync(resolve(dir, name), 'utf8');

/** A file as the browser hands it over. */
export function fileLike(name: string, content: string | Uint8Array, size?: number): FileLike {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    size: size ?? bytes.length,
    arrayBuffer: async () => bytes.slice().buffer,
  };
}

export const fixtureFile = (name: string) => fileLike(name, fixtureText(name));
