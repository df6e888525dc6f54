/**
 * segment-targeting: everything to call Update Segment Targeting safely. Every public name is
 * listed here by name; the entry points `./client`, `./validator`, `./catalog` and `./server`
 * hold the same names, for smaller imports.
 */

// The client
export {
  createTargetingClient,
  DEFAULT_BASE_URL,
  REFERENCE_SERVER_URL,
  REQUEST_ID_HEADER,
  RETRYABLE_STATUSES,
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
} from './client/index.js';
export type {
  HttpStatus,
  RetryableStatus,
  RetryEvent,
  RetryOptions,
  TargetingClient,
  TargetingClientError,
  TargetingClientOptions,
  TargetingEntryInput,
  TargetingErrorInit,
  TokenSource,
  UnexpectedStatus,
  UpdateSegmentTargetingParams,
  UpdateSegmentTargetingResult,
} from './client/index.js';

// The validator
export { validateTargetingRequest, validateTargetingJson, validateIds, toErrorBody } from './validator/index.js';
export type { Invalid, TargetingIds, Valid, ValidationResult } from './validator/index.js';

// The catalog
export {
  TARGETING_CODES,
  isTargetingCode,
  targetingValues,
  searchTargetingValues,
  suggestTargetingValues,
  closestCodes,
  fold,
} from './catalog/index.js';
export type { SearchOptions, TargetingMetadata, TargetingValueInfo } from './catalog/index.js';

// The types, by friendly name
export type {
  AgeGroup,
  City,
  DeviceType,
  Dma,
  ErrorDetail,
  Gender,
  NotFoundError,
  Os,
  PayloadTooLargeError,
  State,
  TargetingCode,
  TargetingEntry,
  TargetingValue,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  UpdateSegmentTargetingOperation,
  UpdateSegmentTargetingRequest,
  UpdateSegmentTargetingResponse,
  ValidationError,
  ValidationErrorCode,
} from './types.js';
