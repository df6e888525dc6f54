import type { ErrorDetail, ValidationErrorCode } from '../../types.js';
import { TargetingError, type TargetingErrorInit } from './targeting-error.js';

/** A `ValidationError` body as the server sends it and the validator returns it. */
export interface BadRequestBody {
  readonly error: ValidationErrorCode;
  readonly message: string;
  readonly details: readonly ErrorDetail[];
  readonly omittedDetails?: number | undefined;
}

/**
 * A **400**: the ids or the body are invalid and nothing was changed
 * (`#/components/responses/BadRequest`). With `source: 'client'` the package's validator found
 * the problem before anything was sent (`attempts: 0`), with exactly the error the server would
 * give; with `source: 'server'` the server answered it. `details` lists every problem, each with
 * its JSON Pointer `path` and up to three `suggestions`.
 */
export class TargetingBadRequestError extends TargetingError {
  override readonly name = 'TargetingBadRequestError';
  readonly status = 400 as const;
  readonly error: ValidationErrorCode;
  readonly source: 'client' | 'server';
  /** How many further problems were found but not listed; absent when none were. */
  declare readonly omittedDetails?: number;

  constructor(body: BadRequestBody, source: 'client' | 'server', init: TargetingErrorInit) {
    super(body.message, { ...init, details: body.details });
    this.error = body.error;
    this.source = source;
    if (body.omittedDetails !== undefined) this.omittedDetails = body.omittedDetails;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), ...(this.omittedDetails === undefined ? {} : { omittedDetails: this.omittedDetails }) };
  }
}
