/** The data file: its shape is checked, problems are named by path, and it seeds the server. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReferenceData, demoData, ReferenceDataError, startReferenceServer } from '../../src/server/index.ts';
import { put } from './support.ts';

const campaign = (extra: object = {}) => ({ id: 1, advertiserId: 1, segments: [{ id: 2, targeting: {} }], ...extra });
const token = (extra: object = {}) => ({ token: 't', advertiserId: 1, scopes: ['campaigns'], ...extra });

const BAD: [string, unknown, string][] = [
  ['not an object', [], '/: must be an object'],
  ['no campaigns', { tokens: [] }, '/campaigns: must be an array'],
  ['unknown top-level property', { campaigns: [], tokens: [], users: [] }, '/users: unknown property'],
  ['campaign id not an integer', { campaigns: [campaign({ id: '1' })], tokens: [] }, '/campaigns/0/id: must be a positive integer'],
  ['campaign twice', { campaigns: [campaign(), campaign()], tokens: [] }, '/campaigns/1/id: campaign 1 appears twice'],
  ['segment twice', { campaigns: [campaign({ segments: [{ id: 2 }, { id: 2 }] })], tokens: [] }, '/campaigns/0/segments/1/id: segment 2 appears twice'],
  ['unknown code', { campaigns: [campaign({ segments: [{ id: 2, targeting: { country: ['US'] } }] })], tokens: [] }, '/campaigns/0/segments/0/targeting/country: unknown code'],
  [
    'misspelt value, with a suggestion',
    { campaigns: [campaign({ segments: [{ id: 2, targeting: { age: ['18-24', '55+'] } }] })], tokens: [] },
    '/campaigns/0/segments/0/targeting/age/1: Age value not supported (did you mean "55 +"?)',
  ],
  ['token with a space', { campaigns: [], tokens: [token({ token: 'a b' })] }, '/tokens/0/token: must be a non-empty string'],
  ['token twice', { campaigns: [], tokens: [token(), token()] }, '/tokens/1/token: appears twice'],
  ['unknown scope', { campaigns: [], tokens: [token({ scopes: ['campaign'] })] }, '/tokens/0/scopes/0: must be one of "campaigns", "reporting"'],
  ['appId not an integer', { campaigns: [], tokens: [token({ appId: 'x' })] }, '/tokens/0/appId: must be a positive integer'],
];

describe('checkReferenceData', () => {
  it.each(BAD)('rejects %s', (_name, data, problem) => {
    const thrown = (() => {
      try {
        checkReferenceData(data, 'data.json');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(ReferenceDataError);
    expect((thrown as ReferenceDataError).problems.join('\n')).toContain(problem);
    expect((thrown as Error).message).toMatch(/^data\.json is not valid reference data/);
  });

  it('accepts the demo data as it is', () => {
    expect(checkReferenceData(demoData())).toEqual(demoData());
  });

  it('normalises: a missing targeting is empty, codes in the spec order, empty lists dropped', () => {
    const data = { campaigns: [campaign({ segments: [{ id: 2 }, { id: 3, targeting: { os: ['ios'], age: ['13-17'], city: [] } }] })], tokens: [] };
    expect(checkReferenceData(data).campaigns[0]!.segments).toEqual([
      { id: 2, targeting: {} },
      { id: 3, targeting: { age: ['13-17'], os: ['ios'] } },
    ]);
  });
});

describe('startReferenceServer({ dataFile })', () => {
  it('serves the file and reports it unchanged as the state', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'data-'));
    const file = join(dir, 'data.json');
    const data = { campaigns: [{ id: 7, advertiserId: 3, appId: 4, segments: [{ id: 8, targeting: { dma: ['New York'] } }] }], tokens: [token({ token: 'mine', advertiserId: 3 })] };
    await writeFile(file, JSON.stringify(data));
    const server = await startReferenceServer({ dataFile: file });
    try {
      expect(server.state()).toEqual(data);
      const answer = await put(server.url, { token: 'mine', campaignId: 7, segmentId: 8, body: { targeting: [{ code: 'os', values: ['ios'] }] } });
      expect(answer.status).toBe(200);
      expect(server.state().campaigns[0]!.segments[0]!.targeting).toEqual({ os: ['ios'], dma: ['New York'] });
    } finally {
      await server.close();
      await rm(dir, { recursive: true });
    }
  });

  it('refuses a file that is not JSON, naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'data-'));
    const file = join(dir, 'broken.json');
    await writeFile(file, '{ "campaigns": [');
    await expect(startReferenceServer({ dataFile: file })).rejects.toThrow(/broken\.json is not valid reference data:\n {2}not JSON/);
    await rm(dir, { recursive: true });
  });
});
