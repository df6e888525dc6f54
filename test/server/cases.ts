/**
 * The requests of the server tests, as tables, so that the same suite runs straight against the
 * server and through Prism's validation proxy (./prism.test.ts).
 */
import {
  DEMO_ADVERTISER_TOKEN as ADVERTISER,
  DEMO_APP_TOKEN as APP,
  DEMO_OTHER_ADVERTISER_TOKEN as OTHER,
  DEMO_REPORTING_TOKEN as REPORTING,
} from '../../src/server/index.ts';
import { bodyExamples, type Example } from '../support/spec.ts';
import type { Put } from './support.ts';

/** One row of a table: its name, the request, and what should come back. */
export type Case<W> = [string, { given: Put; want: W }];

const MIB = 1024 * 1024;
/** Valid JSON over 1 MiB (Prism re-serialises what it forwards, so white space would not do). */
const tooLarge = (body: object = { targeting: [] }) => JSON.stringify({ ...body, pad: 'x'.repeat(MIB) });

/** The request that produces each example of a response other than a 400. */
const CAUSES: Record<string, Put> = {
  SegmentUpdated: {},
  Unauthorized: { authorization: null },
  NotFound: { campaignId: 99999 },
  PayloadTooLarge: { body: tooLarge() },
  UnsupportedMediaType: { contentType: 'text/plain' },
};

/** Every example of a response in the spec, with the request that causes it. */
export const EXAMPLE_CASES: Case<{ status: number; body: unknown }>[] = bodyExamples()
  .filter((e) => e.where !== 'request')
  .map((e) => [`${e.where} ${e.name}`, { given: causeOf(e.where, e.name, e.example), want: { status: Number(e.where), body: e.example.value } }]);

function causeOf(status: string, name: string, ex: Example): Put {
  if (status !== '400') {
    const cause = CAUSES[name];
    if (!cause) throw new Error(`No request for the example ${name}: add one to CAUSES`);
    return cause;
  }
  return { ...(ex['x-request'] === undefined ? {} : { body: ex['x-request'] }), ...(ex['x-path-parameters'] ?? {}) };
}

/** The `invalid request` row names many causes; and the other rows once each, by hand. */
export const ERROR_ROWS: Case<{ status: number; error: string; path?: string }>[] = [
  ['not JSON', { given: { body: '{"targeting": [' }, want: { status: 400, error: 'invalid request', path: '' } }],
  ['empty body', { given: { body: '' }, want: { status: 400, error: 'invalid request', path: '' } }],
  ['not an object', { given: { body: [1, 2] }, want: { status: 400, error: 'invalid request', path: '' } }],
  ['targeting missing', { given: { body: {} }, want: { status: 400, error: 'invalid request' } }],
  ['targeting not an array', { given: { body: { targeting: 'age' } }, want: { status: 400, error: 'invalid request', path: '/targeting' } }],
  ['targeting empty', { given: { body: { targeting: [] } }, want: { status: 400, error: 'invalid request', path: '/targeting' } }],
  ['entry without values', { given: { body: { targeting: [{ code: 'age' }] } }, want: { status: 400, error: 'invalid request' } }],
  ['entry without code', { given: { body: { targeting: [{ values: ['ios'] }] } }, want: { status: 400, error: 'invalid request' } }],
  ['value not a string', { given: { body: { targeting: [{ code: 'os', values: [1] }] } }, want: { status: 400, error: 'invalid request', path: '/targeting/0/values/0' } }],
  ['unknown top-level property', { given: { body: { targeting: [{ code: 'os', values: ['ios'] }], extra: 1 } }, want: { status: 400, error: 'invalid request', path: '/extra' } }],
  ['too many entries', { given: { body: { targeting: Array.from({ length: 8 }, () => ({ code: 'os', values: ['ios'] })) } }, want: { status: 400, error: 'invalid request' } }],
  ['too many values', { given: { body: { targeting: [{ code: 'os', values: ['ios', 'android', 'ios'] }] } }, want: { status: 400, error: 'invalid request' } }],
  ['lower-case value', { given: { body: { targeting: [{ code: 'gender', values: ['female'] }] } }, want: { status: 400, error: 'invalid gender', path: '/targeting/0/values/0' } }],
  ['repeated value', { given: { body: { targeting: [{ code: 'os', values: ['ios', 'ios'] }] } }, want: { status: 400, error: 'invalid combination', path: '/targeting/0/values/1' } }],
  ['segment ID zero', { given: { segmentId: 0 }, want: { status: 400, error: 'invalid ID', path: '/segmentId' } }],
  ['campaign ID with leading zero', { given: { campaignId: '012345' }, want: { status: 400, error: 'invalid ID', path: '/campaignId' } }],
  ['campaign ID over 2^53 - 1', { given: { campaignId: '9007199254740992' }, want: { status: 400, error: 'invalid ID', path: '/campaignId' } }],
  ['campaign ID negative', { given: { campaignId: '-1' }, want: { status: 400, error: 'invalid ID', path: '/campaignId' } }],
  ['campaign ID a fraction', { given: { campaignId: '1.5' }, want: { status: 400, error: 'invalid ID', path: '/campaignId' } }],
  ['segment of another campaign', { given: { campaignId: 12346, segmentId: 9876 }, want: { status: 404, error: 'not found' } }],
  ['413 declared and sent', { given: { body: tooLarge() }, want: { status: 413, error: 'payload too large' } }],
  ['415 without Content-Type', { given: { contentType: null }, want: { status: 415, error: 'unsupported media type' } }],
  ['415 for form data', { given: { contentType: 'application/x-www-form-urlencoded' }, want: { status: 415, error: 'unsupported media type' } }],
  ['415 for another charset', { given: { contentType: 'application/json; charset=latin1' }, want: { status: 415, error: 'unsupported media type' } }],
  ['charset=utf-8 is JSON', { given: { contentType: 'application/json; charset=utf-8' }, want: { status: 200, error: '' } }],
  ['media type in capitals is JSON', { given: { contentType: 'Application/JSON' }, want: { status: 200, error: '' } }],
];

// Demo data: advertiser 1 owns 12345 (app 10; segments 9876, 9877) and 12346 (app 11; 9880);
// advertiser 2 owns 22222 (app 20; 5555).
export const PERMISSIONS: Case<number>[] = [
  ['no Authorization header', { given: { authorization: null }, want: 403 }],
  ['Basic scheme', { given: { authorization: 'Basic ZGVtbzpkZW1v' }, want: 403 }],
  ['Basic scheme with a known token', { given: { authorization: `Basic ${ADVERTISER}` }, want: 403 }],
  ['the token alone, no scheme', { given: { authorization: ADVERTISER }, want: 403 }],
  ['Bearer without a token', { given: { authorization: 'Bearer ' }, want: 403 }],
  ['unknown token', { given: { token: 'not-a-token' }, want: 403 }],
  ['token in the wrong case', { given: { token: ADVERTISER.toUpperCase() }, want: 403 }],
  ['scheme in lower case (schemes are case-insensitive)', { given: { authorization: `bearer ${ADVERTISER}` }, want: 200 }],
  ['reporting-only token', { given: { token: REPORTING }, want: 403 }],
  ['advertiser token, its campaign', { given: { token: ADVERTISER }, want: 200 }],
  ['advertiser token, its other app', { given: { token: ADVERTISER, campaignId: 12346, segmentId: 9880 }, want: 200 }],
  ['app token, its app', { given: { token: APP }, want: 200 }],
  ['app token, another app of its advertiser', { given: { token: APP, campaignId: 12346, segmentId: 9880 }, want: 403 }],
  ['app token, another advertiser', { given: { token: APP, campaignId: 22222, segmentId: 5555 }, want: 404 }],
  ['another advertiser', { given: { token: OTHER }, want: 404 }],
  ['another advertiser, its own campaign', { given: { token: OTHER, campaignId: 22222, segmentId: 5555 }, want: 200 }],
  ['advertiser token, another advertiser', { given: { token: ADVERTISER, campaignId: 22222, segmentId: 5555 }, want: 404 }],
  ['missing campaign', { given: { campaignId: 99999 }, want: 404 }],
  ['segment of another campaign', { given: { segmentId: 9880 }, want: 404 }],
  ['missing segment', { given: { segmentId: 1 }, want: 404 }],
];

const BAD_BODY = { targeting: [{ code: 'age', values: ['55+'] }] };
const BIG = tooLarge();

/** Two or more failures at once: the first check of CONTRACT.md's order answers. */
export const ORDER: Case<[number, string]>[] = [
  ['unknown token, bad ID, bad body, text/plain', { given: { token: 'nope', campaignId: 'x', body: BAD_BODY, contentType: 'text/plain' }, want: [403, 'unauthorized'] }],
  ['no token, body too large', { given: { authorization: null, body: BIG }, want: [403, 'unauthorized'] }],
  ['Basic scheme, missing campaign', { given: { authorization: 'Basic x', campaignId: 99999 }, want: [403, 'unauthorized'] }],
  ['bad ID, bad body', { given: { campaignId: 'abc', body: BAD_BODY }, want: [400, 'invalid ID'] }],
  ['bad ID, text/plain', { given: { segmentId: '0', contentType: 'text/plain' }, want: [400, 'invalid ID'] }],
  ['bad ID, body too large', { given: { campaignId: '1e3', body: BIG }, want: [400, 'invalid ID'] }],
  ['text/plain, bad JSON', { given: { contentType: 'text/plain', body: '{' }, want: [415, 'unsupported media type'] }],
  ['body too large and bad', { given: { body: tooLarge(BAD_BODY) }, want: [413, 'payload too large'] }],
  ['reporting token, bad body', { given: { token: REPORTING, body: BAD_BODY }, want: [400, 'invalid age group'] }],
  ['reporting token, text/plain', { given: { token: REPORTING, contentType: 'text/plain' }, want: [415, 'unsupported media type'] }],
  ['reporting token, missing campaign', { given: { token: REPORTING, campaignId: 99999 }, want: [403, 'unauthorized'] }],
  ['another advertiser, bad body', { given: { token: OTHER, body: BAD_BODY }, want: [400, 'invalid age group'] }],
  ['app token on another app, bad body', { given: { token: APP, campaignId: 12346, body: BAD_BODY }, want: [400, 'invalid age group'] }],
  ['app token on another advertiser, missing segment', { given: { token: APP, campaignId: 22222, segmentId: 1 }, want: [404, 'not found'] }],
  ['app token on another app, missing segment', { given: { token: APP, campaignId: 12346, segmentId: 1 }, want: [403, 'unauthorized'] }],
  ['missing campaign, missing segment', { given: { campaignId: 99999, segmentId: 1 }, want: [404, 'not found'] }],
];

