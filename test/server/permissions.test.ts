/** The permission model of CONTRACT.md, one row per case, and the order of checks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../src/server/index.ts';
import { ORDER, PERMISSIONS } from './cases.ts';
import { put, specErrors } from './support.ts';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer();
});
afterAll(() => server.close());

describe('permissions', () => {
  it.each(PERMISSIONS)('%s', async (_name, { given, want: status }) => {
    const answer = await put(server.url, given);
    expect(answer.status).toBe(status);
    expect(specErrors(answer)).toEqual([]);
  });
});

describe('order of checks', () => {
  it.each(ORDER)('%s', async (_name, { given, want: [status, error] }) => {
    const before = server.state();
    const answer = await put(server.url, given);
    expect([answer.status, (answer.body as { error: string }).error]).toEqual([status, error]);
    expect(specErrors(answer)).toEqual([]);
    expect(server.state(), 'a rejected request changes nothing').toEqual(before);
  });
});
