/**
 * Checks an incoming Update Segment Targeting request for any server framework, with the
 * package's validator, in CONTRACT.md's order (after authentication, which is the server's):
 * path IDs (400 `invalid ID`), media type (415), body (400). A rejection carries the exact
 * status and body the platform answers with.
 */
import { PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE } from '../server/responses.js';
import type { PayloadTooLargeError, UnsupportedMediaTypeError, UpdateSegmentTargetingRequest, ValidationError } from '../types.js';
import { toErrorBody, validateIds, validateTargetingJson, validateTargetingRequest, type TargetingIds } from '../validator/index.js';
import { isJson } from '../server/body.js';

export interface CheckedTargetingRequest {
  readonly ok: true;
  readonly campaignId: number;
  readonly segmentId: number;
  readonly body: UpdateSegmentTargetingRequest;
}

export type RejectedTargetingRequest =
  | { readonly ok: false; readonly status: 400; readonly body: ValidationError }
  | { readonly ok: false; readonly status: 413; readonly body: PayloadTooLargeError }
  | { readonly ok: false; readonly status: 415; readonly body: UnsupportedMediaTypeError };

export interface TargetingRequestInput {
  /** The path parameters as the router gives them (strings) or as numbers. */
  readonly campaignId: unknown;
  readonly segmentId: unknown;
  /** The body: raw text or bytes (preferred: JSON errors get the contract's 400) or already parsed. */
  readonly body: unknown;
  /** The request's `Content-Type`; when given, anything but JSON is a 415. */
  readonly contentType?: string | undefined;
}

/** A body over 1 MiB, for adapters that read it themselves. */
export const TOO_LARGE = { ok: false, status: 413, body: PAYLOAD_TOO_LARGE } as const satisfies RejectedTargetingRequest;

/** Checks `input` whole: IDs, media type, then body. */
export function checkTargetingRequest(input: TargetingRequestInput): CheckedTargetingRequest | RejectedTargetingRequest {
  const head = checkHead(input);
  return head.ok ? checkBody(head, input.body) : head;
}

/** The checks that come before the body is read: path IDs (400), then media type (415). */
export function checkHead(input: Omit<TargetingRequestInput, 'body'>): (TargetingIds & { ok: true }) | RejectedTargetingRequest {
  const ids = validateIds(input.campaignId, input.segmentId);
  if (!ids.valid) return { ok: false, status: 400, body: toErrorBody(ids) };
  if ('contentType' in input && !isJson(input.contentType)) return { ok: false, status: 415, body: UNSUPPORTED_MEDIA_TYPE };
  return { ok: true, ...ids.value };
}

/** The body's check (400), once the IDs passed. */
export function checkBody(ids: TargetingIds, body: unknown): CheckedTargetingRequest | RejectedTargetingRequest {
  const result =
    typeof body === 'string'
      ? validateTargetingJson(body)
      : body instanceof Uint8Array
        ? validateTargetingJson(new TextDecoder().decode(body))
        : validateTargetingRequest(body);
  if (!result.valid) return { ok: false, status: 400, body: toErrorBody(result) };
  return { ok: true, campaignId: ids.campaignId, segmentId: ids.segmentId, body: result.value };
}
