/** Every answer becomes `{ data }` or one typed error; the client's classes, never openapi-fetch's shapes. */
import { describe, expect, it } from 'vitest';
import * as client from '../../src/client/index.ts';
import { VALID, fakeFetch, type Step } from './fake-fetch.ts';

const { createTargetingClient } = client;
const empty = { details: [] };
const ID = { 'X-Request-Id': 'req-42' };

interface Want {
  class: keyof typeof client;
  status: number;
  error: string;
  message?: string;
  source?: 'client' | 'server';
  requestId?: string;
}

const cases: [string, { given: Step; want: Want }][] = [
  ['400 from the server, with its details', {
    given: { status: 400, headers: ID, body: { error: 'invalid os', message: 'Must be "android" or "ios"', details: [{ error: 'invalid os', message: 'Must be "android" or "ios"', path: '/targeting/0/values/0', value: 'iOS', suggestions: ['ios'] }] } },
    want: { class: 'TargetingBadRequestError', status: 400, error: 'invalid os', message: 'Must be "android" or "ios"', source: 'server', requestId: 'req-42' },
  }],
  ['400 with a body that is not a ValidationError', { given: { status: 400, body: '<html>Bad Request</html>' }, want: { class: 'TargetingBadRequestError', status: 400, error: 'invalid request', source: 'server' } }],
  ['403', { given: { status: 403, headers: ID, body: { error: 'unauthorized', message: 'You lack permission to update this segment', ...empty } }, want: { class: 'TargetingForbiddenError', status: 403, error: 'unauthorized', message: 'You lack permission to update this segment', requestId: 'req-42' } }],
  ['403 without a body', { given: { status: 403 }, want: { class: 'TargetingForbiddenError', status: 403, error: 'unauthorized', message: 'You lack permission to update this segment' } }],
  ['404', { given: { status: 404, body: { error: 'not found', message: 'Campaign or segment not found', ...empty } }, want: { class: 'TargetingNotFoundError', status: 404, error: 'not found', message: 'Campaign or segment not found' } }],
  ['413', { given: { status: 413, body: { error: 'payload too large', message: 'Request body exceeds 1 MiB', ...empty } }, want: { class: 'TargetingPayloadTooLargeError', status: 413, error: 'payload too large' } }],
  ['415', { given: { status: 415, body: { error: 'unsupported media type', message: 'Content-Type must be application/json', ...empty } }, want: { class: 'TargetingUnsupportedMediaTypeError', status: 415, error: 'unsupported media type' } }],
  ['503 on every attempt', { given: { status: 503, headers: { 'Retry-After': '0' } }, want: { class: 'TargetingUnavailableError', status: 503, error: 'unavailable' } }],
  ['429 on every attempt', { given: { status: 429, body: 'slow down' }, want: { class: 'TargetingUnavailableError', status: 429, error: 'unavailable' } }],
  ['500', { given: { status: 500, body: 'oops' }, want: { class: 'TargetingUnexpectedResponseError', status: 500, error: 'unexpected response' } }],
  ["a proxy's 401", { given: { status: 401 }, want: { class: 'TargetingUnexpectedResponseError', status: 401, error: 'unexpected response' } }],
  ['200 without a segmentId', { given: { status: 200, body: { ok: true } }, want: { class: 'TargetingUnexpectedResponseError', status: 200, error: 'unexpected response' } }],
  ['200 that is not JSON', { given: { status: 200, body: 'done' }, want: { class: 'TargetingUnexpectedResponseError', status: 200, error: 'unexpected response' } }],
  ['a failed connection', { given: { throws: new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED') }) }, want: { class: 'TargetingNetworkError', status: 0, error: 'network error', source: 'client' } }],
];

describe('client responses', () => {
  it.each(cases)('%s', async (_name, { given, want }) => {
    const fake = fakeFetch(given);
    const result = await createTargetingClient({ token: 'test-token', fetch: fake.fetch, retry: { baseDelayMs: 0 } }).updateSegmentTargeting(VALID);
    expect(result.data).toBeUndefined();
    const error = result.error!;
    expect(error).toBeInstanceOf(client[want.class] as abstract new (...args: never[]) => unknown);
    expect(error).toBeInstanceOf(client.TargetingError);
    expect(error).toMatchObject({ status: want.status, error: want.error, source: want.source ?? 'server' });
    if (want.message) expect(error.message).toBe(want.message);
    expect(error.requestId).toBe(want.requestId);
    expect(Array.isArray(error.details)).toBe(true);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: want.class, status: want.status, error: want.error });
  });

  it('resolves { data } on a 200', async () => {
    const fake = fakeFetch({ status: 200, body: { segmentId: 9876 } });
    const result = await createTargetingClient({ token: 'test-token', fetch: fake.fetch }).updateSegmentTargeting(VALID);
    expect(result).toEqual({ data: { segmentId: 9876 } });
  });

  it('names the cause of a network error', async () => {
    const fake = fakeFetch({ throws: new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') }) });
    const { error } = await createTargetingClient({ token: 'test-token', fetch: fake.fetch, retry: false }).updateSegmentTargeting(VALID);
    expect(error?.message).toBe('Could not reach the server: fetch failed (connect ECONNREFUSED 127.0.0.1:9)');
    expect((error?.cause as Error).message).toBe('fetch failed');
  });
});
