// Where a dataset folder's files come from: a URL (HTTP range requests, for a folder served beside the app) or
// Blobs (a folder picked from disk with a file input, offline; Node's openAsBlob in tests). Only fetch and Blob.
import { cachedAsyncBuffer, type AsyncBuffer } from 'hyparquet';

export interface FolderFiles {
  /** Where the files are, for messages. */
  readonly origin: string;
  /** A small file's whole text, or null when the folder has no such file. */
  text(name: string): Promise<string | null>;
  /** A file's bytes by range; `byteLength` from the manifest. */
  buffer(name: string, byteLength: number): AsyncBuffer;
}

/** The folder at `base` (a URL ending in '/' or not), read with Range requests. */
export function httpFolder(base: string, fetchFn: typeof fetch = (...args) => fetch(...args)): FolderFiles {
  const url = (name: string) => new URL(name, base.endsWith('/') ? base : `${base}/`).href;
  return {
    origin: base,
    async text(name) {
      const res = await fetchFn(url(name), { cache: 'no-store' });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`${url(name)}: HTTP ${res.status}`);
      return res.text();
    },
    buffer(name, byteLength) {
      return recentRanges({
        byteLength,
        async slice(start, end) {
          // no-store: Chromium serialises concurrent range requests to one URL behind its cache lock (scale-notes.md).
          const res = await fetchFn(url(name), { cache: 'no-store', headers: { Range: `bytes=${start}-${(end ?? byteLength) - 1}` } });
          if (res.status !== 206) {
            if (!res.ok) throw new Error(`${url(name)}: HTTP ${res.status}`);
            throw new Error(`${url(name)}: the server does not answer range requests (HTTP ${res.status} to a Range header)`);
          }
          return res.arrayBuffer();
        },
      });
    },
  };
}

/** A folder of Blobs (Files from `<input type=file webkitdirectory>`, by name). */
export function blobFolder(files: ReadonlyMap<string, Blob>, origin = 'the picked folder'): FolderFiles {
  return {
    origin,
    async text(name) {
      return (await files.get(name)?.text()) ?? null;
    },
    buffer(name, byteLength) {
      const blob = files.get(name);
      if (!blob) throw new Error(`${origin}: ${name} is missing`);
      if (blob.size !== byteLength) throw new Error(`${origin}: ${name} is ${blob.size} bytes, the manifest says ${byteLength}`);
      return recentRanges({ byteLength, slice: (start, end) => blob.slice(start, end).arrayBuffer() });
    },
  };
}

/** Files smaller than this are read whole, once (and a Parquet file's columns decoded whole, once: ParquetTable). */
export const WHOLE_BELOW = 512 << 10;
/** The bytes of recent ranges kept per file: footers and the chunks of the last few questions, not a session's. */
const KEPT_BYTES = 8 << 20;

/**
 * A file whose recent ranges are kept (the least recently used go first past `keptBytes`), so that a footer or a
 * chunk read again is not fetched again, while the heap does not grow with every question asked.
 */
export function recentRanges(file: AsyncBuffer, keptBytes = KEPT_BYTES): AsyncBuffer {
  if (file.byteLength < WHOLE_BELOW) return cachedAsyncBuffer(file, { minSize: WHOLE_BELOW });
  const kept = new Map<string, { data: Promise<ArrayBuffer>; size: number }>();
  let total = 0;
  const drop = (key: string) => {
    total -= kept.get(key)?.size ?? 0;
    kept.delete(key);
  };
  return {
    byteLength: file.byteLength,
    slice(start, end = file.byteLength) {
      const key = `${start},${end}`;
      const hit = kept.get(key);
      if (hit) {
        kept.delete(key);
        kept.set(key, hit);
        return hit.data;
      }
      const entry = { data: Promise.resolve(file.slice(start, end)), size: end - (start < 0 ? file.byteLength + start : start) };
      entry.data.catch(() => kept.get(key) === entry && drop(key));
      kept.set(key, entry);
      total += entry.size;
      for (const oldest of kept.keys()) {
        if (total <= keptBytes || oldest === key) break;
        drop(oldest);
      }
      return entry.data;
    },
  };
}
