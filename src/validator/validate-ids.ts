/**
 * The path parameters, `#/components/parameters/CampaignId` and `SegmentId`: positive integers
 * from 1 to 2^53 - 1, written in decimal without sign, leading zeros, exponent or fraction.
 */
import { ID_RANGE } from '../generated/codes.js';
import { reject } from './reject.js';
import type { TargetingIds, ValidationResult } from './result.js';
import type { Problem } from './translate.js';

const DIGITS = /^[1-9][0-9]{0,15}$/;

/** `id` as a number when it is a valid ID (a string from a URL, or a number), else null. */
function parseId(id: unknown): number | null {
  const n = typeof id === 'number' ? id : typeof id === 'string' && DIGITS.test(id) ? Number(id) : NaN;
  return Number.isSafeInteger(n) && n >= ID_RANGE.minimum && n <= ID_RANGE.maximum ? n : null;
}

/**
 * Checks `campaignId` and `segmentId` as they come from the path (strings) or from code
 * (numbers). Invalid ones get a 400 `invalid ID`, with `/campaignId` or `/segmentId` as path.
 */
export function validateIds(campaignId: unknown, segmentId: unknown): ValidationResult<TargetingIds> {
  const campaign = parseId(campaignId);
  const segment = parseId(segmentId);
  if (campaign !== null && segment !== null) return { valid: true, value: { campaignId: campaign, segmentId: segment } };
  const problems: Problem[] = [];
  if (campaign === null) problems.push({ error: 'invalid ID', message: 'Campaign ID must be a positive integer', path: ['campaignId'], hasValue: true });
  if (segment === null) problems.push({ error: 'invalid ID', message: 'Segment ID must be a positive integer', path: ['segmentId'], hasValue: true });
  return reject(problems, { campaignId, segmentId });
}
