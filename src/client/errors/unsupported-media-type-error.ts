import type { UnsupportedMediaTypeError } from '../../types.js';
import { TargetingError } from './targeting-error.js';

/**
 * A **415** `unsupported media type` (`#/components/responses/UnsupportedMediaType`): the body was
 * not sent as `application/json` (only possible through `client.raw` or a rewriting proxy).
 */
export class TargetingUnsupportedMediaTypeError extends TargetingError {
  override readonly name = 'TargetingUnsupportedMediaTypeError';
  readonly status = 415 as const;
  readonly error: UnsupportedMediaTypeError['error'] = 'unsupported media type';
  readonly source = 'server' as const;
}
