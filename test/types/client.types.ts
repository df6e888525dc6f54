/**
 * Type tests of the client: checked by `npm run lint:types` (tsc over test/). Each
 * `@ts-expect-error` must fail to compile without it.
 */
import {
  createTargetingClient,
  type TargetingClientError,
  type TargetingUnavailableError,
  type TargetingUnexpectedResponseError,
  type UpdateSegmentTargetingResult,
} from '../../src/client/index.ts';
import type { ErrorDetail, ValidationErrorCode } from '../../src/types.ts';

const client = createTargetingClient({ token: 'demo-advertiser-token', baseUrl: 'http://localhost:4010' });
const call = { campaignId: 12345, segmentId: 9876 };

// Right calls compile, readonly (`as const`) targeting included.
export const ok = client.updateSegmentTargeting({ ...call, targeting: [{ code: 'age', values: ['55 +'] }] });
const everyCity = [{ code: 'city', values: ['São Paulo (BR)', 'Tokyo (JP)'] }] as const;
export const readonlyOk = client.updateSegmentTargeting({ ...call, targeting: everyCity, signal: AbortSignal.timeout(1000) });
export const rotating = createTargetingClient({ token: async () => 'fresh-token', retry: { attempts: 5 }, validate: false });

// Wrong calls do not.
// @ts-expect-error: '55+' lacks its space
client.updateSegmentTargeting({ ...call, targeting: [{ code: 'age', values: ['55+'] }] });
// @ts-expect-error: 'female' is not a gender (values are case-sensitive)
client.updateSegmentTargeting({ ...call, targeting: [{ code: 'gender', values: ['female'] }] });
// @ts-expect-error: 'country' is not a targeting code
client.updateSegmentTargeting({ ...call, targeting: [{ code: 'country', values: ['US'] }] });
// @ts-expect-error: a city is not a DMA
client.updateSegmentTargeting({ ...call, targeting: [{ code: 'dma', values: ['Tokyo (JP)'] }] });
// @ts-expect-error: no property other than code and values
client.updateSegmentTargeting({ ...call, targeting: [{ code: 'os', values: ['ios'], mode: 'add' }] });
// @ts-expect-error: ids are numbers
client.updateSegmentTargeting({ campaignId: '12345', segmentId: 9876, targeting: [] });
// @ts-expect-error: a token is required
createTargetingClient({ baseUrl: 'http://localhost:4010' });
// @ts-expect-error: retry takes options or false, not true
createTargetingClient({ token: 't', retry: true });

declare const result: UpdateSegmentTargetingResult;

// `data` and `error` exclude each other.
if (result.data) {
  const id: number = result.data.segmentId;
  // @ts-expect-error: no error beside data
  result.error.message;
  void id;
}

export function narrow(error: TargetingClientError): void {
  // Every error has these.
  const common: [number, string, string, 'client' | 'server', readonly ErrorDetail[], number, string | undefined] = [
    error.status, error.error, error.message, error.source, error.details, error.attempts, error.requestId,
  ];
  void common;

  // Narrowing on `status`.
  if (error.status === 400) {
    const code: ValidationErrorCode = error.error;
    const source: 'client' | 'server' = error.source;
    const suggestions: string[] | undefined = error.details[0]?.suggestions;
    const omitted: number | undefined = error.omittedDetails;
    void [code, source, suggestions, omitted];
  }
  if (error.status === 403) {
    const code: 'unauthorized' = error.error;
    const source: 'server' = error.source;
    void [code, source];
  }
  if (error.status === 404) {
    const code: 'not found' = error.error;
    void code;
  }
  if (error.status === 0) {
    const code: 'network error' | 'timeout' | 'aborted' = error.error;
    const source: 'client' = error.source;
    void [code, source];
  }
  if (error.status === 503) {
    const retryAfterMs: number | undefined = error.retryAfterMs;
    void retryAfterMs;
  }
  // @ts-expect-error: a 403 never carries a 400's code
  if (error.status === 403 && error.error === 'invalid os') return;

  // Narrowing on `error`: `invalid age group` and `invalid os` are told apart.
  switch (error.error) {
    case 'invalid age group':
    case 'invalid os': {
      const status: 400 = error.status;
      const path: string | undefined = error.details[0]?.path;
      void [status, path];
      break;
    }
    case 'unavailable': {
      const status: 408 | 429 | 502 | 503 | 504 = error.status;
      void status;
      break;
    }
    case 'timeout': {
      const status: 0 = error.status;
      void status;
      break;
    }
    // @ts-expect-error: not an error code of the client
    case 'invalid targeting':
      break;
  }

  // Exhaustive by status: what is left after the contract's statuses and 0.
  switch (error.status) {
    case 400:
    case 403:
    case 404:
    case 413:
    case 415:
    case 0:
      break;
    default: {
      const rest: TargetingUnavailableError | TargetingUnexpectedResponseError = error;
      void rest;
    }
  }
}
