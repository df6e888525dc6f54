/** `createTargetingClient`: the typed client of `PUT /external/{campaignId}/segments/{segmentId}/targeting`. */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi.js';
import { updateSegmentTargeting } from './call.js';
import { resolveOptions, type TargetingClientOptions } from './options.js';
import type { UpdateSegmentTargetingParams, UpdateSegmentTargetingResult } from './params.js';
import { createAuth } from './token.js';

export interface TargetingClient {
  /**
   * `PUT /external/{campaignId}/segments/{segmentId}/targeting` (operationId
   * `updateSegmentTargeting`): replaces the values of each code named, leaves the others as they
   * are. Resolves to `{ data: { segmentId } }` or `{ error }`; see `TargetingClientError`.
   */
  updateSegmentTargeting(params: UpdateSegmentTargetingParams): Promise<UpdateSegmentTargetingResult>;
  /** The server this client talks to. */
  readonly baseUrl: string;
  /**
   * The underlying openapi-fetch client, with the same `baseUrl`, `fetch` and token, for anything
   * this wrapper does not cover. It neither validates nor retries, and its errors are the raw bodies.
   */
  readonly raw: Client<paths>;
}

/**
 * Creates a client. Throws a `TypeError` or `RangeError` at once for options that cannot work
 * (no token, a relative `baseUrl`, a negative timeout); never mentions the token.
 */
export function createTargetingClient(options: TargetingClientOptions): TargetingClient {
  const resolved = resolveOptions(options);
  const auth = createAuth(options.token);
  const raw = createClient<paths>({
    baseUrl: resolved.baseUrl,
    headers: { Accept: 'application/json' },
    ...(resolved.fetch === undefined ? {} : { fetch: resolved.fetch }),
  });
  raw.use(auth.middleware);
  const context = { raw, options: resolved, auth };
  return {
    baseUrl: resolved.baseUrl,
    raw,
    updateSegmentTargeting: (params) => updateSegmentTargeting(context, params),
  };
}
