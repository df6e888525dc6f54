/**
 * The reference server against Prism's mock of the same spec (`prism mock`), on loopback, same
 * request mix, in one run: requests per second and latency, with autocannon. Each server runs
 * in its own process (as users run them) with request logging off; the rounds alternate.
 * Writes the "Reference server" section of bench/RESULTS.md.
 *   npm run bench:server [-- --seconds 8 --rounds 3 --connections 10]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ROOT } from '../test/support/spec.ts';
import { sequentialLatency } from './server/latency.ts';
import { MIX } from './server/mix.ts';
import { machine, median, writeSection } from './results.ts';

const { values: args } = parseArgs({
  options: { seconds: { type: 'string', default: '8' }, rounds: { type: 'string', default: '3' }, connections: { type: 'string', default: '10' } },
});
const SECONDS = Number(args.seconds);
const ROUNDS = Number(args.rounds);
const CONNECTIONS = Number(args.connections);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

interface Contestant {
  name: string;
  command: string;
  start(port: number): ChildProcess;
}

const CONTESTANTS: Contestant[] = [
  {
    name: 'segment-targeting reference server',
    command: 'segment-targeting serve --quiet',
    start: (port) => spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'serve', '--quiet', '--port', String(port)], { stdio: 'ignore' }),
  },
  {
    name: 'Prism mock (@stoplight/prism-cli 5.16.0)',
    command: 'prism mock src/generated/openapi.json -v silent',
    start: (port) =>
      spawn(join(ROOT, 'node_modules/.bin/prism'), ['mock', join(ROOT, 'src/generated/openapi.json'), '--port', String(port), '-h', '127.0.0.1', '-v', 'silent'], { stdio: 'ignore' }),
  },
];

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not come up`);
}

interface Round {
  rps: number;
  mean: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
}

async function round(url: string, seconds: number): Promise<Round> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, requests: MIX });
  const statuses: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(r.statusCodeStats ?? {})) statuses[code] = count;
  return { rps: r.requests.average, mean: (CONNECTIONS / r.requests.average) * 1000, p50: r.latency.p50, p99: r.latency.p99, statuses, errors: r.errors + r.timeouts };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const running = await Promise.all(
    CONTESTANTS.map(async (c) => {
      const port = await freePort();
      const child = c.start(port);
      const url = `http://127.0.0.1:${port}`;
      await waitFor(url);
      await round(url, 2); // warm-up
      return { ...c, child, url, rounds: [] as Round[], alone: { p50: NaN, p99: NaN } };
    }),
  );
  try {
    for (let i = 0; i < ROUNDS; i++) {
      for (const c of running) {
        const r = await round(c.url, SECONDS);
        c.rounds.push(r);
        console.log(`${c.name}: round ${i + 1}: ${fmt(r.rps)} req/s, mean ${fmt(r.mean, 2)} ms, p50 ${r.p50} ms, p99 ${r.p99} ms, ${JSON.stringify(r.statuses)}`);
      }
    }
    for (const c of running) c.alone = await sequentialLatency(c.url, 200);
  } finally {
    for (const c of running) c.child.kill('SIGTERM');
  }
  const [ours, prism] = running.map((c) => ({
    name: c.name,
    command: c.command,
    rps: median(c.rounds.map((r) => r.rps)),
    mean: median(c.rounds.map((r) => r.mean)),
    p50: median(c.rounds.map((r) => r.p50)),
    p99: median(c.rounds.map((r) => r.p99)),
    alone: c.alone,
    statuses: c.rounds.at(-1)!.statuses,
    errors: c.rounds.reduce((n, r) => n + r.errors, 0),
  })) as [Summary, Summary];
  const md = `## Reference server

${await machine()}. Reproduce: \`npm run bench:server\` (autocannon, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s each after a 2 s warm-up; medians of the rounds).
Each server runs in its own process on 127.0.0.1, request logging off; autocannon runs in the bench process, on the same 2 cores.

Request mix, in turn on every connection: ${MIX.map((m) => m.name).join('; ')}.

| server | requests/s | under load: mean, p99 latency, ms | one at a time: p50, p99 latency, ms | statuses (last round) | errors |
| --- | ---: | ---: | ---: | --- | ---: |
${[ours, prism].map((s) => `| ${s.name} (\`${s.command}\`) | ${fmt(s.rps)} | ${fmt(s.mean, 2)}, ${s.p99} | ${fmt(s.alone.p50, 3)}, ${fmt(s.alone.p99, 3)} | ${Object.entries(s.statuses).map(([k, v]) => `${k}: ${fmt(v)}`).join(', ')} | ${s.errors} |`).join('\n')}

Reference server ÷ Prism: **${fmt(ours.rps / prism.rps, 1)}×** the throughput; one request at a time, Prism's median
latency is ${fmt(prism.alone.p50 / ours.alone.p50, 1)}× ours. Under load the mean latency is connections ÷ throughput and p99 is
autocannon's (whole milliseconds); "one at a time" is ${200 * MIX.length} requests of the mix in turn over one kept-alive connection
(node:http, timed with \`performance.now()\`).
The two do not answer alike: the reference server checks tokens and permissions, keeps state
and answers 200/400/403/404 as CONTRACT.md says; Prism answers the spec's examples (401 for the
missing token, 200 for the missing campaign) and keeps nothing.`;
  writeSection('server', md);
  console.log(`\n${md}`);
}

interface Summary {
  name: string;
  command: string;
  rps: number;
  mean: number;
  p50: number;
  p99: number;
  alone: { p50: number; p99: number };
  statuses: Record<string, number>;
  errors: number;
}

await main();
