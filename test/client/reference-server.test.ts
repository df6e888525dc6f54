/** The public client against the reference server on a loopback port: CONTRACT.md end to end. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTargetingClient, type TargetingClient, type TargetingClientOptions, type UpdateSegmentTargetingParams } from '../../src/client/index.ts';
import { startReferenceServer, type ReferenceServer } from '../../src/server/index.ts';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ port: 0 });
});
afterAll(() => server.close());

const ADVERTISER = 'demo-advertiser-token';
const client = (options: Partial<TargetingClientOptions> = {}): TargetingClient =>
  createTargetingClient({ token: ADVERTISER, baseUrl: server.url, retry: false, ...options });
const targetingOf = (campaignId: number, segmentId: number) =>
  server.state().campaigns.find((c) => c.id === campaignId)?.segments.find((s) => s.id === segmentId)?.targeting;
const call = (patch: Partial<UpdateSegmentTargetingParams> = {}) =>
  ({ campaignId: 12345, segmentId: 9876, targeting: [{ code: 'gender', values: ['Female'] }], ...patch }) as UpdateSegmentTargetingParams;

describe('client against the reference server', () => {
  it('updates a segment and answers its id', async () => {
    const { data, error } = await client().updateSegmentTargeting(call({ targeting: [{ code: 'os', values: ['ios', 'android'] }] }));
    expect(error).toBeUndefined();
    expect(data).toEqual({ segmentId: 9876 });
    expect(targetingOf(12345, 9876)?.['os']).toEqual(['ios', 'android']);
  });

  describe('merge semantics', () => {
    // Every code named: gender and age set, the five others cleared.
    const baseline = [
      { code: 'gender', values: ['Female'] },
      { code: 'age', values: ['18-24'] },
      ...(['os', 'device_type', 'city', 'dma', 'state'] as const).map((code) => ({ code, values: [] })),
    ] as UpdateSegmentTargetingParams['targeting'];
    beforeEach(async () => {
      expect((await client().updateSegmentTargeting(call({ segmentId: 9877, targeting: baseline }))).data).toEqual({ segmentId: 9877 });
    });
    it.each([
      ['a code left out keeps its values', { given: [{ code: 'os', values: ['ios'] }], want: { gender: ['Female'], age: ['18-24'], os: ['ios'] } }],
      ['a code named is replaced', { given: [{ code: 'age', values: ['55 +', 'Not Defined'] }], want: { gender: ['Female'], age: ['55 +', 'Not Defined'] } }],
      ['an empty list clears the code', { given: [{ code: 'gender', values: [] }], want: { age: ['18-24'] } }],
      ['a rejected request changes nothing', { given: [{ code: 'gender', values: ['Male'] }, { code: 'os', values: ['windows'] }], want: { gender: ['Female'], age: ['18-24'] } }],
    ] as const)('%s', async (_name, { given, want }) => {
      await client({ validate: false }).updateSegmentTargeting(call({ segmentId: 9877, targeting: given as never }));
      const state = targetingOf(12345, 9877) ?? {};
      expect(Object.fromEntries(Object.entries(state).filter(([, v]) => v.length > 0))).toEqual(want);
    });
  });

  const errors: [string, { options?: Partial<TargetingClientOptions>; given?: Partial<UpdateSegmentTargetingParams>; want: Record<string, unknown> }][] = [
    ['an unknown token: 403', { options: { token: 'no-such-token' }, want: { status: 403, error: 'unauthorized' } }],
    ['a reporting-only token: 403', { options: { token: 'demo-reporting-token' }, want: { status: 403, error: 'unauthorized' } }],
    ["an app token on another app's campaign: 403", { options: { token: 'demo-app-token' }, given: { campaignId: 12346, segmentId: 9880 }, want: { status: 403, error: 'unauthorized' } }],
    ["another advertiser's campaign: 404", { options: { token: 'demo-other-advertiser-token' }, want: { status: 404, error: 'not found' } }],
    ['no such campaign: 404', { given: { campaignId: 999 }, want: { status: 404, error: 'not found' } }],
    ['no such segment: 404', { given: { segmentId: 1 }, want: { status: 404, error: 'not found' } }],
    ['a bad value, unchecked: the server 400', { options: { validate: false }, given: { targeting: [{ code: 'age', values: ['55+' as never] }] }, want: { status: 400, error: 'invalid age group', source: 'server' } }],
    ['a bad id, unchecked: the server 400', { options: { validate: false }, given: { campaignId: 0 }, want: { status: 400, error: 'invalid ID', source: 'server' } }],
    ['a body over 1 MiB, unchecked: 413', { options: { validate: false }, given: { targeting: [{ code: 'city', values: ['x'.repeat(1_100_000) as never] }] }, want: { status: 413, error: 'payload too large' } }],
  ];
  it.each(errors)('%s', async (_name, { options, given, want }) => {
    const { data, error } = await client(options).updateSegmentTargeting(call(given));
    expect(data).toBeUndefined();
    expect(error).toMatchObject({ source: 'server', attempts: 1, ...want });
  });

  it('an app token on its own app: 200', async () => {
    const { data } = await client({ token: 'demo-app-token' }).updateSegmentTargeting(call());
    expect(data).toEqual({ segmentId: 9876 });
  });

  const invalid: [string, Partial<UpdateSegmentTargetingParams>][] = [
    ['55+', { targeting: [{ code: 'age', values: ['55+' as never] }] }],
    ['a city without its accent', { targeting: [{ code: 'city', values: ['Sao Paulo (BR)' as never] }] }],
    ['a repeated code', { targeting: [{ code: 'os', values: ['ios'] }, { code: 'os', values: [] }] }],
    ['a repeated value', { targeting: [{ code: 'os', values: ['ios', 'ios'] }] }],
    ['an unknown property', { targeting: [{ code: 'os', values: ['ios'], mode: 'add' } as never] }],
    ['several problems', { targeting: [{ code: 'age', values: ['99', '55+'] }, { code: 'colour', values: ['red'] }] as never }],
    ['a bad segment id', { segmentId: -3 }],
  ];
  it.each(invalid)('the client rejects %s with the very 400 the server gives', async (_name, given) => {
    const fromClient = (await client().updateSegmentTargeting(call(given))).error;
    const fromServer = (await client({ validate: false }).updateSegmentTargeting(call(given))).error;
    expect(fromClient?.source).toBe('client');
    expect(fromServer?.source).toBe('server');
    const { source: _a, attempts: _b, requestId: _c, ...clientSide } = fromClient!.toJSON();
    const { source: _d, attempts: _e, requestId: _f, ...serverSide } = fromServer!.toJSON();
    expect(clientSide).toEqual(serverSide);
  });

  it('a 415 through client.raw, which carries the token', async () => {
    const { error, response } = await client().raw.PUT('/external/{campaignId}/segments/{segmentId}/targeting', {
      params: { path: { campaignId: 12345, segmentId: 9876 } },
      body: { targeting: [{ code: 'os', values: ['ios'] }] },
      bodySerializer: (body) => JSON.stringify(body),
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(response.status).toBe(415);
    expect(error).toMatchObject({ error: 'unsupported media type' });
  });
});
