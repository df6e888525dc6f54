/** `segment-targeting serve`: the banner's curl command works, options and failures, and signals. */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { ROOT } from '../support/spec.ts';
import { cli, fakeIo } from './support.ts';

/** Starts `serve` in-process; resolves once the banner is out, with a stop function. */
async function serve(argv: string[], env: Record<string, string> = {}) {
  const io = fakeIo({ env });
  const done = run(['serve', ...argv], io);
  for (let i = 0; i < 200 && !io.lines.out.some((l) => l.startsWith('Ctrl-C') || l.startsWith('No token')); i++) {
    if (io.lines.err.length > 0) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const url = /API {4}(http:\/\/\S+)/.exec(io.lines.out.join('\n'))?.[1];
  return { io, url, stop: async () => (io.stop(), done) };
}

/** Runs the banner's curl command with fetch: its URL, its headers and its -d body. */
async function runCurl(banner: string) {
  const command = banner.slice(banner.indexOf('curl ')).split('\n\n')[0]!;
  const url = /-X PUT (\S+)/.exec(command)![1]!;
  const headers = Object.fromEntries([...command.matchAll(/-H '([^:]+): ([^']+)'/g)].map((m) => [m[1]!, m[2]!]));
  const body = /-d '([^']+)'/.exec(command)![1]!;
  return fetch(url.replace('localhost', '127.0.0.1'), { method: 'PUT', headers, body });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('serve', () => {
  it('prints the URL, a token and a curl command that succeeds; logs each request; stops', async () => {
    const { io, url, stop } = await serve(['--port', '0']);
    const banner = io.lines.out.join('\n');
    expect(url).toMatch(/^http:\/\/localhost:\d+$/);
    expect(banner).toMatch(/Token {2}demo-advertiser-token/);
    const res = await runCurl(banner);
    expect([res.status, await res.json()]).toEqual([200, { segmentId: 9876 }]);
    expect(io.lines.out.at(-1)).toMatch(/^PUT \/external\/12345\/segments\/9876\/targeting 200 /);
    expect(await stop()).toBe(0);
    expect(io.lines.out.at(-1)).toBe('Stopped.');
  });

  it('takes the port from PORT, and --port over PORT', async () => {
    const port = await freePort();
    const a = await serve([], { PORT: String(port) });
    expect(a.url).toBe(`http://localhost:${port}`);
    await a.stop();
    const b = await serve(['--port', '0'], { PORT: 'not-a-port' });
    expect(b.url).toMatch(/^http:\/\/localhost:\d+$/);
    await b.stop();
  });

  it('serves a data file, and its curl command works too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'serve-'));
    const file = join(dir, 'data.json');
    const data = {
      campaigns: [{ id: 1, advertiserId: 5, appId: 2, segments: [{ id: 3, targeting: {} }] }],
      tokens: [{ token: 'read-only', advertiserId: 5, scopes: ['reporting'] }, { token: 'writer', advertiserId: 5, appId: 2, scopes: ['campaigns'] }],
    };
    await writeFile(file, JSON.stringify(data));
    const { io, stop } = await serve(['--port', '0', '--data', file, '--quiet']);
    const banner = io.lines.out.join('\n');
    expect(banner).toContain('Bearer writer');
    expect((await runCurl(banner)).status).toBe(200);
    await stop();
    await rm(dir, { recursive: true });
  });

  const FAILS: [string, { given: { argv: string[]; files?: string }; want: { code: number; err: RegExp } }][] = [
    ['a missing data file', { given: { argv: ['--data', '/nonexistent/data.json'] }, want: { code: 1, err: /Cannot read \/nonexistent\/data\.json/ } }],
    ['a bad port', { given: { argv: ['--port', '70000'] }, want: { code: 2, err: /--port must be an integer from 0 to 65535/ } }],
    ['an argument', { given: { argv: ['now'] }, want: { code: 2, err: /Unexpected argument: now/ } }],
  ];
  it.each(FAILS)('fails on %s', async (_name, { given, want }) => {
    const r = await cli(['serve', '--port', '0', ...given.argv]);
    expect(r.code).toBe(want.code);
    expect(r.err).toMatch(want.err);
  });

  it('fails on invalid data, naming each problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'serve-'));
    await writeFile(join(dir, 'd.json'), JSON.stringify({ campaigns: [{ id: 1, advertiserId: 1, segments: [{ id: 2, targeting: { gender: ['female'] } }] }], tokens: [] }));
    const r = await cli(['serve', '--port', '0', '--data', join(dir, 'd.json')]);
    expect([r.code, r.err]).toEqual([1, expect.stringContaining('/campaigns/0/segments/0/targeting/gender/0: Gender value not supported (did you mean "Female"?)')]);
    await rm(dir, { recursive: true });
  });

  it('fails when the port is taken', async () => {
    const { url, stop } = await serve(['--port', '0']);
    const r = await cli(['serve', '--port', url!.split(':')[2]!]);
    expect([r.code, r.err]).toEqual([1, expect.stringMatching(/is in use/)]);
    await stop();
  });

  it('the real command stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 20_000);
      child.stdout.on('data', () => out.includes('Ctrl-C') && (clearTimeout(timer), resolve()));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toMatch(/Stopping[\s\S]*Stopped\.\n$/);
  }, 30_000);
});
