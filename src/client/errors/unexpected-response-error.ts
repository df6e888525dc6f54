import type { UnexpectedStatus } from '../status.js';
import { TargetingError, type TargetingErrorInit } from './targeting-error.js';

/**
 * A response the contract does not describe: a status other than 200, 400, 403, 404, 413, 415
 * and the retryable ones (a 500, a proxy's 401 or 302), or a 200 whose body is not
 * `{ "segmentId": <number> }`. Not retried: whether the change was applied is unknown.
 */
export class TargetingUnexpectedResponseError extends TargetingError {
  override readonly name = 'TargetingUnexpectedResponseError';
  readonly status: UnexpectedStatus;
  readonly error = 'unexpected response' as const;
  readonly source = 'server' as const;

  constructor(status: UnexpectedStatus, message: string, init: TargetingErrorInit) {
    super(message, init);
    this.status = status;
  }
}
