import type { RetryableStatus } from '../status.js';
import { TargetingError, type TargetingErrorInit } from './targeting-error.js';

/**
 * A 408, 429, 502, 503 or 504 that was still answered on the last attempt (these are retried
 * with backoff, honouring `Retry-After`), or whose `Retry-After` asked for a longer wait than
 * `retry.maxDelayMs`. Nothing was changed; the same call may succeed later: `retryAfterMs` says
 * when, if the server said.
 */
export class TargetingUnavailableError extends TargetingError {
  override readonly name = 'TargetingUnavailableError';
  readonly status: RetryableStatus;
  readonly error = 'unavailable' as const;
  readonly source = 'server' as const;
  /** The last response's `Retry-After`, in milliseconds, when it had one. */
  declare readonly retryAfterMs?: number;

  constructor(status: RetryableStatus, message: string, init: TargetingErrorInit & { retryAfterMs?: number | undefined }) {
    super(message, init);
    this.status = status;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
  }
}
