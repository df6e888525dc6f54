/**
 * A small static server for the built site: `npm run preview:docs`, the docs tests and the
 * benchmark. GET and HEAD only, confined to its folder, `index.html` for a folder, and gzip for
 * text when the client accepts it (as GitHub Pages does, so measured page weights are real).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const TEXT = new Set(['.html', '.css', '.js', '.json', '.svg']);

/** Compressed bodies by file and modification time: compress once, not on every request. */
const gzipped = new Map<string, Buffer>();

function gzipOnce(file: string, mtimeMs: number, body: Buffer): Buffer {
  const key = `${file}@${mtimeMs}`;
  let zipped = gzipped.get(key);
  if (!zipped) gzipped.set(key, (zipped = gzipSync(body)));
  return zipped;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>/`, with its trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const path = normalize(join(root, decoded));
  if (decoded.includes('\0') || (path !== root && !path.startsWith(root + sep))) return null;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) return fileFor(root, join(decoded, 'index.html'));
  return info?.isFile() ? path : null;
}

/** Serves `dir` on `host:port` (port 0: any free port). */
export async function serveStatic(dir: string, { host = '127.0.0.1', port = 0 } = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      const file = await fileFor(root, new URL(req.url ?? '/', 'http://x').pathname);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
        return;
      }
      const ext = extname(file).toLowerCase();
      let body: Buffer = await readFile(file);
      const { mtimeMs } = await stat(file);
      const headers: Record<string, string | number> = {
        'content-type': TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (TEXT.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        body = gzipOnce(file, mtimeMs, body);
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, host, ok));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
