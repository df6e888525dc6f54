/** The reference server: a local stand-in for the platform's endpoint that behaves as CONTRACT.md says. */
export { startReferenceServer } from './server.js';
export type { ReferenceServer, ReferenceServerOptions } from './server.js';
export { ReferenceDataError, SCOPES } from './data.js';
export type { ReferenceCampaign, ReferenceData, ReferenceSegment, ReferenceTargeting, ReferenceToken, Scope } from './data.js';
export { checkReferenceData } from './check-data.js';
export {
  DEMO_ADVERTISER_TOKEN,
  DEMO_APP_TOKEN,
  DEMO_CAMPAIGN_ID,
  DEMO_OTHER_ADVERTISER_TOKEN,
  DEMO_REPORTING_TOKEN,
  DEMO_SEGMENT_ID,
  demoData,
} from './demo.js';

// Validation for your own API server (node:http, Express, Fastify): see src/middleware/.
export { checkBody, checkHead, checkTargetingRequest, readTargetingRequest, targetingMiddleware, TOO_LARGE } from '../middleware/index.js';
export type {
  CheckedTargetingRequest,
  RejectedTargetingRequest,
  TargetingMiddlewareOptions,
  TargetingRequestInput,
} from '../middleware/index.js';
