/** `segment-targeting values`: list and search a code's values. */
import { describe, expect, it } from 'vitest';
import { AGE_VALUES } from '../../src/generated/values/age.ts';
import { STATE_VALUES } from '../../src/generated/values/state.ts';
import { cli } from './support.ts';

const CASES: [string, { given: string[]; want: { code: number; out?: RegExp; err?: RegExp; lines?: number } }][] = [
  ['every age', { given: ['values', 'age'], want: { code: 0, lines: AGE_VALUES.length, out: /^13-17\n18-24\n/ } }],
  ['every state', { given: ['values', 'state'], want: { code: 0, lines: STATE_VALUES.length } }],
  ['--limit when listing', { given: ['values', 'state', '--limit', '3'], want: { code: 0, lines: 3 } }],
  ['a DMA by number', { given: ['values', 'dma', '501'], want: { code: 0, out: /^New York\s+dmaCode 501/ } }],
  ['a city without accents', { given: ['values', 'city', 'sao paulo', '--limit', '1'], want: { code: 0, out: /^São Paulo \(BR\)/, lines: 1 } }],
  ['a state by ISO code', { given: ['values', 'state', 'CA-ON', '--limit', '1'], want: { code: 0, out: /^Ontario \(CA\)/ } }],
  ['an age with the space left out', { given: ['values', 'age', '55+'], want: { code: 0, out: /^55 \+$/m } }],
  ['no match', { given: ['values', 'os', 'windows'], want: { code: 1, err: /No os value matches "windows"/ } }],
  ['an unknown code, with a suggestion', { given: ['values', 'devic'], want: { code: 2, err: /Unknown code "devic": did you mean device_type\?/ } }],
  ['no code', { given: ['values'], want: { code: 2, err: /Missing CODE/ } }],
  ['a bad --limit', { given: ['values', 'age', '--limit', '0'], want: { code: 2, err: /--limit must be an integer/ } }],
  ['--help', { given: ['values', '-h'], want: { code: 0, out: /^Usage: segment-targeting values CODE/ } }],
];

describe('values', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const r = await cli(given);
    expect(r.code).toBe(want.code);
    if (want.out) expect(r.out).toMatch(want.out);
    if (want.err) expect(r.err).toMatch(want.err);
    if (want.lines !== undefined) expect(r.out.split('\n')).toHaveLength(want.lines);
  });

  it('--json gives the values with their metadata', async () => {
    const r = await cli(['values', 'dma', 'new york', '--limit', '1', '--json']);
    expect(JSON.parse(r.out)).toEqual([{ value: 'New York', dmaCode: 501, country: 'US' }]);
  });
});
