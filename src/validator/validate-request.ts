/**
 * Validates a request body with the validator generated from the spec
 * (`#/components/schemas/UpdateSegmentTargetingRequest`) and, when it is invalid, answers exactly
 * as the server would. Never throws, never changes its input.
 */
import { validateUpdateSegmentTargetingRequest as validateBody } from '../generated/validators.js';
import type { UpdateSegmentTargetingRequest } from '../types.js';
import { onePerPlace, reject } from './reject.js';
import type { ValidationResult } from './result.js';
import { translate } from './translate.js';

/**
 * Checks a parsed request body against the spec: every code, every value, no repeats, no
 * unknown property. Returns the body, typed, or the 400 the platform would answer.
 */
export function validateTargetingRequest(body: unknown): ValidationResult<UpdateSegmentTargetingRequest> {
  try {
    if (validateBody(body)) return { valid: true, value: body };
    const raw = validateBody.errors ?? [];
    const problems = onePerPlace(raw.map((e) => ({ problem: translate(e, body), keyword: e.keyword })));
    return reject(problems, body);
  } catch {
    // Only a body that is not plain data (a getter or Proxy that throws) gets here.
    return reject([{ error: 'invalid request', message: 'The request body could not be read', path: [], hasValue: false }], body);
  }
}

/** Parses `text` as JSON, then validates it: a body that is not JSON is an `invalid request`. */
export function validateTargetingJson(text: string): ValidationResult<UpdateSegmentTargetingRequest> {
  let body: unknown;
  try {
    body = JSON.parse(String(text));
  } catch {
    return reject([{ error: 'invalid request', message: 'Request body is not valid JSON', path: [], hasValue: false }], undefined);
  }
  return validateTargetingRequest(body);
}
