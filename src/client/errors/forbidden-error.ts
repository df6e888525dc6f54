import type { UnauthorizedError } from '../../types.js';
import { TargetingError } from './targeting-error.js';

/**
 * A **403** `unauthorized` (`#/components/responses/Forbidden`): the token is missing, unknown or
 * expired, lacks the `campaigns` scope, or is an app token for another app's campaign. The
 * platform never answers 401. Not retried.
 */
export class TargetingForbiddenError extends TargetingError {
  override readonly name = 'TargetingForbiddenError';
  readonly status = 403 as const;
  readonly error: UnauthorizedError['error'] = 'unauthorized';
  readonly source = 'server' as const;
}
