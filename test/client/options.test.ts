/** Options that cannot work fail at once, when the client is created, not on the first call. */
import { describe, expect, it } from 'vitest';
import { createTargetingClient, type TargetingClientOptions } from '../../src/client/index.ts';

const base = { token: 'test-token' };
describe('client options', () => {
  it.each([
    ['a relative baseUrl', { ...base, baseUrl: '/api' }, TypeError],
    ['a timeout of 0', { ...base, timeoutMs: 0 }, RangeError],
    ['a negative timeout', { ...base, timeoutMs: -1 }, RangeError],
    ['no attempt at all', { ...base, retry: { attempts: 0 } }, RangeError],
    ['a fractional number of attempts', { ...base, retry: { attempts: 2.5 } }, RangeError],
    ['a negative delay', { ...base, retry: { baseDelayMs: -5 } }, RangeError],
  ] as [string, TargetingClientOptions, ErrorConstructor][])('refuses %s', (_name, options, kind) => {
    expect(() => createTargetingClient(options)).toThrow(kind);
  });

  it.each([
    ['the defaults', base],
    ['no timeout', { ...base, timeoutMs: Number.POSITIVE_INFINITY }],
    ['a single attempt', { ...base, retry: false }],
    ['a trailing slash', { ...base, baseUrl: 'http://localhost:4010/' }],
  ] as [string, TargetingClientOptions][])('accepts %s', (_name, options) => {
    expect(createTargetingClient(options).raw).toBeDefined();
  });
});
