/** `segment-targeting update`, against a reference server on a loopback port. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_ADVERTISER_TOKEN, DEMO_REPORTING_TOKEN, startReferenceServer, type ReferenceServer } from '../../src/server/index.ts';
import { cli } from './support.ts';

let server: ReferenceServer;
const requests: string[] = [];
beforeAll(async () => {
  server = await startReferenceServer({ log: (l) => requests.push(l) });
});
afterAll(() => server.close());
beforeEach(() => void (requests.length = 0));

const target = () => ['--base-url', server.url];
const segment = () => server.state().campaigns[0]!.segments[0]!.targeting;
const env = { SEGMENT_TARGETING_TOKEN: DEMO_ADVERTISER_TOKEN };
const IDS = ['update', '--campaign', '12345', '--segment', '9876'];

type Want = { code: number; out?: RegExp; err?: RegExp; sent: boolean };
const CASES: [string, { given: { argv: string[]; env?: Record<string, string>; files?: Record<string, string> }; want: Want }][] = [
  ['--set, token from the environment', { given: { argv: [...IDS, '--set', 'age=18-24,25-34'], env }, want: { code: 0, out: /✓ segment 9876 of campaign 12345 updated: age = 18-24, 25-34/, sent: true } }],
  ['--token', { given: { argv: [...IDS, '--set', 'os=ios', '--token', DEMO_ADVERTISER_TOKEN] }, want: { code: 0, sent: true } }],
  ['--file', { given: { argv: [...IDS, '--file', 'b.json'], env, files: { 'b.json': '{"targeting":[{"code":"os","values":["android"]}]}' } }, want: { code: 0, sent: true } }],
  ['--json', { given: { argv: [...IDS, '--set', 'os=ios', '--json'], env }, want: { code: 0, out: /^\{"segmentId":9876\}$/, sent: true } }],
  ['refused: reporting token', { given: { argv: [...IDS, '--set', 'os=ios', '--token', DEMO_REPORTING_TOKEN] }, want: { code: 1, err: /403 You lack permission/, sent: true } }],
  ['refused, --json', { given: { argv: [...IDS, '--set', 'os=ios', '--json'], env: { SEGMENT_TARGETING_TOKEN: 'nope' } }, want: { code: 1, out: /"status":403,"error":"unauthorized"/, sent: true } }],
  ['not found', { given: { argv: ['update', '--campaign', '99999', '--segment', '1', '--set', 'os=ios'], env }, want: { code: 1, err: /404/, sent: true } }],
  ['a misspelt value is not sent', { given: { argv: [...IDS, '--set', 'gender=female'], env }, want: { code: 1, err: /\/targeting\/0\/values\/0[\s\S]*did you mean "Female"/, sent: false } }],
  ['an unknown code is not sent', { given: { argv: [...IDS, '--set', 'country=US'], env }, want: { code: 1, err: /Unknown targeting code/, sent: false } }],
  ['a bad ID is not sent', { given: { argv: ['update', '--campaign', 'abc', '--segment', '1', '--set', 'os=ios'], env }, want: { code: 1, err: /Campaign ID must be a positive integer/, sent: false } }],
  ['--dry-run', { given: { argv: [...IDS, '--set', 'city=', '--dry-run'] }, want: { code: 0, out: /^PUT http:\/\/127\.0\.0\.1:\d+\/external\/12345\/segments\/9876\/targeting\nAuthorization: Bearer <token>/, sent: false } }],
  ['--dry-run --json', { given: { argv: [...IDS, '--set', 'city=', '--dry-run', '--json'] }, want: { code: 0, out: /"method":"PUT".*"body":\{"targeting":\[\{"code":"city","values":\[\]\}\]\}/, sent: false } }],
  ['no token', { given: { argv: [...IDS, '--set', 'os=ios'] }, want: { code: 2, err: /No token: set SEGMENT_TARGETING_TOKEN/, sent: false } }],
  ['both --file and --set', { given: { argv: [...IDS, '--set', 'os=ios', '--file', 'x'], env }, want: { code: 2, err: /either --file or --set/, sent: false } }],
  ['no --segment', { given: { argv: ['update', '--campaign', '1', '--set', 'os=ios'], env }, want: { code: 2, err: /--campaign and --segment are required/, sent: false } }],
  ['--set without =', { given: { argv: [...IDS, '--set', 'os'], env }, want: { code: 2, err: /--set takes CODE=VALUE/, sent: false } }],
  ['--help', { given: { argv: ['update', '--help'] }, want: { code: 0, out: /^Usage: segment-targeting update/, sent: false } }],
];

describe('update', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const r = await cli([...given.argv, ...(given.argv.includes('--help') ? [] : target())], {
      ...(given.env ? { env: given.env } : {}),
      ...(given.files ? { files: given.files } : {}),
    });
    expect(r.code, r.err).toBe(want.code);
    if (want.out) expect(r.out).toMatch(want.out);
    if (want.err) expect(r.err).toMatch(want.err);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(requests.length > 0, 'sent to the server').toBe(want.sent);
    if (!given.argv.includes('--help')) expect(`${r.out}\n${r.err}`).not.toContain(DEMO_ADVERTISER_TOKEN);
  });

  it('merges: repeated --set of a code add up, a comma inside a value is kept, CODE= clears', async () => {
    const argv = [...IDS, ...target(), '--set', 'dma=Albany, GA,New York', '--set', 'dma=Boston (Manchester)', '--set', 'gender='];
    expect((await cli(argv, { env })).code).toBe(0);
    expect(segment()).toMatchObject({ dma: ['Albany, GA', 'New York', 'Boston (Manchester)'] });
    expect(segment()).not.toHaveProperty('gender');
  });

  it('exits 3 when the server cannot be reached', async () => {
    const closed = await startReferenceServer();
    await closed.close();
    const r = await cli([...IDS, '--set', 'os=ios', '--base-url', closed.url], { env });
    expect([r.code, r.err]).toEqual([3, expect.stringMatching(/network error/)]);
  });

  it('takes the server from SEGMENT_TARGETING_BASE_URL', async () => {
    const r = await cli([...IDS, '--set', 'os=ios'], { env: { ...env, SEGMENT_TARGETING_BASE_URL: `${server.url}/` } });
    expect(r.code).toBe(0);
  });
});
