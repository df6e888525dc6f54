import type { NotFoundError } from '../../types.js';
import { TargetingError } from './targeting-error.js';

/**
 * A **404** `not found` (`#/components/responses/NotFound`): no such campaign for this token's
 * advertiser (another advertiser's campaign looks the same), or no such segment in it. Not retried.
 */
export class TargetingNotFoundError extends TargetingError {
  override readonly name = 'TargetingNotFoundError';
  readonly status = 404 as const;
  readonly error: NotFoundError['error'] = 'not found';
  readonly source = 'server' as const;
}
