/**
 * HTTP statuses as the client sorts them. The statuses of CONTRACT.md (400, 403, 404, 413, 415)
 * each have an error class; the retryable ones share one; every other status is unexpected.
 */

/** Retried with backoff: the PUT is idempotent, and these say "not now", not "no". */
export const RETRYABLE_STATUSES = [408, 429, 502, 503, 504] as const;
export type RetryableStatus = (typeof RETRYABLE_STATUSES)[number];

/** The statuses `#/paths/.../put/responses` documents as errors. */
export type DocumentedErrorStatus = 400 | 403 | 404 | 413 | 415;

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type ToNumber<S> = S extends `${infer N extends number}` ? N : never;
/** Every status a response can carry, as literals, so that `Exclude` below keeps narrowing exact. */
export type HttpStatus = ToNumber<`${1 | 2 | 3 | 4 | 5}${Digit}${Digit}`>;

/** Any status the contract does not describe: a 500, a proxy's 401, a 200 with a body that is not JSON. */
export type UnexpectedStatus = Exclude<HttpStatus, DocumentedErrorStatus | RetryableStatus>;

export function isRetryableStatus(status: number): status is RetryableStatus {
  return (RETRYABLE_STATUSES as readonly number[]).includes(status);
}
