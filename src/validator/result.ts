/**
 * What the validator returns. A rejection is the body of a 400 as CONTRACT.md shapes it (plus
 * `valid` and `status`), so a server can send it as it is and a client can show it as it is.
 */
import type { ErrorDetail, ValidationErrorCode } from '../types.js';

/** The request is valid; `value` is the input, now typed. */
export interface Valid<T> {
  readonly valid: true;
  readonly value: T;
}

/** The request is invalid: what a server answers with a 400. */
export interface Invalid {
  readonly valid: false;
  readonly status: 400;
  /** The first problem's error code. */
  readonly error: ValidationErrorCode;
  /** The first problem's message. */
  readonly message: string;
  /** The problems, in the order of the request; at most `#/components/schemas/ValidationError` maxItems. */
  readonly details: readonly ErrorDetail[];
  /** How many further problems were found but not listed; absent when none were. */
  readonly omittedDetails?: number;
}

export type ValidationResult<T> = Valid<T> | Invalid;

/** The path parameters, as numbers, once `validateIds` accepts them. */
export interface TargetingIds {
  readonly campaignId: number;
  readonly segmentId: number;
}
