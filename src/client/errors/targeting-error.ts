import type { ErrorDetail } from '../../types.js';

/** What every error of the client is built from. */
export interface TargetingErrorInit {
  /** How many HTTP requests were sent before giving up: 0 when the client stopped the call itself. */
  readonly attempts: number;
  readonly details?: readonly ErrorDetail[];
  /** The `X-Request-Id` the server sent with the response, if any. */
  readonly requestId?: string | undefined;
  readonly cause?: unknown;
}

/**
 * The base of every error `client.updateSegmentTargeting()` resolves with (it never rejects for a
 * failed call). Narrow with `error.status` and `error.error`, or with `instanceof`: each subclass
 * fixes both. The message never contains the token.
 */
export abstract class TargetingError extends Error {
  /** The HTTP status of the response, or `0` when there was none (network error, timeout, abort). */
  abstract readonly status: number;
  /** A short code: the body's `error` for the statuses of CONTRACT.md, the client's own otherwise. */
  abstract readonly error: string;
  /** `'client'` when no response produced the error (pre-validation, network, timeout, abort). */
  abstract readonly source: 'client' | 'server';
  /** Every problem found; empty for errors other than a 400. */
  readonly details: readonly ErrorDetail[];
  /** How many HTTP requests were sent: 0 when the client stopped the call before sending one. */
  readonly attempts: number;
  declare readonly requestId?: string;

  constructor(message: string, init: TargetingErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.details = init.details ?? [];
    this.attempts = init.attempts;
    if (init.requestId !== undefined) this.requestId = init.requestId;
  }

  /** The error as plain data, for logs: `{ name, status, error, message, details, ... }`. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      status: this.status,
      error: this.error,
      message: this.message,
      details: this.details,
      source: this.source,
      attempts: this.attempts,
      ...(this.requestId === undefined ? {} : { requestId: this.requestId }),
    };
  }
}
