import { TargetingError } from './targeting-error.js';

/**
 * The caller's `signal` aborted the call: before it started, during a request or while waiting
 * to retry. Nothing more is sent. `cause` is the signal's `reason`.
 */
export class TargetingAbortedError extends TargetingError {
  override readonly name = 'TargetingAbortedError';
  readonly status = 0 as const;
  readonly error = 'aborted' as const;
  readonly source = 'client' as const;
}
