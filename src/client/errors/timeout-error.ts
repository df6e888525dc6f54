import { TargetingError } from './targeting-error.js';

/**
 * No response within `timeoutMs` on any attempt: each attempt has its own timeout and is
 * retried like a network error. Whether the server applied the change is unknown; sending the
 * same request again is safe, as the PUT is idempotent.
 */
export class TargetingTimeoutError extends TargetingError {
  override readonly name = 'TargetingTimeoutError';
  readonly status = 0 as const;
  readonly error = 'timeout' as const;
  readonly source = 'client' as const;
}
