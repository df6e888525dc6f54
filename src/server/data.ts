/**
 * The reference server's state, in the shape of its data file (`--data FILE`) and of
 * `GET /_reference/state`, as CONTRACT.md gives it: campaigns with their segments' targeting,
 * and the tokens that may touch them.
 */
import type { TargetingCode, TargetingValue } from '../types.js';

/** What a segment is restricted to: each code's current values. An absent code is not restricted. */
export type ReferenceTargeting = { [C in TargetingCode]?: TargetingValue<C>[] };

export interface ReferenceSegment {
  id: number;
  targeting: ReferenceTargeting;
}

export interface ReferenceCampaign {
  id: number;
  /** The advertiser that owns the campaign. */
  advertiserId: number;
  /** The app the campaign promotes; an app-scoped token may touch only its app's campaigns. */
  appId?: number;
  segments: ReferenceSegment[];
}

/** The scopes a token may hold; updating targeting needs `campaigns`. */
export const SCOPES = ['campaigns', 'reporting'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ReferenceToken {
  token: string;
  advertiserId: number;
  /** Present when the token belongs to one app of the advertiser rather than to all of them. */
  appId?: number;
  scopes: Scope[];
}

export interface ReferenceData {
  campaigns: ReferenceCampaign[];
  tokens: ReferenceToken[];
}

/** A data file that is not of the shape above; `problems` say where, as JSON Pointers. */
export class ReferenceDataError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not valid reference data:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ReferenceDataError';
  }
}
