import { describe, expect, it } from 'vitest';
import { validateIds } from '../../src/validator/index.ts';

describe('validateIds', () => {
  it.each<[string, { given: [unknown, unknown]; want: { campaignId: number; segmentId: number } | string[] }]>([
    ['decimal strings', { given: ['12345', '9876'], want: { campaignId: 12345, segmentId: 9876 } }],
    ['numbers', { given: [1, 9007199254740991], want: { campaignId: 1, segmentId: 9007199254740991 } }],
    ['largest string', { given: ['9007199254740991', '1'], want: { campaignId: 9007199254740991, segmentId: 1 } }],
    ['zero', { given: ['0', '1'], want: ['/campaignId'] }],
    ['negative', { given: ['-1', '1'], want: ['/campaignId'] }],
    ['leading zero', { given: ['012', '1'], want: ['/campaignId'] }],
    ['plus sign', { given: ['+12', '1'], want: ['/campaignId'] }],
    ['fraction', { given: ['1.5', '1'], want: ['/campaignId'] }],
    ['exponent', { given: ['1e3', '1'], want: ['/campaignId'] }],
    ['hex', { given: ['0x10', '1'], want: ['/campaignId'] }],
    ['letters', { given: ['abc', '1'], want: ['/campaignId'] }],
    ['one past 2^53 - 1', { given: ['9007199254740992', '1'], want: ['/campaignId'] }],
    ['seventeen digits', { given: ['10000000000000000', '1'], want: ['/campaignId'] }],
    ['white space', { given: [' 12', '1'], want: ['/campaignId'] }],
    ['empty', { given: ['', '1'], want: ['/campaignId'] }],
    ['bad segment', { given: ['1', 'x'], want: ['/segmentId'] }],
    ['both bad', { given: ['x', 'y'], want: ['/campaignId', '/segmentId'] }],
    ['number with fraction', { given: [1.5, 1], want: ['/campaignId'] }],
    ['NaN', { given: [Number.NaN, 1], want: ['/campaignId'] }],
    ['undefined', { given: [undefined, 1], want: ['/campaignId'] }],
  ])('%s', (_name, { given, want }) => {
    const result = validateIds(...given);
    if (Array.isArray(want)) {
      expect(result.valid).toBe(false);
      if (result.valid) return;
      expect(result.error).toBe('invalid ID');
      expect(result.details.map((d) => d.path)).toEqual(want);
      expect(result.details.map((d) => d.message)).toEqual(
        want.map((p) => (p === '/campaignId' ? 'Campaign ID must be a positive integer' : 'Segment ID must be a positive integer')),
      );
    } else {
      expect(result).toEqual({ valid: true, value: want });
    }
  });
});
