/**
 * The bodies the server answers with besides a 200 and a 400 (whose body is the validator's),
 * and the one function that writes a JSON response. The spec's bodies are typed with the
 * generated types, whose `error` and `message` are constants: a change in the spec fails the
 * type check here rather than drifting.
 */
import type { ServerResponse } from 'node:http';
import type { NotFoundError, PayloadTooLargeError, UnauthorizedError, UnsupportedMediaTypeError } from '../types.js';

/** #/components/schemas/UnauthorizedError: every 403. */
export const FORBIDDEN: UnauthorizedError = {
  error: 'unauthorized',
  message: 'You lack permission to update this segment',
  details: [],
};

/** #/components/schemas/NotFoundError: a missing campaign (or another advertiser's) or segment. */
export const NOT_FOUND: NotFoundError = { error: 'not found', message: 'Campaign or segment not found', details: [] };

/** #/components/schemas/PayloadTooLargeError */
export const PAYLOAD_TOO_LARGE: PayloadTooLargeError = {
  error: 'payload too large',
  message: 'Request body exceeds 1 MiB',
  details: [],
};

/** #/components/schemas/UnsupportedMediaTypeError */
export const UNSUPPORTED_MEDIA_TYPE: UnsupportedMediaTypeError = {
  error: 'unsupported media type',
  message: 'Content-Type must be application/json',
  details: [],
};

/** Bodies outside the spec (unknown path, wrong method, slow sender) keep the same shape. */
export interface OtherError {
  error: string;
  message: string;
  details: [];
}

export const noRoute = (method: string, path: string): OtherError => ({
  error: 'not found',
  message: `No route for ${method} ${path.length > 100 ? `${path.slice(0, 100)}…` : path}`,
  details: [],
});

export const methodNotAllowed = (allow: string): OtherError => ({
  error: 'method not allowed',
  message: `Use ${allow.replace(/, (?=[^,]*$)/, ' or ')}`,
  details: [],
});

export const requestTimeout = (ms: number): OtherError => ({
  error: 'request timeout',
  message: `The request body did not arrive within ${ms} ms`,
  details: [],
});

export const INTERNAL_ERROR: OtherError = { error: 'internal error', message: 'The reference server failed', details: [] };

/** Writes `body` as JSON with `status` (and `headers`); a HEAD request gets the headers only. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}
