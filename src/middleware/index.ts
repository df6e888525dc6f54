/** Validation for API servers: the same checks and 400s as the platform. */
export { checkBody, checkHead, checkTargetingRequest, TOO_LARGE } from './check.js';
export type { CheckedTargetingRequest, RejectedTargetingRequest, TargetingRequestInput } from './check.js';
export { readTargetingRequest, targetingMiddleware } from './node.js';
export type { TargetingMiddlewareOptions } from './node.js';
