/** What a call takes and what it resolves to. */
import type { TargetingEntry, UpdateSegmentTargetingResponse } from '../types.js';
import type { TargetingClientError } from './errors/index.js';

/** An entry as the caller may hold it: readonly arrays (`as const`) are accepted, values still checked. */
export type TargetingEntryInput = TargetingEntry extends infer E
  ? E extends { code: infer C; values: (infer V)[] }
    ? { readonly code: C; readonly values: readonly V[] }
    : never
  : never;

/** The arguments of `client.updateSegmentTargeting()`. */
export interface UpdateSegmentTargetingParams {
  /** `#/components/parameters/CampaignId`: a positive integer. */
  readonly campaignId: number;
  /** `#/components/parameters/SegmentId`: a positive integer, a segment of that campaign. */
  readonly segmentId: number;
  /** The codes to change: each replaces that code's values, `values: []` clears it, codes left out keep theirs. */
  readonly targeting: readonly TargetingEntryInput[];
  /** Stops the call at once, including any wait before a retry; it then resolves with `TargetingAbortedError`. */
  readonly signal?: AbortSignal | undefined;
}

/**
 * What `client.updateSegmentTargeting()` resolves to: `{ data }` on a 200, `{ error }` otherwise.
 * It never rejects for a failed call; only a throwing `token` function or a bug makes it reject.
 */
export type UpdateSegmentTargetingResult =
  | { readonly data: UpdateSegmentTargetingResponse; readonly error?: never }
  | { readonly data?: never; readonly error: TargetingClientError };
