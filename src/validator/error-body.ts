/** The body a server sends for a rejection: CONTRACT.md's `{ error, message, details }`. */
import type { ValidationError } from '../types.js';
import type { Invalid } from './result.js';

export function toErrorBody(invalid: Invalid): ValidationError {
  const { error, message, details, omittedDetails } = invalid;
  return omittedDetails === undefined ? { error, message, details: [...details] } : { error, message, details: [...details], omittedDetails };
}
