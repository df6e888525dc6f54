/** `segment-targeting validate`: exit statuses and output, on the spec's own examples and by hand. */
import { describe, expect, it } from 'vitest';
import { bodyExamples } from '../support/spec.ts';
import { cli } from './support.ts';

const requests = bodyExamples().filter((e) => e.where === 'request');
const rejected = bodyExamples().filter((e) => e.example['x-request'] !== undefined);

describe('validate on the spec examples', () => {
  it.each(requests.map((e) => [e.name, e.example.value] as const))('request example %s is valid (exit 0)', async (_name, body) => {
    const r = await cli(['validate', 'body.json'], { files: { 'body.json': JSON.stringify(body) } });
    expect([r.code, r.out.split('\n')[0]]).toEqual([0, '✓ valid']);
  });

  it.each(rejected.map((e) => [e.name, e.example] as const))('the request of %s: exit 1, the 400 body as --json', async (_name, ex) => {
    const r = await cli(['validate', '-', '--json'], { stdin: JSON.stringify(ex['x-request']) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ valid: false, ...(ex.value as object) });
  });

  it.each(rejected.map((e) => [e.name, e.example] as const))('the request of %s: each problem, path and suggestion', async (_name, ex) => {
    const r = await cli(['validate'], { stdin: JSON.stringify(ex['x-request']) });
    expect(r.code).toBe(1);
    const { details } = ex.value as { details: { path: string; suggestions?: string[] }[] };
    for (const d of details) {
      expect(r.out).toContain(d.path);
      for (const s of d.suggestions ?? []) expect(r.out).toContain(JSON.stringify(s));
    }
  });
});

const CASES: [string, { given: { argv: string[]; stdin?: string; files?: Record<string, string> }; want: { code: number; out?: RegExp; err?: RegExp } }][] = [
  ['not JSON', { given: { argv: ['validate'], stdin: '{' }, want: { code: 1, out: /not valid JSON/ } }],
  ['valid, --json', { given: { argv: ['validate', '--json'], stdin: '{"targeting":[{"code":"os","values":["ios"]}]}' }, want: { code: 0, out: /^\{"valid":true,"request":\{"targeting"/ } }],
  ['a cleared code', { given: { argv: ['validate'], stdin: '{"targeting":[{"code":"city","values":[]}]}' }, want: { code: 0, out: /city {2}\(cleared\)/ } }],
  ['no input on a terminal', { given: { argv: ['validate'] }, want: { code: 2, err: /No input/ } }],
  ['a missing file', { given: { argv: ['validate', 'nope.json'] }, want: { code: 2, err: /Cannot read nope\.json: ENOENT/ } }],
  ['two files', { given: { argv: ['validate', 'a', 'b'], files: { a: '{}' } }, want: { code: 2, err: /Unexpected argument: b/ } }],
  ['an unknown option', { given: { argv: ['validate', '--yaml'] }, want: { code: 2, err: /Unknown option '--yaml'[\s\S]*validate --help/ } }],
  ['--help', { given: { argv: ['validate', '--help'] }, want: { code: 0, out: /^Usage: segment-targeting validate/ } }],
];

describe('validate, by hand', () => {
  it.each(CASES)('%s', async (_name, { given, want }) => {
    const r = await cli(given.argv, { ...(given.stdin === undefined ? {} : { stdin: given.stdin }), ...(given.files ? { files: given.files } : {}) });
    expect(r.code).toBe(want.code);
    if (want.out) expect(r.out).toMatch(want.out);
    if (want.err) expect(r.err).toMatch(want.err);
  });

  it('colours only when told to', async () => {
    const body = { stdin: '{"targeting":[{"code":"age","values":["55+"]}]}' };
    expect((await cli(['validate'], body)).out).not.toContain('\u001b[');
    expect((await cli(['validate'], { ...body, color: true })).out).toContain('\u001b[31m✗');
  });
});
