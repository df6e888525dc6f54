import type { PayloadTooLargeError } from '../../types.js';
import { TargetingError } from './targeting-error.js';

/**
 * A **413** `payload too large` (`#/components/responses/PayloadTooLarge`): the body is over 1 MiB.
 */
export class TargetingPayloadTooLargeError extends TargetingError {
  override readonly name = 'TargetingPayloadTooLargeError';
  readonly status = 413 as const;
  readonly error: PayloadTooLargeError['error'] = 'payload too large';
  readonly source = 'server' as const;
}
