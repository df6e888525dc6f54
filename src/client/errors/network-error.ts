import { TargetingError } from './targeting-error.js';

/**
 * No response: the connection was refused or reset, DNS failed, CORS blocked the call, or the
 * body could not be read. Retried with backoff; this is what the last attempt got. `cause` holds
 * the underlying error when it does not contain the token.
 */
export class TargetingNetworkError extends TargetingError {
  override readonly name = 'TargetingNetworkError';
  readonly status = 0 as const;
  readonly error = 'network error' as const;
  readonly source = 'client' as const;
}
