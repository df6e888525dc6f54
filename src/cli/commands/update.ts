/** `segment-targeting update`: sends one update with the package's client (or shows it, `--dry-run`). */
import { createTargetingClient, REFERENCE_SERVER_URL } from '../../client/index.js';
import { TARGETING_PATH } from '../../server/route.js';
import type { UpdateSegmentTargetingRequest } from '../../types.js';
import { toErrorBody, validateIds, validateTargetingRequest } from '../../validator/index.js';
import { EXIT, parse, UsageError } from '../args.js';
import type { Command } from '../command.js';
import { formatProblems } from '../problems.js';
import { parseSets } from '../set-values.js';
import { style } from '../style.js';
import { readInput } from './validate.js';

export const TOKEN_ENV = 'SEGMENT_TARGETING_TOKEN';
export const BASE_URL_ENV = 'SEGMENT_TARGETING_BASE_URL';

export const update: Command = {
  name: 'update',
  summary: "update a segment's targeting (or show the request, --dry-run)",
  help: `Usage: segment-targeting update --campaign ID --segment ID (--file FILE | --set CODE=V1,V2 ...)
                              [--base-url URL] [--token TOKEN] [--dry-run] [--json]

Sends PUT /external/{campaignId}/segments/{segmentId}/targeting. Each code named
replaces that code's values; codes left out keep theirs; an empty list clears one.
The request is checked first, so a misspelt value never reaches the server.

Options:
  --campaign ID      the campaign
  --segment ID       the segment of that campaign
  --file FILE        the request body, a JSON file (- for standard input)
  --set CODE=V1,V2   the values of one code (repeatable); --set city= clears city
  --base-url URL     the server (default: $${BASE_URL_ENV}, else ${REFERENCE_SERVER_URL},
                     the reference server; the platform is https://aura-platform.isappcloud.com)
  --token TOKEN      the API token (default: $${TOKEN_ENV}; prefer the variable,
                     a command line is visible to other users)
  --dry-run          check the request and print it without sending it
  --json             print the result as JSON
  -h, --help         show this help

Exit status: 0 updated (or valid, with --dry-run), 1 invalid or refused by the
server, 2 usage error, 3 server unreachable or too slow.

Examples:
  segment-targeting update --campaign 12345 --segment 9876 --set gender=Female --set age=18-24,25-34
  SEGMENT_TARGETING_TOKEN=demo-advertiser-token segment-targeting update --campaign 12345 --segment 9876 --file body.json`,

  async run(args, io) {
    const { values: o } = parse(
      args,
      {
        campaign: { type: 'string' },
        segment: { type: 'string' },
        file: { type: 'string' },
        set: { type: 'string', multiple: true },
        'base-url': { type: 'string' },
        token: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
      },
      0,
    );
    if (o.campaign === undefined || o.segment === undefined) throw new UsageError('--campaign and --segment are required');
    if ((o.file === undefined) === (o.set === undefined)) throw new UsageError('Give either --file or --set (not both)');
    const s = style(io.color);
    const fail = (r: Parameters<typeof toErrorBody>[0]) => {
      if (o.json) io.out(JSON.stringify({ status: 400, source: 'client', ...toErrorBody(r) }));
      else for (const line of formatProblems(r, s)) io.err(line);
      return EXIT.FAILED;
    };

    const ids = validateIds(o.campaign, o.segment);
    if (!ids.valid) return fail(ids);
    let body: unknown;
    if (o.set) body = { targeting: parseSets(o.set) };
    else {
      const text = await readInput(o.file ?? '-', io);
      try {
        body = JSON.parse(text);
      } catch {
        throw new UsageError(`${o.file} is not JSON`);
      }
    }
    const request = validateTargetingRequest(body);
    if (!request.valid) return fail(request);

    const baseUrl = (o['base-url'] ?? io.env[BASE_URL_ENV] ?? REFERENCE_SERVER_URL).replace(/\/+$/, '');
    const { campaignId, segmentId } = ids.value;
    if (o['dry-run']) return dryRun(io, baseUrl, campaignId, segmentId, request.value, Boolean(o.json));

    const token = o.token ?? io.env[TOKEN_ENV];
    if (!token) throw new UsageError(`No token: set ${TOKEN_ENV} or pass --token`);
    let client;
    try {
      client = createTargetingClient({ token, baseUrl, retry: { attempts: 2 } });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    const result = await client.updateSegmentTargeting({ campaignId, segmentId, targeting: request.value.targeting });
    if (result.data) {
      if (o.json) io.out(JSON.stringify(result.data));
      else io.out(`${s.green('✓')} segment ${result.data.segmentId} of campaign ${campaignId} updated: ${describe(request.value)}`);
      return EXIT.OK;
    }
    const error = result.error;
    if (o.json) io.out(JSON.stringify(error.toJSON()));
    else {
      io.err(`${s.red('✗')} ${error.status > 0 ? `${error.status} ` : ''}${s.bold(error.message)} ${s.dim(`(${error.error})`)}`);
      if (error.details.length > 0) for (const line of formatProblems({ ...error, details: error.details }, s).slice(1)) io.err(line);
    }
    return error.status === 0 ? EXIT.UNREACHABLE : EXIT.FAILED;
  },
};

function describe(request: UpdateSegmentTargetingRequest): string {
  return request.targeting.map((e) => (e.values.length === 0 ? `${e.code} cleared` : `${e.code} = ${e.values.join(', ')}`)).join('; ');
}

function dryRun(io: Parameters<Command['run']>[1], baseUrl: string, campaignId: number, segmentId: number, body: UpdateSegmentTargetingRequest, json: boolean): number {
  const url = `${baseUrl}${TARGETING_PATH.replace('{campaignId}', String(campaignId)).replace('{segmentId}', String(segmentId))}`;
  if (json) io.out(JSON.stringify({ method: 'PUT', url, body }));
  else {
    io.out(`PUT ${url}`);
    io.out('Authorization: Bearer <token>');
    io.out('Content-Type: application/json');
    io.out('');
    io.out(JSON.stringify(body, null, 2));
  }
  return EXIT.OK;
}
