/** Beyond the endpoint: routing, methods, the state route, the docs, the log, timeouts and closing. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADVERTISER_TOKEN, demoData, startReferenceServer, type ReferenceServer } from '../../src/server/index.ts';
import { jsonOf, open, raw, readAll } from './raw.ts';
import { put, targetingPath } from './support.ts';

let server: ReferenceServer;
let docs: string;
const lines: string[] = [];
beforeAll(async () => {
  docs = await mkdtemp(join(tmpdir(), 'docs-'));
  await writeFile(join(docs, 'index.html'), '<h1>Update Segment Targeting</h1>');
  await writeFile(join(docs, 'values.html'), '<h1>Values</h1>');
  server = await startReferenceServer({ docsDir: docs, log: (l) => lines.push(l), timeoutMs: 400 });
});
afterAll(async () => {
  await server.close();
  await rm(docs, { recursive: true });
});

const T = targetingPath(12345, 9876);
const ROUTES: [string, string, string, { status: number; allow?: string; type?: RegExp }][] = [
  ['unknown path', 'GET', '/nope', { status: 404, type: /json/ }],
  ['trailing slash', 'PUT', `${T}/`, { status: 404 }],
  ['the path without /targeting', 'PUT', '/external/12345/segments/9876', { status: 404 }],
  ['OpenAPI template taken literally', 'PUT', '/external/{campaignId}/segments/{segmentId}/targeting', { status: 403 }],
  ['GET on the operation', 'GET', T, { status: 405, allow: 'PUT' }],
  ['POST on the operation', 'POST', T, { status: 405, allow: 'PUT' }],
  ['PATCH on the operation', 'PATCH', T, { status: 405, allow: 'PUT' }],
  ['DELETE on the operation', 'DELETE', T, { status: 405, allow: 'PUT' }],
  ['OPTIONS on the operation', 'OPTIONS', T, { status: 405, allow: 'PUT' }],
  ['the state', 'GET', '/_reference/state', { status: 200, type: /json/ }],
  ['PUT on the state', 'PUT', '/_reference/state', { status: 405, allow: 'GET, HEAD' }],
  ['the index', 'GET', '/', { status: 200, type: /text\/plain/ }],
  ['/docs redirects', 'GET', '/docs', { status: 301 }],
  ['/docs/', 'GET', '/docs/', { status: 200, type: /text\/html/ }],
  ['a docs page', 'GET', '/docs/values.html', { status: 200, type: /text\/html/ }],
  ['a missing docs page', 'GET', '/docs/nope.html', { status: 404 }],
  ['POST to the docs', 'POST', '/docs/', { status: 405, allow: 'GET, HEAD' }],
];

describe('routes', () => {
  it.each(ROUTES)('%s: %s %s', async (_name, method, path, want) => {
    const res = await fetch(server.url + path, { method, redirect: 'manual' });
    expect(res.status).toBe(want.status);
    if (want.allow) expect(res.headers.get('allow')).toBe(want.allow);
    if (want.type) expect(res.headers.get('content-type')).toMatch(want.type);
    if (res.status >= 400) expect(Object.keys((await res.json()) as object).sort()).toEqual(['details', 'error', 'message']);
  });

  it.each(['/docs/../package.json', '/docs/%2e%2e/package.json', '/docs/..%2fpackage.json', '/docs/%00'])(
    'keeps %s inside the docs folder',
    async (path) => {
      const answer = await raw(server.port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(answer.status).toBe(404);
    },
  );

  it('answers 404 at /docs when there is no site', async () => {
    const bare = await startReferenceServer({ docsDir: join(docs, 'missing') });
    expect((await fetch(`${bare.url}/docs/`)).status).toBe(404);
    await bare.close();
  });

  it('returns the state in the data file shape', async () => {
    expect(await (await fetch(`${server.url}/_reference/state`)).json()).toEqual(server.state());
    expect(server.state().tokens).toEqual(demoData().tokens);
  });
});

describe('the log', () => {
  it('writes one line per request: method, path, status, duration; never a token or query', async () => {
    lines.length = 0;
    await fetch(`${server.url}${T}?access_token=${DEMO_ADVERTISER_TOKEN}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${DEMO_ADVERTISER_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ targeting: [{ code: 'os', values: ['ios'] }] }),
    });
    await put(server.url, { token: 'secret-token-123' });
    await new Promise((r) => setTimeout(r, 20));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^PUT \/external\/12345\/segments\/9876\/targeting 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/^PUT \/external\/12345\/segments\/9876\/targeting 403 \d+\.\dms$/);
    expect(lines.join('\n')).not.toMatch(/token|secret/);
  });
});

const HEAD = `PUT ${T} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${DEMO_ADVERTISER_TOKEN}\r\nContent-Type: application/json\r\n`;

describe('slow and broken senders', () => {
  it('answers 413 to a chunked body over 1 MiB without reading it all', async () => {
    const socket = await open(server.port);
    const answer = readAll(socket);
    socket.write(`${HEAD}Transfer-Encoding: chunked\r\n\r\n`);
    const chunk = ' '.repeat(256 * 1024);
    for (let i = 0; i < 5; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const { status, text } = await answer;
    expect(status).toBe(413);
    expect(jsonOf(text)).toMatchObject({ error: 'payload too large' });
  });

  it('answers 408 and closes when the body stops arriving', async () => {
    const socket = await open(server.port);
    const answer = readAll(socket, 3000);
    socket.write(`${HEAD}Content-Length: 100\r\n\r\n{"targeting":`);
    const { status, closed } = await answer;
    expect([status, closed]).toEqual([408, true]);
  });

  it('closes a connection whose headers never end', async () => {
    const socket = await open(server.port);
    const answer = readAll(socket, 4000);
    socket.write(`PUT ${T} HTTP/1.1\r\nHost: x\r\n`);
    expect((await answer).closed).toBe(true);
  });

  it('forgets a body cut short by a client that hangs up, and goes on', async () => {
    const socket = await open(server.port);
    const answer = readAll(socket, 3000);
    socket.write(`${HEAD}Content-Length: 50\r\n\r\n{"targeting":[`);
    socket.end();
    expect((await answer).closed).toBe(true);
    expect((await put(server.url)).status).toBe(200);
  });

  it('answers 400 to garbage that is not HTTP', async () => {
    expect((await raw(server.port, 'HELLO\r\n\r\n')).status).toBe(400);
  });
});

describe('closing', () => {
  it('lets an in-flight request finish, then stops', async () => {
    const s = await startReferenceServer({ timeoutMs: 5000 });
    const socket = await open(s.port);
    const answer = readAll(socket);
    const body = JSON.stringify({ targeting: [{ code: 'os', values: ['android'] }] });
    socket.write(`${HEAD}Content-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
    await new Promise((r) => setTimeout(r, 50));
    const closed = s.close();
    socket.write(body.slice(5));
    expect((await answer).status).toBe(200);
    await closed;
    await expect(fetch(s.url)).rejects.toThrow();
    expect(s.state().campaigns[0]!.segments[0]!.targeting).toEqual({ gender: ['Female'], os: ['android'] });
  });
});
