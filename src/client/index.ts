/**
 * `segment-targeting/client`: the typed client. Runs wherever `fetch` does (browsers, Node 20+,
 * Deno, Bun); the validator and its value lists load on the first call.
 */
export { createTargetingClient, type TargetingClient } from './client.js';
export type { RetryEvent, RetryOptions, TargetingClientOptions, TokenSource } from './options.js';
export type { TargetingEntryInput, UpdateSegmentTargetingParams, UpdateSegmentTargetingResult } from './params.js';
export { DEFAULT_BASE_URL, REFERENCE_SERVER_URL } from './servers.js';
export { RETRYABLE_STATUSES, type HttpStatus, type RetryableStatus, type UnexpectedStatus } from './status.js';
export { REQUEST_ID_HEADER } from './translate.js';
export {
  TargetingAbortedError,
  TargetingBadRequestError,
  TargetingError,
  TargetingForbiddenError,
  TargetingNetworkError,
  TargetingNotFoundError,
  TargetingPayloadTooLargeError,
  TargetingTimeoutError,
  TargetingUnavailableError,
  TargetingUnexpectedResponseError,
  TargetingUnsupportedMediaTypeError,
  type TargetingClientError,
  type TargetingErrorInit,
} from './errors/index.js';
