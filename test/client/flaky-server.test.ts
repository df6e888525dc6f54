/** The client over real HTTP against a tiny flaky node:http server: resets, 503s, silence. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createTargetingClient } from '../../src/client/index.ts';
import { VALID } from './fake-fetch.ts';

type Behaviour = 'reset' | '503' | 'silent' | 'ok';
interface Received {
  readonly body: string;
  readonly authorization: string | undefined;
  closedEarly: boolean;
}

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** Plays `script` one request at a time (the last repeats) and records what arrived. */
async function flaky(...script: Behaviour[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    const entry: Received = { body, authorization: req.headers.authorization, closedEarly: false };
    received.push(entry);
    res.once('close', () => (entry.closedEarly = !res.writableFinished));
    const behaviour = script[Math.min(received.length - 1, script.length - 1)];
    if (behaviour === 'reset') req.socket.destroy();
    else if (behaviour === '503') res.writeHead(503, { 'Retry-After': '0', 'Content-Type': 'text/plain' }).end('busy');
    else if (behaviour === 'ok') res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ segmentId: 9876 }));
    // 'silent': never answers.
  };
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe('client against a flaky server', () => {
  it('gets through a reset and a 503, sending the same body each time', async () => {
    const { url, received } = await flaky('reset', '503', 'ok');
    const client = createTargetingClient({ token: 'test-token', baseUrl: url, retry: { baseDelayMs: 5 } });
    const { data } = await client.updateSegmentTargeting(VALID);
    expect(data).toEqual({ segmentId: 9876 });
    expect(received.map((r) => [r.body, r.authorization])).toEqual(Array(3).fill([JSON.stringify({ targeting: VALID.targeting }), 'Bearer test-token']));
  });

  it('times out each attempt and closes the connection it gave up on', async () => {
    const { url, received } = await flaky('silent');
    const client = createTargetingClient({ token: 'test-token', baseUrl: url, timeoutMs: 100, retry: { attempts: 2, baseDelayMs: 5 } });
    const started = performance.now();
    const { error } = await client.updateSegmentTargeting(VALID);
    expect(error).toMatchObject({ status: 0, error: 'timeout', attempts: 2, message: 'No response within 100 ms on any of 2 attempts' });
    expect(performance.now() - started).toBeLessThan(1000);
    await expect.poll(() => received.map((r) => r.closedEarly)).toEqual([true, true]);
  });

  it('stops a request in flight when the signal aborts', async () => {
    const { url, received } = await flaky('silent');
    const client = createTargetingClient({ token: 'test-token', baseUrl: url });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { error } = await client.updateSegmentTargeting({ ...VALID, signal: controller.signal });
    expect(error).toMatchObject({ error: 'aborted', attempts: 1 });
    await expect.poll(() => received.map((r) => r.closedEarly)).toEqual([true]);
  });

  it('reports a refused connection as a network error', async () => {
    const { url } = await flaky('ok');
    await new Promise((resolve) => server!.close(resolve));
    const client = createTargetingClient({ token: 'test-token', baseUrl: url, retry: { attempts: 2, baseDelayMs: 1 } });
    const { error } = await client.updateSegmentTargeting(VALID);
    expect(error).toMatchObject({ status: 0, error: 'network error', source: 'client', attempts: 2 });
    expect(error?.message).toMatch(/^Could not reach the server in 2 attempts: fetch failed \(.*ECONNREFUSED.*\)$/);
  });
});
