/**
 * Every row of CONTRACT.md's error table, over HTTP: the spec's own examples (each 400 example
 * carries the request that causes it) must come back exactly, and every answer matches its schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReferenceServer, type ReferenceServer } from '../../src/server/index.ts';
import { ERROR_ROWS, EXAMPLE_CASES } from './cases.ts';
import { put, specErrors } from './support.ts';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer();
});
afterAll(() => server.close());

describe('the spec examples, as answers', () => {
  it.each(EXAMPLE_CASES)('%s', async (_name, { given, want }) => {
    const answer = await put(server.url, given);
    expect(answer.status).toBe(want.status);
    expect(answer.body).toEqual(want.body);
    expect(specErrors(answer)).toEqual([]);
  });
});

describe('the error table, case by case', () => {
  it.each(ERROR_ROWS)('%s', async (_name, { given, want }) => {
    const answer = await put(server.url, given);
    expect(answer.status).toBe(want.status);
    expect(specErrors(answer)).toEqual([]);
    if (want.status === 200) return;
    const body = answer.body as { error: string; details: { path: string }[] };
    expect(body.error).toBe(want.error);
    if (want.path !== undefined) expect(body.details[0]?.path).toBe(want.path);
  });
});
