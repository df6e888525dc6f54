/** An AbortSignal stops everything at once: before the call, during a request, during a wait. */
import { beforeAll, describe, expect, it } from 'vitest';
import { TargetingAbortedError, createTargetingClient } from '../../src/client/index.ts';
import { OK, VALID, fakeFetch, type Step } from './fake-fetch.ts';

type When = 'before the call' | 'once the request is sent' | 'as the wait before a retry starts';
const cases: [When, { given: Step[]; want: { sent: number; attempts: number } }][] = [
  ['before the call', { given: [OK], want: { sent: 0, attempts: 0 } }],
  ['once the request is sent', { given: ['hang'], want: { sent: 1, attempts: 1 } }],
  ['as the wait before a retry starts', { given: [{ status: 503, headers: { 'Retry-After': '5' } }, OK], want: { sent: 1, attempts: 1 } }],
];

describe('client abort', () => {
  // The first call imports the validator; load it first so that the timings below are the requests'.
  beforeAll(() => import('../../src/validator/index.ts'));

  it.each(cases)('aborted %s', async (when, { given, want }) => {
    const fake = fakeFetch(...given);
    const controller = new AbortController();
    const reason = new Error('user left the page');
    const abort = () => controller.abort(reason);
    if (when === 'before the call') abort();
    const client = createTargetingClient({
      token: 'test-token',
      timeoutMs: 10_000,
      retry: { onRetry: () => when === 'as the wait before a retry starts' && setTimeout(abort, 5) },
      fetch: (request) => {
        if (when === 'once the request is sent') setTimeout(abort, 5);
        return fake.fetch(request);
      },
    });
    const started = performance.now();
    const { error } = await client.updateSegmentTargeting({ ...VALID, signal: controller.signal });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(TargetingAbortedError);
    expect(error).toMatchObject({ status: 0, error: 'aborted', source: 'client', attempts: want.attempts });
    expect(error?.cause).toBe(reason);
    expect(fake.sent).toHaveLength(want.sent);
  });
});
