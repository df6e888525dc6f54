/** The errors of the client, one class per file, and their union. */
import type { TargetingAbortedError } from './aborted-error.js';
import type { TargetingBadRequestError } from './bad-request-error.js';
import type { TargetingForbiddenError } from './forbidden-error.js';
import type { TargetingNetworkError } from './network-error.js';
import type { TargetingNotFoundError } from './not-found-error.js';
import type { TargetingPayloadTooLargeError } from './payload-too-large-error.js';
import type { TargetingTimeoutError } from './timeout-error.js';
import type { TargetingUnavailableError } from './unavailable-error.js';
import type { TargetingUnexpectedResponseError } from './unexpected-response-error.js';
import type { TargetingUnsupportedMediaTypeError } from './unsupported-media-type-error.js';

export { TargetingAbortedError } from './aborted-error.js';
export { TargetingBadRequestError } from './bad-request-error.js';
export { TargetingError, type TargetingErrorInit } from './targeting-error.js';
export { TargetingForbiddenError } from './forbidden-error.js';
export { TargetingNetworkError } from './network-error.js';
export { TargetingNotFoundError } from './not-found-error.js';
export { TargetingPayloadTooLargeError } from './payload-too-large-error.js';
export { TargetingTimeoutError } from './timeout-error.js';
export { TargetingUnavailableError } from './unavailable-error.js';
export { TargetingUnexpectedResponseError } from './unexpected-response-error.js';
export { TargetingUnsupportedMediaTypeError } from './unsupported-media-type-error.js';

/**
 * Every way `updateSegmentTargeting` can fail, keyed by `status` and `error`:
 *
 * | status | error | class |
 * | --- | --- | --- |
 * | 400 | a `ValidationErrorCode` (`invalid age group`, `invalid os`, ...) | `TargetingBadRequestError` (`source` `client` or `server`) |
 * | 403 | `unauthorized` | `TargetingForbiddenError` |
 * | 404 | `not found` | `TargetingNotFoundError` |
 * | 413 | `payload too large` | `TargetingPayloadTooLargeError` |
 * | 415 | `unsupported media type` | `TargetingUnsupportedMediaTypeError` |
 * | 408, 429, 502, 503, 504 | `unavailable` | `TargetingUnavailableError` (after retries) |
 * | any other | `unexpected response` | `TargetingUnexpectedResponseError` |
 * | 0 | `network error`, `timeout`, `aborted` | `TargetingNetworkError`, `TargetingTimeoutError`, `TargetingAbortedError` |
 */
export type TargetingClientError =
  | TargetingBadRequestError
  | TargetingForbiddenError
  | TargetingNotFoundError
  | TargetingPayloadTooLargeError
  | TargetingUnsupportedMediaTypeError
  | TargetingUnavailableError
  | TargetingUnexpectedResponseError
  | TargetingNetworkError
  | TargetingTimeoutError
  | TargetingAbortedError;
