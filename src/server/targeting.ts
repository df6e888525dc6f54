/**
 * `PUT /external/{campaignId}/segments/{segmentId}/targeting`, checked in CONTRACT.md's order
 * (the spec's `info.description`, "Order of checks"); the first failing check answers:
 * 1. a known `Bearer` token, else 403;  2. path IDs, else 400 `invalid ID`;
 * 3. the body (415, 413, then the validator's 400);  4. the `campaigns` scope, else 403;
 * 5. the campaign, of the token's advertiser, else 404;  6. an app token's own app, else 403;
 * 7. the segment in that campaign, else 404.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UpdateSegmentTargetingResponse } from '../types.js';
import { toErrorBody, validateIds, validateTargetingJson } from '../validator/index.js';
import { isJson, MAX_BODY_BYTES, readBody } from './body.js';
import { FORBIDDEN, NOT_FOUND, PAYLOAD_TOO_LARGE, requestTimeout, sendJson, UNSUPPORTED_MEDIA_TYPE } from './responses.js';
import type { ReferenceStore } from './store.js';

export interface TargetingContext {
  readonly store: ReferenceStore;
  readonly timeoutMs: number;
}

/** The token of an `Authorization: Bearer <token>` header (the scheme is case-insensitive). */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1];
}

export async function updateTargeting(
  req: IncomingMessage,
  res: ServerResponse,
  params: { campaignId: string; segmentId: string },
  { store, timeoutMs }: TargetingContext,
): Promise<void> {
  const token = store.token(bearerToken(req.headers.authorization) ?? '');
  if (!token) return sendJson(res, 403, FORBIDDEN);

  const ids = validateIds(params.campaignId, params.segmentId);
  if (!ids.valid) return sendJson(res, 400, toErrorBody(ids));

  if (!isJson(req.headers['content-type'])) return sendJson(res, 415, UNSUPPORTED_MEDIA_TYPE);
  const body = await readBody(req, MAX_BODY_BYTES, timeoutMs);
  // Past these two the rest of the body is not read: the connection closes after the answer.
  if (body.kind === 'too-large') return sendJson(res, 413, PAYLOAD_TOO_LARGE, { connection: 'close' });
  if (body.kind === 'timeout') return sendJson(res, 408, requestTimeout(timeoutMs), { connection: 'close' });
  if (body.kind === 'aborted') return void res.destroy();
  const request = validateTargetingJson(body.text);
  if (!request.valid) return sendJson(res, 400, toErrorBody(request));

  // From here to the update nothing awaits: the checks and the update are one atomic step.
  if (!token.scopes.includes('campaigns')) return sendJson(res, 403, FORBIDDEN);
  const { campaignId, segmentId } = ids.value;
  const campaign = store.campaign(campaignId);
  if (!campaign || campaign.advertiserId !== token.advertiserId) return sendJson(res, 404, NOT_FOUND);
  if (token.appId !== undefined && token.appId !== campaign.appId) return sendJson(res, 403, FORBIDDEN);
  const segment = store.segment(campaignId, segmentId);
  if (!segment) return sendJson(res, 404, NOT_FOUND);
  store.apply(segment, request.value);
  sendJson(res, 200, { segmentId } satisfies UpdateSegmentTargetingResponse);
}
