/** An invalid request gets the server's 400, from the validator, and never reaches the network. */
import { describe, expect, it } from 'vitest';
import { TargetingBadRequestError, createTargetingClient, type UpdateSegmentTargetingParams } from '../../src/client/index.ts';
import { OK, VALID, fakeFetch } from './fake-fetch.ts';

interface Want {
  error: string;
  path: string;
  suggestions?: string[];
}
const p = (patch: Record<string, unknown>) => ({ ...VALID, ...patch }) as unknown as UpdateSegmentTargetingParams;
const t = (...targeting: unknown[]) => p({ targeting });

const cases: [string, { given: UpdateSegmentTargetingParams; want: Want }][] = [
  ['age without its space', { given: t({ code: 'age', values: ['55+'] }), want: { error: 'invalid age group', path: '/targeting/0/values/0', suggestions: ['55 +'] } }],
  ['gender in lower case', { given: t({ code: 'gender', values: ['female'] }), want: { error: 'invalid gender', path: '/targeting/0/values/0', suggestions: ['Female'] } }],
  ['an unknown os', { given: t({ code: 'os', values: ['windows'] }), want: { error: 'invalid os', path: '/targeting/0/values/0' } }],
  ['an unknown device type', { given: t({ code: 'device_type', values: ['tv'] }), want: { error: 'invalid device type', path: '/targeting/0/values/0' } }],
  ['a city without its accent', { given: t({ code: 'city', values: ['Sao Paulo (BR)'] }), want: { error: 'invalid city', path: '/targeting/0/values/0', suggestions: ['São Paulo (BR)'] } }],
  ['an unknown code', { given: t({ code: 'country', values: ['US'] }), want: { error: 'invalid code', path: '/targeting/0/code' } }],
  ['a repeated code', { given: t({ code: 'os', values: ['ios'] }, { code: 'os', values: ['android'] }), want: { error: 'invalid combination', path: '/targeting/1/code' } }],
  ['no targeting', { given: p({ targeting: undefined }), want: { error: 'invalid request', path: '/targeting' } }],
  ['a campaign id of 0', { given: p({ campaignId: 0 }), want: { error: 'invalid ID', path: '/campaignId' } }],
  ['a fractional segment id', { given: p({ segmentId: 1.5 }), want: { error: 'invalid ID', path: '/segmentId' } }],
  ['a bad id before a bad body', { given: p({ campaignId: -1, targeting: [] }), want: { error: 'invalid ID', path: '/campaignId' } }],
];

describe('client pre-validation', () => {
  it.each(cases)('%s: a 400 from the client, nothing sent', async (_name, { given, want }) => {
    const fake = fakeFetch(OK);
    const { data, error } = await createTargetingClient({ token: 'test-token', fetch: fake.fetch }).updateSegmentTargeting(given);
    expect(data).toBeUndefined();
    expect(error).toBeInstanceOf(TargetingBadRequestError);
    expect(error).toMatchObject({ status: 400, error: want.error, source: 'client', attempts: 0 });
    expect(error?.details[0]?.path).toBe(want.path);
    if (want.suggestions) expect(error?.details[0]?.suggestions?.slice(0, want.suggestions.length)).toEqual(want.suggestions);
    expect(fake.sent).toHaveLength(0);
  });

  it('with validate: false, sends what it is given and reports the server 400', async () => {
    const body = { error: 'invalid age group', message: 'Age value not supported', details: [{ error: 'invalid age group', message: 'Age value not supported', path: '/targeting/0/values/0', value: '55+' }] };
    const fake = fakeFetch({ status: 400, body });
    const { error } = await createTargetingClient({ token: 'test-token', fetch: fake.fetch, validate: false }).updateSegmentTargeting(cases[0]![1].given);
    expect(fake.sent.map((s) => JSON.parse(s.body))).toEqual([{ targeting: [{ code: 'age', values: ['55+'] }] }]);
    expect(error).toMatchObject({ status: 400, error: 'invalid age group', source: 'server', attempts: 1, details: body.details });
  });

  it('sends the ids and body it checked, as JSON', async () => {
    const fake = fakeFetch(OK);
    const { data } = await createTargetingClient({ token: 'test-token', baseUrl: 'http://api.test/', fetch: fake.fetch }).updateSegmentTargeting(VALID);
    expect(data).toEqual({ segmentId: 9876 });
    expect(fake.sent).toMatchObject([
      {
        method: 'PUT',
        url: 'http://api.test/external/12345/segments/9876/targeting',
        headers: { 'content-type': 'application/json', authorization: 'Bearer test-token', accept: 'application/json' },
        body: JSON.stringify({ targeting: VALID.targeting }),
      },
    ]);
  });
});
