/**
 * Friendly names for the generated types: the one place they are given.
 * @see src/generated/openapi.ts
 */
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

/** The body of `PUT /external/{campaignId}/segments/{segmentId}/targeting`. */
export type UpdateSegmentTargetingRequest = Schemas['UpdateSegmentTargetingRequest'];
/** One `{ code, values }` entry of a request. */
export type TargetingEntry = Schemas['TargetingEntry'];
/** One of the seven targeting codes. */
export type TargetingCode = TargetingEntry['code'];
/** The values a code takes: `TargetingValue<'age'>` is `'13-17' | ... | 'Not Defined'`. */
export type TargetingValue<C extends TargetingCode = TargetingCode> = Extract<TargetingEntry, { code: C }>['values'][number];

export type AgeGroup = Schemas['AgeGroup'];
export type Gender = Schemas['Gender'];
export type Os = Schemas['Os'];
export type DeviceType = Schemas['DeviceType'];
export type City = Schemas['City'];
export type Dma = Schemas['Dma'];
export type State = Schemas['State'];

/** The body of a 200. */
export type UpdateSegmentTargetingResponse = Schemas['UpdateSegmentTargetingResponse'];
/** The body of a 400, and of a request the validator rejects. */
export type ValidationError = Schemas['ValidationError'];
/** One problem in a 400. */
export type ErrorDetail = Schemas['ErrorDetail'];
/** The `error` of a 400. */
export type ValidationErrorCode = Schemas['ValidationErrorCode'];
export type UnauthorizedError = Schemas['UnauthorizedError'];
export type NotFoundError = Schemas['NotFoundError'];
export type PayloadTooLargeError = Schemas['PayloadTooLargeError'];
export type UnsupportedMediaTypeError = Schemas['UnsupportedMediaTypeError'];

/** The operation as openapi-typescript describes it. */
export type UpdateSegmentTargetingOperation = operations['updateSegmentTargeting'];
