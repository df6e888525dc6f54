/**
 * The checks of `checkTargetingRequest` for Node's `(req, res)` handlers: plain `node:http`,
 * Express and anything Connect-like. Reads the body itself (1 MiB at most, else 413) unless a
 * body parser already did, and answers a rejected request with the contract's status and body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BODY_BYTES, readBody } from '../server/body.js';
import { requestTimeout, sendJson } from '../server/responses.js';
import { matchTargeting, pathnameOf } from '../server/route.js';
import { checkBody, checkHead, TOO_LARGE, type CheckedTargetingRequest } from './check.js';

export interface TargetingMiddlewareOptions {
  /** How long a client may take to send its body; 10 s when not given. */
  readonly timeoutMs?: number;
  /** The path parameters, when the router already has them; else from `req.params` or the URL. */
  readonly params?: { readonly campaignId: string; readonly segmentId: string };
}

type Request = IncomingMessage & { params?: Record<string, string>; body?: unknown; targeting?: CheckedTargetingRequest };

/**
 * Checks the targeting request `req`. Resolves to the checked request, or to `null` after
 * answering `res` with a 400, 413 or 415 (or 408 for a body that does not arrive in time).
 */
export async function readTargetingRequest(
  req: Request,
  res: ServerResponse,
  options: TargetingMiddlewareOptions = {},
): Promise<CheckedTargetingRequest | null> {
  const params = options.params ?? (req.params?.['campaignId'] !== undefined ? req.params : matchTargeting(pathnameOf(req.url)));
  const head = checkHead({ campaignId: params?.['campaignId'], segmentId: params?.['segmentId'], contentType: req.headers['content-type'] });
  if (!head.ok) return reject(res, head.status, head.body);
  let text: unknown = req.body;
  if (text === undefined) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const body = await readBody(req, MAX_BODY_BYTES, timeoutMs);
    if (body.kind === 'too-large') return reject(res, 413, TOO_LARGE.body, true);
    if (body.kind === 'timeout') return reject(res, 408, requestTimeout(timeoutMs), true);
    if (body.kind === 'aborted') {
      // The client went away mid-body: nobody to answer.
      res.destroy();
      return null;
    }
    text = body.text;
  }
  const checked = checkBody(head, text);
  return checked.ok ? checked : reject(res, checked.status, checked.body);
}

function reject(res: ServerResponse, status: number, body: unknown, close = false): null {
  sendJson(res, status, body, close ? { connection: 'close' } : {});
  return null;
}

/**
 * Middleware for Express and Connect: checks `PUT /external/{campaignId}/segments/{segmentId}/targeting`
 * and sets `req.targeting` before calling `next()`; other requests pass through untouched.
 * Put it before any body parser, so that the body's JSON is checked too.
 */
export function targetingMiddleware(options: TargetingMiddlewareOptions = {}) {
  return (req: Request, res: ServerResponse, next: (error?: unknown) => void): void => {
    if (req.method !== 'PUT' || (!matchTargeting(pathnameOf(req.url)) && req.params?.['campaignId'] === undefined)) return next();
    readTargetingRequest(req, res, options).then((checked) => {
      if (!checked) return;
      req.targeting = checked;
      next();
    }, next);
  };
}
