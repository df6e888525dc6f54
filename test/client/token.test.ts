/** The token goes in the Authorization header and nowhere else: not in an error, a message or a log. */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTargetingClient, type RetryEvent, type TargetingClientOptions } from '../../src/client/index.ts';
import { OK, VALID, fakeFetch, type Step } from './fake-fetch.ts';

const TOKEN = 'sk-live-5ecret-T0ken';
const everything = (value: unknown) => [inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value), String(value), (value as Error)?.stack].join('\n');

const failures: [string, { given: Step[]; options?: Partial<TargetingClientOptions>; abort?: boolean }][] = [
  ['a network error that quotes the request', { given: [{ throws: new TypeError(`fetch failed for Authorization: Bearer ${TOKEN}`, { cause: new Error(TOKEN) }) }] }],
  ['a 403', { given: [{ status: 403, body: { error: 'unauthorized', message: 'You lack permission to update this segment', details: [] } }] }],
  ['a 503 on every attempt', { given: [{ status: 503 }] }],
  ['a 500 whose body echoes the header', { given: [{ status: 500, body: `Authorization: Bearer ${TOKEN}` }] }],
  ['a timeout', { given: ['hang'], options: { timeoutMs: 10 } }],
  ['an abort', { given: ['hang'], abort: true }],
  ['a pre-validation error', { given: [OK], options: {} }],
];

describe('client token', () => {
  it.each(failures)('never shows the token: %s', async (name, { given, options, abort }) => {
    const events: RetryEvent[] = [];
    const fake = fakeFetch(...given);
    const client = createTargetingClient({ token: TOKEN, fetch: fake.fetch, ...options, retry: { baseDelayMs: 1, onRetry: (e) => events.push(e) } });
    const controller = new AbortController();
    if (abort) setTimeout(() => controller.abort(), 10);
    const targeting = name.includes('pre-validation') ? [{ code: 'age', values: ['55+'] }] : VALID.targeting;
    const { error } = await client.updateSegmentTargeting({ ...VALID, targeting: targeting as never, signal: controller.signal });
    expect(error).toBeDefined();
    expect(everything(error)).not.toContain(TOKEN);
    expect(everything(events)).not.toContain(TOKEN);
    expect(everything(client)).not.toContain(TOKEN);
  });

  it.each([
    ['empty', ''],
    ['with a space', 'abc def'],
    ['with a line break', 'abc\r\nX-Injected: 1'],
    ['not a string', 42],
  ])('refuses a token %s, without quoting it', (_name, token) => {
    expect(() => createTargetingClient({ token: token as string })).toThrow(TypeError);
    try {
      createTargetingClient({ token: token as string });
    } catch (error) {
      if (token !== '') expect(everything(error)).not.toContain(String(token));
    }
  });

  it('rejects with the error of a token function that throws', async () => {
    const mine = new Error('vault unreachable');
    const client = createTargetingClient({ token: () => Promise.reject(mine), fetch: fakeFetch(OK).fetch });
    await expect(client.updateSegmentTargeting(VALID)).rejects.toBe(mine);
  });

  it('rejects a token function whose token cannot be a header, without quoting it', async () => {
    const client = createTargetingClient({ token: () => `${TOKEN}\n`, fetch: fakeFetch(OK).fetch });
    const error = await client.updateSegmentTargeting(VALID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(everything(error)).not.toContain(TOKEN);
  });
});
