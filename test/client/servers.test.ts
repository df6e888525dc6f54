import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL, REFERENCE_SERVER_URL, createTargetingClient } from '../../src/client/index.ts';
import { spec } from '../support/spec.ts';

const servers = (spec as unknown as { servers: { url: string }[] }).servers;

describe('client servers', () => {
  it.each([
    ['DEFAULT_BASE_URL is #/servers/0', { given: DEFAULT_BASE_URL, want: servers[0]?.url }],
    ['REFERENCE_SERVER_URL is #/servers/1', { given: REFERENCE_SERVER_URL, want: servers[1]?.url }],
    ['the default baseUrl is the production server', { given: createTargetingClient({ token: 'test-token' }).baseUrl, want: servers[0]?.url }],
  ])('%s', (_name, { given, want }) => {
    expect(given).toBe(want);
  });
});
