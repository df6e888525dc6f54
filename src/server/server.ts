/**
 * The reference server: `node:http`, one handler per path, one log line per request, and a
 * graceful close (in-flight requests finish, idle connections close at once).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ReferenceDataError, type ReferenceData } from './data.js';
import { demoData } from './demo.js';
import { DEFAULT_DOCS_DIR, isDocsPath, serveDocs } from './docs.js';
import { logLine } from './log.js';
import { INTERNAL_ERROR, methodNotAllowed, noRoute, sendJson } from './responses.js';
import { matchTargeting, pathnameOf, STATE_PATH, TARGETING_PATH } from './route.js';
import { ReferenceStore } from './store.js';
import { updateTargeting } from './targeting.js';

export interface ReferenceServerOptions {
  /** The port to listen on; 0 (the default) picks a free one, read it from `port` or `url`. */
  port?: number;
  /** The address to listen on; `127.0.0.1` by default. */
  host?: string;
  /** The initial state; the demo data (`demoData()`) when neither this nor `dataFile` is given. */
  data?: ReferenceData;
  /** A JSON file of the data file's shape to load the initial state from. */
  dataFile?: string;
  /** The docs site to serve at `/docs/`; `site/` of the package when it exists. */
  docsDir?: string;
  /** Receives one line per request (method, path, status, duration); nothing is logged without it. */
  log?: (line: string) => void;
  /** How long a request may take to arrive, headers and body; 10 s by default. */
  timeoutMs?: number;
}

export interface ReferenceServer {
  /** `http://HOST:PORT`, without a trailing slash. */
  url: string;
  port: number;
  /** Stops accepting connections, lets in-flight requests finish, then resolves. */
  close(): Promise<void>;
  /** A copy of the current state, in the data file's shape. */
  state(): ReferenceData;
}

/** How long `close()` waits for in-flight requests before cutting their connections. */
const CLOSE_GRACE_MS = 3000;

/** Starts a reference server. @throws {ReferenceDataError} when the data is not of the data file's shape. */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const store = options.data
    ? new ReferenceStore(options.data, 'options.data')
    : options.dataFile
      ? new ReferenceStore(await readDataFile(options.dataFile), options.dataFile)
      : new ReferenceStore(demoData(), 'the demo data');
  const timeoutMs = options.timeoutMs ?? 10_000;
  const docsDir = options.docsDir ?? DEFAULT_DOCS_DIR;
  const log = options.log;
  let closing: Promise<void> | undefined;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const pathname = pathnameOf(req.url);
    if (log) res.once('close', () => log(logLine(method, pathname, res, performance.now() - started)));
    // Once closing, a connection whose last request is answered is idle: close it at once.
    res.once('finish', () => closing && setImmediate(() => server.closeIdleConnections()));
    try {
      const params = matchTargeting(pathname);
      if (params) {
        if (method === 'PUT') return await updateTargeting(req, res, params, { store, timeoutMs });
        return sendJson(res, 405, methodNotAllowed('PUT'), { allow: 'PUT' });
      }
      if (pathname === STATE_PATH) {
        if (method === 'GET' || method === 'HEAD') return sendJson(res, 200, store.snapshot());
        return sendJson(res, 405, methodNotAllowed('GET, HEAD'), { allow: 'GET, HEAD' });
      }
      if (isDocsPath(pathname)) return await serveDocs(req, res, pathname, docsDir);
      if (pathname === '/' && (method === 'GET' || method === 'HEAD')) return sendIndex(res);
      sendJson(res, 404, noRoute(method, pathname));
    } catch {
      // Never expected: a bug must not take the server down, nor leave the client waiting.
      if (!res.headersSent) sendJson(res, 500, INTERNAL_ERROR, { connection: 'close' });
      else res.destroy();
    }
  };

  const server = createServer(
    {
      headersTimeout: timeoutMs,
      requestTimeout: timeoutMs + 1000,
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(timeoutMs / 4))),
    },
    (req, res) => void handle(req, res),
  );
  // Malformed HTTP (bad framing, headers too large or too slow) gets Node's own 400, 431 or 408.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address, family } = server.address() as AddressInfo;
  return {
    url: `http://${family === 'IPv6' ? `[${address}]` : address}:${port}`,
    port,
    state: () => store.snapshot(),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      })),
  };
}

async function readDataFile(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ReferenceDataError(file, [`not JSON: ${(e as Error).message}`]);
  }
}

function sendIndex(res: ServerResponse): void {
  const text = [
    'segment-targeting reference server',
    '',
    `PUT ${TARGETING_PATH}   the endpoint (Authorization: Bearer <token>)`,
    `GET ${STATE_PATH}   the current state`,
    'GET /docs/   the docs, when built (npm run build:docs)',
    '',
  ].join('\n');
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}
