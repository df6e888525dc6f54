/** Merge semantics: named codes replaced, omitted codes kept, an empty list clears; all or nothing. */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEMO_CAMPAIGN_ID, DEMO_SEGMENT_ID, startReferenceServer, type ReferenceServer } from '../../src/server/index.ts';
import { put } from './support.ts';

let server: ReferenceServer;
beforeEach(async () => {
  server = await startReferenceServer(); // demo segment 9876 starts at { gender: ['Female'] }
});
afterEach(() => server.close());

const segment = (s: ReferenceServer, id = DEMO_SEGMENT_ID) =>
  s.state().campaigns.find((c) => c.id === DEMO_CAMPAIGN_ID)!.segments.find((x) => x.id === id)!.targeting;

type Entry = { code: string; values: string[] };
const CASES: [string, { given: Entry[][]; want: Record<string, string[]> }][] = [
  ['an omitted code keeps its values', { given: [[{ code: 'age', values: ['18-24'] }]], want: { age: ['18-24'], gender: ['Female'] } }],
  ['a named code is replaced', { given: [[{ code: 'gender', values: ['Male', 'Other'] }]], want: { gender: ['Male', 'Other'] } }],
  ['an empty list clears the code', { given: [[{ code: 'gender', values: [] }]], want: {} }],
  ['clearing a code that is not set', { given: [[{ code: 'city', values: [] }]], want: { gender: ['Female'] } }],
  [
    'several codes at once, values in the order sent',
    {
      given: [[{ code: 'os', values: ['ios', 'android'] }, { code: 'dma', values: ['New York'] }, { code: 'gender', values: [] }]],
      want: { os: ['ios', 'android'], dma: ['New York'] },
    },
  ],
  [
    'requests accumulate',
    {
      given: [[{ code: 'city', values: ['Tokyo (JP)'] }], [{ code: 'state', values: ['Ontario (CA)'] }], [{ code: 'city', values: ['São Paulo (BR)'] }]],
      want: { gender: ['Female'], city: ['São Paulo (BR)'], state: ['Ontario (CA)'] },
    },
  ],
];

it.each(CASES)('%s', async (_name, { given, want }) => {
  for (const targeting of given) expect((await put(server.url, { body: { targeting } })).status).toBe(200);
  expect(segment(server)).toEqual(want);
});

it('a request with one bad entry changes nothing', async () => {
  const body = { targeting: [{ code: 'age', values: ['18-24'] }, { code: 'gender', values: ['female'] }] };
  expect((await put(server.url, { body })).status).toBe(400);
  expect(segment(server)).toEqual({ gender: ['Female'] });
});

it('touches only the segment it names', async () => {
  const before = server.state();
  await put(server.url, { body: { targeting: [{ code: 'os', values: ['ios'] }] } });
  const after = server.state();
  expect(segment(server, 9877)).toEqual({});
  expect(after.campaigns.slice(1)).toEqual(before.campaigns.slice(1));
  expect(after.tokens).toEqual(before.tokens);
});

it('answers 200 with the segmentId, as a number', async () => {
  expect((await put(server.url, { segmentId: '9877' })).body).toEqual({ segmentId: 9877 });
});
