/**
 * The server's state in memory, indexed for the checks of an update. An update is applied in
 * one synchronous step after every check has passed, so concurrent requests cannot interleave
 * inside it: none loses another's change.
 */
import type { TargetingCode, UpdateSegmentTargetingRequest } from '../types.js';
import { checkReferenceData, orderedTargeting } from './check-data.js';
import type { ReferenceCampaign, ReferenceData, ReferenceSegment, ReferenceToken } from './data.js';

interface IndexedCampaign {
  readonly campaign: ReferenceCampaign;
  readonly segments: ReadonlyMap<number, ReferenceSegment>;
}

export class ReferenceStore {
  readonly #data: ReferenceData;
  readonly #tokens = new Map<string, ReferenceToken>();
  readonly #campaigns = new Map<number, IndexedCampaign>();

  /** @throws {ReferenceDataError} when `data` is not of the data file's shape. */
  constructor(data: unknown, source?: string) {
    this.#data = checkReferenceData(data, source);
    for (const t of this.#data.tokens) this.#tokens.set(t.token, t);
    for (const c of this.#data.campaigns) {
      this.#campaigns.set(c.id, { campaign: c, segments: new Map(c.segments.map((s) => [s.id, s])) });
    }
  }

  /** The token's record, when it is known. */
  token(token: string): ReferenceToken | undefined {
    return this.#tokens.get(token);
  }

  campaign(id: number): ReferenceCampaign | undefined {
    return this.#campaigns.get(id)?.campaign;
  }

  segment(campaignId: number, segmentId: number): ReferenceSegment | undefined {
    return this.#campaigns.get(campaignId)?.segments.get(segmentId);
  }

  /**
   * Merges `request` into the segment: each code it names gets the values it sends (an empty
   * list clears the code); every other code keeps its values.
   */
  apply(segment: ReferenceSegment, request: UpdateSegmentTargetingRequest): void {
    const next: Record<string, readonly string[]> = { ...segment.targeting };
    for (const entry of request.targeting) next[entry.code satisfies TargetingCode] = entry.values;
    segment.targeting = orderedTargeting(next);
  }

  /** A deep copy of the whole state, in the data file's shape. */
  snapshot(): ReferenceData {
    return structuredClone(this.#data);
  }
}
