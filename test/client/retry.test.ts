/** Retries: only what is safe, with backoff and full jitter, honouring Retry-After, the body intact. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTargetingClient, type RetryEvent, type TargetingClientOptions } from '../../src/client/index.ts';
import { OK, VALID, fakeFetch, type Step } from './fake-fetch.ts';

const quick = { baseDelayMs: 1, maxDelayMs: 5 };
const client = (steps: Step[], options: Partial<TargetingClientOptions> = {}) => {
  const fake = fakeFetch(...steps);
  const events: RetryEvent[] = [];
  const retry = options.retry === false ? false : { ...quick, ...options.retry, onRetry: (e: RetryEvent) => events.push(e) };
  const c = createTargetingClient({ token: 'test-token', ...options, fetch: fake.fetch, retry });
  return { c, fake, events };
};
const status = (s: number, headers?: Record<string, string>): Step => ({ status: s, ...(headers ? { headers } : {}) });
const down: Step = { throws: new TypeError('fetch failed') };

afterEach(() => vi.restoreAllMocks());

describe('client retries', () => {
  const table: [string, { given: Step[]; options?: Partial<TargetingClientOptions>; want: { sent: number; result: string } }][] = [
    ['a network error, then 200', { given: [down, OK], want: { sent: 2, result: 'data' } }],
    ['408, then 200', { given: [status(408), OK], want: { sent: 2, result: 'data' } }],
    ['429, then 200', { given: [status(429), OK], want: { sent: 2, result: 'data' } }],
    ['502, then 200', { given: [status(502), OK], want: { sent: 2, result: 'data' } }],
    ['503, then 200', { given: [status(503), OK], want: { sent: 2, result: 'data' } }],
    ['504, then 200', { given: [status(504), OK], want: { sent: 2, result: 'data' } }],
    ['a timeout, then 200', { given: ['hang', OK], options: { timeoutMs: 30 }, want: { sent: 2, result: 'data' } }],
    ['503 always: 3 attempts by default', { given: [status(503)], want: { sent: 3, result: 'unavailable' } }],
    ['503 always, attempts: 5', { given: [status(503)], options: { retry: { attempts: 5 } }, want: { sent: 5, result: 'unavailable' } }],
    ['503 always, retry: false', { given: [status(503)], options: { retry: false }, want: { sent: 1, result: 'unavailable' } }],
    ['timeouts always', { given: ['hang'], options: { timeoutMs: 20 }, want: { sent: 3, result: 'timeout' } }],
    ['network errors always', { given: [down], want: { sent: 3, result: 'network error' } }],
    ['400: never retried', { given: [status(400), OK], want: { sent: 1, result: 'invalid request' } }],
    ['403: never retried', { given: [status(403), OK], want: { sent: 1, result: 'unauthorized' } }],
    ['404: never retried', { given: [status(404), OK], want: { sent: 1, result: 'not found' } }],
    ['413: never retried', { given: [status(413), OK], want: { sent: 1, result: 'payload too large' } }],
    ['415: never retried', { given: [status(415), OK], want: { sent: 1, result: 'unsupported media type' } }],
    ['500: not retried', { given: [status(500), OK], want: { sent: 1, result: 'unexpected response' } }],
  ];
  it.each(table)('%s', async (_name, { given, options, want }) => {
    const { c, fake, events } = client(given, options);
    const { data, error } = await c.updateSegmentTargeting(VALID);
    expect(data ? 'data' : error?.error).toBe(want.result);
    expect(fake.sent).toHaveLength(want.sent);
    expect(events.map((e) => e.attempt)).toEqual(Array.from({ length: want.sent - 1 }, (_, i) => i + 1));
    if (error) expect(error.attempts).toBe(error.source === 'server' || error.status === 0 ? want.sent : 0);
  });

  it('sends the same bytes and headers on every attempt', async () => {
    const { c, fake } = client([down, status(503), OK]);
    await c.updateSegmentTargeting({ ...VALID, targeting: [{ code: 'city', values: ['São Paulo (BR)', 'Tokyo (JP)'] }] });
    expect(fake.sent).toHaveLength(3);
    const [first, ...rest] = fake.sent;
    for (const s of rest) expect([s.method, s.url, s.headers, s.body]).toEqual([first!.method, first!.url, first!.headers, first!.body]);
    expect(JSON.parse(first!.body)).toEqual({ targeting: [{ code: 'city', values: ['São Paulo (BR)', 'Tokyo (JP)'] }] });
  });

  it('backs off exponentially with full jitter, up to maxDelayMs', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    const { c, fake, events } = client([status(503)], { retry: { attempts: 4, baseDelayMs: 40, maxDelayMs: 100 } });
    await c.updateSegmentTargeting(VALID);
    // min(100, 40 * 2^(n-1)) * 0.5 for n = 1, 2, 3
    expect(events.map((e) => e.delayMs)).toEqual([20, 40, 50]);
    const gaps = fake.sent.slice(1).map((s, i) => s.at - fake.sent[i]!.at);
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual(events[i]!.delayMs - 2));
  });

  it.each([
    ['Retry-After: 0 replaces the backoff', { header: '0', want: 0 }],
    ['Retry-After in seconds', { header: '1', want: 1000 }],
  ])('%s', async (_name, { header, want }) => {
    const { c, fake, events } = client([status(503, { 'Retry-After': header }), OK], { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const { data } = await c.updateSegmentTargeting(VALID);
    expect(data).toEqual({ segmentId: 9876 });
    expect(events.map((e) => e.delayMs)).toEqual([want]);
    expect(fake.sent[1]!.at - fake.sent[0]!.at).toBeGreaterThanOrEqual(want - 5);
  });

  it.each([
    ['in seconds', () => '30', 30_000],
    ['as an HTTP date', () => new Date(Date.now() + 40_000).toUTCString(), 40_000],
  ])('stops when Retry-After (%s) asks for more than maxDelayMs, and says when', async (_name, header, want) => {
    const { c, fake } = client([status(429, { 'Retry-After': header() }), OK], { retry: { maxDelayMs: 1000 } });
    const { error } = await c.updateSegmentTargeting(VALID);
    expect(fake.sent).toHaveLength(1);
    expect(error).toMatchObject({ status: 429, error: 'unavailable' });
    expect(error && 'retryAfterMs' in error ? error.retryAfterMs : undefined).toBeGreaterThan(want - 2000);
  });

  it('asks a token function before every attempt', async () => {
    let n = 0;
    const fake = fakeFetch(status(503), OK);
    const c = createTargetingClient({ token: async () => `rotated-token-${++n}`, fetch: fake.fetch, retry: quick });
    await c.updateSegmentTargeting(VALID);
    expect(fake.sent.map((s) => s.headers['authorization'])).toEqual(['Bearer rotated-token-1', 'Bearer rotated-token-2']);
  });
});
