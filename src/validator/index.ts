/** The validator: the request as the server checks it, precompiled from the spec. */
export { validateTargetingRequest, validateTargetingJson } from './validate-request.js';
export { validateIds } from './validate-ids.js';
export { toErrorBody } from './error-body.js';
export type { Invalid, TargetingIds, Valid, ValidationResult } from './result.js';
