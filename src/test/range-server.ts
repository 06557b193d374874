// A static file server that answers HTTP Range requests (as a CDN or `vite preview` does), for the dataset folder's
// tests and benchmark: it counts the requests and bytes it serves, and can add a fixed latency to each.
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, normalize } from 'node:path';

export interface RangeServer {
  /** The folder's URL, ending in '/'. */
  url: string;
  stats: { requests: number; bytes: number };
  close(): Promise<void>;
}

export async function serveFolder(dir: string, latencyMs = 0): Promise<RangeServer> {
  const stats = { requests: 0, bytes: 0 };
  const server: Server = createServer((req, res) => {
    const path = join(dir, normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, ''));
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      res.writeHead(404).end();
      return;
    }
    stats.requests++;
    const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
    const start = range ? Number(range[1]) : 0;
    const end = range && range[2] !== '' ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end && size > 0) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    stats.bytes += end - start + 1;
    const headers = { 'Content-Length': String(end - start + 1), 'Accept-Ranges': 'bytes', ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}) };
    setTimeout(() => {
      res.writeHead(range ? 206 : 200, headers);
      if (size === 0) res.end();
      else createReadStream(path, { start, end }).pipe(res);
    }, latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the range server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    stats,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
