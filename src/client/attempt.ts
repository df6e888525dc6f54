/** One HTTP request through openapi-fetch, and what came of it, without interpretation. */
import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi.js';
import type { UpdateSegmentTargetingRequest } from '../types.js';
import { parseRetryAfter } from './backoff.js';
import { attemptSignal } from './signals.js';
import { TokenSourceFailure } from './token.js';
import { REQUEST_ID_HEADER } from './translate.js';

export interface PreparedCall {
  readonly campaignId: number;
  readonly segmentId: number;
  /** The body, serialised once: every attempt sends exactly these bytes. */
  readonly bodyText: string;
}

export type Outcome =
  | {
      readonly kind: 'response';
      readonly ok: boolean;
      readonly status: number;
      readonly statusText: string;
      /** The body parsed as JSON, or its text when it is not JSON. */
      readonly body: unknown;
      readonly requestId: string | undefined;
      readonly retryAfterMs: number | undefined;
    }
  | { readonly kind: 'network'; readonly cause: unknown }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'aborted'; readonly reason: unknown };

function parse(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function sendOnce(
  raw: Client<paths>,
  call: PreparedCall,
  timeoutMs: number,
  outer: AbortSignal | undefined,
): Promise<Outcome> {
  const attempt = attemptSignal(timeoutMs, outer);
  try {
    const { data, error, response } = await raw.PUT('/external/{campaignId}/segments/{segmentId}/targeting', {
      params: { path: { campaignId: call.campaignId, segmentId: call.segmentId } },
      // Already checked and serialised: the serializer sends `bodyText` as it is, on every attempt.
      body: call.bodyText as unknown as UpdateSegmentTargetingRequest,
      bodySerializer: () => call.bodyText,
      parseAs: 'text',
      signal: attempt.signal,
    });
    return {
      kind: 'response',
      ok: response.ok,
      status: response.status,
      statusText: response.statusText,
      body: parse(response.ok ? data : error),
      requestId: response.headers.get(REQUEST_ID_HEADER) ?? undefined,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
    };
  } catch (cause) {
    if (cause instanceof TokenSourceFailure) throw cause.original;
    if (outer?.aborted) return { kind: 'aborted', reason: outer.reason };
    if (attempt.timedOut()) return { kind: 'timeout' };
    return { kind: 'network', cause };
  } finally {
    attempt.dispose();
  }
}
