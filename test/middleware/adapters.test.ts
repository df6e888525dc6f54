/**
 * The server-side adapter in the three places the README shows it: plain node:http, Express and
 * Fastify, each a real server on a loopback port, called over HTTP.
 */
import express from 'express';
import Fastify from 'fastify';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTargetingRequest, readTargetingRequest, targetingMiddleware, TOO_LARGE } from '../../src/middleware/index.ts';
import { validateValidationError } from '../../src/generated/validators.ts';

type Start = () => Promise<{ url: string; close: () => Promise<void> }>;

const listen = (server: Server) =>
  new Promise<{ url: string; close: () => Promise<void> }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });

const servers: Record<string, Start> = {
  'node:http': () =>
    listen(
      createServer(async (req, res) => {
        const checked = await readTargetingRequest(req, res);
        if (!checked) return;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ segmentId: checked.segmentId, seen: checked.body }));
      }),
    ),
  express: async () => {
    const app = express();
    app.use(targetingMiddleware());
    app.put('/external/:campaignId/segments/:segmentId/targeting', (req, res) => {
      const { segmentId, body } = (req as unknown as { targeting: { segmentId: number; body: unknown } }).targeting;
      res.json({ segmentId, seen: body });
    });
    return listen(createServer(app));
  },
  fastify: async () => {
    const app = Fastify();
    // Keep the body as text: the contract's 400 covers JSON that does not parse.
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    app.removeContentTypeParser('text/plain');
    app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    // Fastify refuses a body over its bodyLimit (1 MiB) itself: answer it in the contract's words.
    app.setErrorHandler((error: { statusCode?: number }, _request, reply) =>
      error.statusCode === 413 ? reply.code(413).send(TOO_LARGE.body) : reply.send(error),
    );
    app.put<{ Params: { campaignId: string; segmentId: string } }>('/external/:campaignId/segments/:segmentId/targeting', async (request, reply) => {
      const checked = checkTargetingRequest({ ...request.params, body: request.body, contentType: request.headers['content-type'] });
      if (!checked.ok) return reply.code(checked.status).send(checked.body);
      return { segmentId: checked.segmentId, seen: checked.body };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
  },
};

const good = JSON.stringify({ targeting: [{ code: 'gender', values: ['Female'] }] });
const cases: [string, { path: string; body: string; type?: string; status: number; error?: string }][] = [
  ['a valid request', { path: '/external/12345/segments/9876/targeting', body: good, status: 200 }],
  ['a bad value', { path: '/external/1/segments/2/targeting', body: JSON.stringify({ targeting: [{ code: 'age', values: ['55+'] }] }), status: 400, error: 'invalid age group' }],
  ['a bad campaign ID', { path: '/external/abc/segments/2/targeting', body: good, status: 400, error: 'invalid ID' }],
  ['JSON that does not parse', { path: '/external/1/segments/2/targeting', body: '{"targeting":', status: 400, error: 'invalid request' }],
  ['a body that is not JSON', { path: '/external/1/segments/2/targeting', body: 'gender=Female', type: 'text/plain', status: 415, error: 'unsupported media type' }],
  ['a body over 1 MiB', { path: '/external/1/segments/2/targeting', body: JSON.stringify({ targeting: [], pad: 'x'.repeat(1_100_000) }), status: 413, error: 'payload too large' }],
];

describe.each(Object.entries(servers))('adapter in %s', (_name, start) => {
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    server = await start();
  });
  afterAll(() => server.close());

  it.each(cases)('%s', async (_case, { path, body, type, status, error }) => {
    const res = await fetch(`${server.url}${path}`, { method: 'PUT', body, headers: { 'content-type': type ?? 'application/json' } });
    const json = (await res.json()) as { error?: string; segmentId?: number };
    expect(res.status).toBe(status);
    if (error) expect(json.error).toBe(error);
    if (status === 400) expect(validateValidationError(json)).toBe(true);
    if (status === 200) expect(json).toEqual({ segmentId: Number(path.split('/')[4]), seen: JSON.parse(body) });
  });
});
