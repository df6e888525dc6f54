/**
 * Latency without load, to the microsecond (autocannon's histogram counts whole milliseconds):
 * the mix sent one request at a time over one kept-alive connection.
 */
import { Agent, request } from 'node:http';
import { median } from '../results.ts';
import { MIX } from './mix.ts';

function once(agent: Agent, url: string, r: (typeof MIX)[number]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url + r.path, { method: r.method, headers: { ...r.headers, 'content-length': Buffer.byteLength(r.body) }, agent });
    req.on('response', (res) => res.resume().on('end', () => resolve(performance.now() - started)));
    req.on('error', reject);
    req.end(r.body);
  });
}

/** Median and 99th percentile, in ms, of `rounds` passes over the mix. */
export async function sequentialLatency(url: string, rounds: number): Promise<{ p50: number; p99: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  try {
    for (let i = 0; i < rounds; i++) for (const r of MIX) times.push(await once(agent, url, r));
  } finally {
    agent.destroy();
  }
  times.sort((a, b) => a - b);
  return { p50: median(times), p99: times[Math.floor(times.length * 0.99)]! };
}
