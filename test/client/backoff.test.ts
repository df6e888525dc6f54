import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter } from '../../src/client/backoff.ts';

const NOW = Date.parse('2030-01-01T00:00:00Z');

describe('Retry-After', () => {
  it.each([
    ['absent', { given: null, want: undefined }],
    ['seconds', { given: '120', want: 120_000 }],
    ['zero', { given: '0', want: 0 }],
    ['an HTTP date', { given: 'Tue, 01 Jan 2030 00:00:30 GMT', want: 30_000 }],
    ['a date in the past', { given: 'Mon, 31 Dec 2029 23:59:00 GMT', want: 0 }],
    ['garbage', { given: 'soon', want: undefined }],
    ['a negative number', { given: '-5', want: undefined }],
  ])('%s', (_name, { given, want }) => {
    expect(parseRetryAfter(given, NOW)).toBe(want);
  });
});

describe('backoff with full jitter', () => {
  it.each([
    ['first retry, top of the range', { given: [1, 100, 10_000, 0.999], want: 99 }],
    ['third retry', { given: [3, 100, 10_000, 0.5], want: 200 }],
    ['capped by maxDelayMs', { given: [10, 100, 1000, 0.5], want: 500 }],
    ['random 0 means no wait', { given: [4, 100, 10_000, 0], want: 0 }],
  ] as const)('%s', (_name, { given: [failed, base, max, r], want }) => {
    expect(backoffDelay(failed, base, max, () => r)).toBe(want);
  });
});
