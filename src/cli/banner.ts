/**
 * What `serve` prints on start: where the server is, a token that works, and a curl command that
 * succeeds against the data being served.
 */
import type { ReferenceData } from '../server/index.js';
import { TARGETING_PATH } from '../server/route.js';
import type { UpdateSegmentTargetingRequest } from '../types.js';
import type { Style } from './style.js';

/** `#/components/examples/UpdateGender`, the platform's own example. */
const EXAMPLE_BODY = { targeting: [{ code: 'gender', values: ['Female'] }] } satisfies UpdateSegmentTargetingRequest;

/** A token, campaign and segment that CONTRACT.md's permission model lets through, if any. */
export function workingTriple(data: ReferenceData): { token: string; campaignId: number; segmentId: number } | undefined {
  for (const t of data.tokens) {
    if (!t.scopes.includes('campaigns')) continue;
    for (const c of data.campaigns) {
      if (c.advertiserId !== t.advertiserId || (t.appId !== undefined && t.appId !== c.appId)) continue;
      const segment = c.segments[0];
      if (segment) return { token: t.token, campaignId: c.id, segmentId: segment.id };
    }
  }
  return undefined;
}

/** The address to show: `localhost` for the loopback and wildcard addresses. */
export function displayUrl(host: string, port: number): string {
  const local = ['127.0.0.1', '::1', 'localhost', '0.0.0.0', '::'].includes(host);
  return `http://${local ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
}

export function banner(url: string, data: ReferenceData, source: string, docs: boolean, s: Style): string[] {
  const lines = [
    `${s.bold('segment-targeting reference server')} ${s.dim(`(${source})`)}`,
    `  ${s.dim('API  ')}  ${s.cyan(url)}  PUT ${TARGETING_PATH}`,
    `  ${s.dim('State')}  ${s.cyan(`${url}/_reference/state`)}`,
  ];
  if (docs) lines.push(`  ${s.dim('Docs ')}  ${s.cyan(`${url}/docs/`)}`);
  const triple = workingTriple(data);
  if (!triple) {
    lines.push('', s.yellow('No token in this data may update any segment (see CONTRACT.md, permission model).'));
    return lines;
  }
  const others = data.tokens.filter((t) => t.token !== triple.token).length;
  lines.push(
    `  ${s.dim('Token')}  ${s.green(triple.token)}${others > 0 ? s.dim(`  (and ${others} more: GET /_reference/state lists them)`) : ''}`,
    '',
    'Try it:',
    `  curl -X PUT ${url}${TARGETING_PATH.replace('{campaignId}', String(triple.campaignId)).replace('{segmentId}', String(triple.segmentId))} \\`,
    `    -H 'Authorization: Bearer ${triple.token}' \\`,
    `    -H 'Content-Type: application/json' \\`,
    `    -d '${JSON.stringify(EXAMPLE_BODY)}'`,
    '',
    s.dim('Ctrl-C stops the server. One line per request follows.'),
  );
  return lines;
}
