// What a TypeScript user writes; type-checked against the installed declarations.
import { createTargetingClient, type TargetingClientError } from 'segment-targeting/client';
import type { TargetingValue, UpdateSegmentTargetingRequest } from 'segment-targeting';
import { validateTargetingRequest } from 'segment-targeting/validator';
import { searchTargetingValues } from 'segment-targeting/catalog';
import type { startReferenceServer } from 'segment-targeting/server';
import spec from 'segment-targeting/openapi.json' with { type: 'json' };

const client = createTargetingClient({ token: 'demo-advertiser-token', baseUrl: 'http://localhost:4010' });

export async function update(): Promise<number | string> {
  const { data, error } = await client.updateSegmentTargeting({
    campaignId: 12345,
    segmentId: 9876,
    targeting: [{ code: 'age', values: ['55 +'] }, { code: 'os', values: ['ios'] }],
  });
  if (error) return describe(error);
  return data.segmentId;
}

function describe(error: TargetingClientError): string {
  if (error.status === 400) return `${error.error}: ${error.details.map((d) => d.suggestions?.join(', ')).join('; ')}`;
  if (error.status === 0) return error.error === 'timeout' ? 'timed out' : error.message;
  return error.message;
}

export const wrong = client.updateSegmentTargeting({
  campaignId: 12345,
  segmentId: 9876,
  // @ts-expect-error: '55+' is not an age group ('55 +' is)
  targeting: [{ code: 'age', values: ['55+'] }],
});
// @ts-expect-error: 'Android' is not an OS value (values are case-sensitive)
export const os: TargetingValue<'os'> = 'Android';
export const body: UpdateSegmentTargetingRequest = { targeting: [{ code: 'gender', values: ['Female'] }] };
export const checked = validateTargetingRequest(body).valid;
export const found = searchTargetingValues('city', 'sao paulo', { limit: 3 });
export type Start = typeof startReferenceServer;
export const production: string = spec.servers[0]!.url;
