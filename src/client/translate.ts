/**
 * The boundary: a response, or its absence, becomes one of the client's errors. Nothing of
 * openapi-fetch or of the runtime's fetch errors passes this file except as `cause`.
 */
import type { ErrorDetail, NotFoundError, PayloadTooLargeError, UnauthorizedError, UnsupportedMediaTypeError, ValidationError } from '../types.js';
import {
  TargetingBadRequestError,
  TargetingForbiddenError,
  TargetingNetworkError,
  TargetingNotFoundError,
  TargetingPayloadTooLargeError,
  TargetingTimeoutError,
  TargetingUnavailableError,
  TargetingUnexpectedResponseError,
  TargetingUnsupportedMediaTypeError,
  type TargetingClientError,
} from './errors/index.js';
import { isRetryableStatus, type UnexpectedStatus } from './status.js';

type Body = { readonly [key: string]: unknown };
const isBody = (value: unknown): value is Body => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (body: unknown, key: string): string | undefined =>
  isBody(body) && typeof body[key] === 'string' ? (body[key] as string) : undefined;

/** The header the reference server and the platform's gateways name a request with. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

export interface ResponseFacts {
  readonly status: number;
  readonly statusText: string;
  /** The body, parsed as JSON when it is JSON. */
  readonly body: unknown;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;
  readonly attempts: number;
}

/** A 400 body as the server sent it, or what can be said of it when it is not a `ValidationError`. */
function validationError(body: unknown): ValidationError {
  const error = text(body, 'error');
  const message = text(body, 'message');
  if (!isBody(body) || error === undefined || message === undefined) {
    return { error: 'invalid request', message: 'The server answered 400 with a body that is not a ValidationError', details: [] };
  }
  const details = Array.isArray(body['details']) ? (body['details'] as ErrorDetail[]) : [];
  const omitted = body['omittedDetails'];
  return {
    error: error as ValidationError['error'],
    message,
    details,
    ...(typeof omitted === 'number' ? { omittedDetails: omitted } : {}),
  };
}

/** The error a non-2xx response (or a 2xx with an unusable body) stands for. */
export function responseError(facts: ResponseFacts): TargetingClientError {
  const { status, body, attempts, requestId } = facts;
  const init = { attempts, requestId };
  const answered = `The server answered ${status}${facts.statusText ? ` ${facts.statusText}` : ''}`;
  switch (status) {
    case 400:
      return new TargetingBadRequestError(validationError(body), 'server', init);
    case 403:
      return new TargetingForbiddenError(text(body, 'message') ?? ('You lack permission to update this segment' satisfies UnauthorizedError['message']), init);
    case 404:
      return new TargetingNotFoundError(text(body, 'message') ?? ('Campaign or segment not found' satisfies NotFoundError['message']), init);
    case 413:
      return new TargetingPayloadTooLargeError(text(body, 'message') ?? ('Request body exceeds 1 MiB' satisfies PayloadTooLargeError['message']), init);
    case 415:
      return new TargetingUnsupportedMediaTypeError(
        text(body, 'message') ?? ('Content-Type must be application/json' satisfies UnsupportedMediaTypeError['message']),
        init,
      );
  }
  if (isRetryableStatus(status)) {
    const tries = attempts === 1 ? '1 attempt' : `all ${attempts} attempts`;
    return new TargetingUnavailableError(status, `${answered} to ${tries}; try again later`, { ...init, retryAfterMs: facts.retryAfterMs });
  }
  const why = status >= 200 && status < 300 ? ' without a JSON body { "segmentId": <number> }' : ', which the API does not document';
  return new TargetingUnexpectedResponseError(status as UnexpectedStatus, `${answered}${why}`, init);
}

/** No response within the attempt's timeout. */
export function timeoutError(timeoutMs: number, attempts: number): TargetingTimeoutError {
  const tries = attempts === 1 ? '' : ` on any of ${attempts} attempts`;
  return new TargetingTimeoutError(`No response within ${timeoutMs} ms${tries}`, { attempts });
}

/** No response at all. `redact` scrubs the token from whatever the runtime said. */
export function networkError(cause: unknown, attempts: number, redact: (text: string) => string): TargetingNetworkError {
  const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));
  const inner = cause instanceof Error && cause.cause !== undefined ? ` (${describe(cause.cause)})` : '';
  const said = `${describe(cause)}${inner}`;
  const clean = redact(said);
  const message = `Could not reach the server${attempts > 1 ? ` in ${attempts} attempts` : ''}: ${clean}`;
  return new TargetingNetworkError(message, clean === said ? { attempts, cause } : { attempts });
}
