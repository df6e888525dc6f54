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
import { readTargetingRequest } from '../middleware/node.js';
import { FORBIDDEN, NOT_FOUND, sendJson } from './responses.js';
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

  // Checks 2 and 3, answered by the same adapter API servers use: IDs (400), media type (415),
  // size (413), a body that does not arrive in time (408), the body itself (400).
  const request = await readTargetingRequest(req, res, { timeoutMs, params });
  if (!request) return;

  // From here to the update nothing awaits: the checks and the update are one atomic step.
  if (!token.scopes.includes('campaigns')) return sendJson(res, 403, FORBIDDEN);
  const { campaignId, segmentId } = request;
  const campaign = store.campaign(campaignId);
  if (!campaign || campaign.advertiserId !== token.advertiserId) return sendJson(res, 404, NOT_FOUND);
  if (token.appId !== undefined && token.appId !== campaign.appId) return sendJson(res, 403, FORBIDDEN);
  const segment = store.segment(campaignId, segmentId);
  if (!segment) return sendJson(res, 404, NOT_FOUND);
  store.apply(segment, request.body);
  sendJson(res, 200, { segmentId } satisfies UpdateSegmentTargetingResponse);
}
