/**
 * Serves the docs site (`npm run build:docs` writes it to `site/`) at `/docs/`. Read-only,
 * confined to its folder; a missing site is a 404 like any unknown path.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCS_PATH } from './route.js';
import { methodNotAllowed, noRoute, sendJson } from './responses.js';

/** `site/` of the package root: `src/server/` and `dist/server/` are both two levels below it. */
export const DEFAULT_DOCS_DIR = fileURLToPath(new URL('../../site/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function isDocsPath(pathname: string): boolean {
  return pathname === DOCS_PATH || pathname.startsWith(`${DOCS_PATH}/`);
}

export async function serveDocs(req: IncomingMessage, res: ServerResponse, pathname: string, dir: string): Promise<void> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') return sendJson(res, 405, methodNotAllowed('GET, HEAD'), { allow: 'GET, HEAD' });
  if (pathname === DOCS_PATH) {
    res.writeHead(301, { location: `${DOCS_PATH}/`, 'content-length': 0 });
    return void res.end();
  }
  const file = resolveInside(dir, pathname.slice(DOCS_PATH.length + 1));
  const found = file && (await readDocsFile(file));
  if (!found) return sendJson(res, 404, noRoute(method, pathname));
  res.writeHead(200, {
    'content-type': TYPES[extname(found.path).toLowerCase()] ?? 'application/octet-stream',
    'content-length': found.content.length,
    'cache-control': 'no-cache',
  });
  res.end(method === 'HEAD' ? undefined : found.content);
}

/** The file `relative` names inside `dir`, or null when it would leave it. */
function resolveInside(dir: string, relative: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = normalize(dir.endsWith(sep) ? dir : dir + sep);
  const file = normalize(join(root, decoded));
  return file.startsWith(root) ? file : null;
}

async function readDocsFile(file: string): Promise<{ path: string; content: Buffer } | null> {
  try {
    const path = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
    return { path, content: await readFile(path) };
  } catch {
    return null;
  }
}
