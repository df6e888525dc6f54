/** The value catalog: every code's values with their metadata, and a search over them. */
export { TARGETING_CODES, isTargetingCode, targetingValues } from './values.js';
export type { TargetingMetadata, TargetingValueInfo } from './values.js';
export { closestCodes, searchTargetingValues, suggestTargetingValues } from './search.js';
export type { SearchOptions } from './search.js';
export { fold } from './fold.js';
