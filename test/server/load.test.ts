/**
 * Load and faults: 1,000 concurrent updates from many clients to one segment, and malformed,
 * huge, slow and cut-off requests alongside them. No 5xx, no lost or torn update, no crash.
 */
import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_VALUES } from '../../src/generated/values/city.ts';
import { DMA_VALUES } from '../../src/generated/values/dma.ts';
import { STATE_VALUES } from '../../src/generated/values/state.ts';
import { DEMO_ADVERTISER_TOKEN, startReferenceServer, type ReferenceServer, type ReferenceTargeting } from '../../src/server/index.ts';
import { open, readAll } from './raw.ts';
import { put, specErrors, targetingPath } from './support.ts';

let server: ReferenceServer;
beforeAll(async () => {
  server = await startReferenceServer({ timeoutMs: 1000 });
});
afterAll(() => server.close());

const PATH = targetingPath(12345, 9876);
const segmentOf = (s: ReferenceServer) => s.state().campaigns[0]!.segments[0]!.targeting;

/** One HTTP client with its own connections. */
function send(agent: Agent, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${PATH}`, {
      method: 'PUT',
      agent,
      headers: { authorization: `Bearer ${DEMO_ADVERTISER_TOKEN}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    req.on('response', (res) => res.resume().on('end', () => resolve(res.statusCode ?? 0)));
    req.on('error', reject);
    req.end(body);
  });
}

type Code = 'city' | 'dma' | 'state';
const LISTS: Record<Code, readonly string[]> = { city: CITY_VALUES, dma: DMA_VALUES, state: STATE_VALUES };
const SUBSETS: Code[][] = [['city'], ['dma'], ['state'], ['city', 'dma'], ['city', 'state'], ['dma', 'state'], ['city', 'dma', 'state']];

/** Request `i` sets its codes to values no other request sends, so the final state names its writer. */
function update(i: number): { code: Code; values: string[] }[] {
  return SUBSETS[i % SUBSETS.length]!.map((code) => {
    const list = LISTS[code];
    const a = i % list.length;
    const b = (a + 1 + Math.floor(i / list.length)) % list.length;
    return { code, values: [list[a]!, list[b]!] };
  });
}

/**
 * An order of the requests in which each code's final writer comes after every other request
 * that set that code; null when there is none (an update was lost or torn).
 */
function serialOrder(updates: ReturnType<typeof update>[], final: ReferenceTargeting): number[] | null {
  const after = updates.map(() => new Set<number>());
  for (const code of ['city', 'dma', 'state'] as const) {
    const finalValues = JSON.stringify(final[code]);
    const writers = updates.flatMap((u, i) => (u.some((e) => e.code === code) ? [i] : []));
    const last = writers.filter((i) => JSON.stringify(updates[i]!.find((e) => e.code === code)!.values) === finalValues);
    if (last.length !== 1) return null;
    for (const w of writers) if (w !== last[0]) after[last[0]!]!.add(w);
  }
  const order: number[] = [];
  const state = updates.map(() => 0); // 0 new, 1 visiting, 2 done
  const visit = (i: number): boolean => {
    if (state[i] === 2) return true;
    if (state[i] === 1) return false;
    state[i] = 1;
    for (const j of after[i]!) if (!visit(j)) return false;
    state[i] = 2;
    order.push(i);
    return true;
  };
  return updates.every((_, i) => visit(i)) ? order : null;
}

describe('1,000 concurrent updates to one segment', () => {
  it('no 5xx, and the final state is a serial replay', async () => {
    const before = segmentOf(server);
    const agents = Array.from({ length: 50 }, () => new Agent({ keepAlive: true, maxSockets: 20 }));
    const updates = Array.from({ length: 1000 }, (_, i) => update(i));
    const statuses = await Promise.all(updates.map((u, i) => send(agents[i % agents.length]!, JSON.stringify({ targeting: u }))));
    agents.forEach((a) => a.destroy());
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    const final = segmentOf(server);
    const order = serialOrder(updates, final);
    expect(order, 'an order of the requests that explains the final state').not.toBeNull();
    const replay: Record<string, string[]> = { ...before };
    for (const i of order!) for (const e of updates[i]!) replay[e.code] = e.values;
    expect(final).toEqual(replay);
  });

  it('the check finds a torn update', () => {
    const torn = [update(6), update(13)]; // both set city, dma and state
    const final = { city: torn[0]![0]!.values, dma: torn[1]![1]!.values, state: torn[1]![2]!.values } as ReferenceTargeting;
    expect(serialOrder(torn, final)).toBeNull();
    expect(serialOrder(torn, { ...final, city: torn[1]![0]!.values } as ReferenceTargeting)).toEqual([0, 1]);
  });
});

describe('malformed input never crashes the server, never gives a 5xx, never corrupts state', () => {
  const HEAD = `PUT ${PATH} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${DEMO_ADVERTISER_TOKEN}\r\nContent-Type: application/json\r\n`;
  const valid = JSON.stringify({ targeting: [{ code: 'os', values: ['ios'] }] });

  it('arbitrary JSON bodies: a 200 or a 400 that matches the spec', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ targeting: [v] }))), async (text) => {
        const answer = await put(server.url, { body: text }).catch(() => ({ status: 0, headers: new Headers(), body: undefined }));
        expect([200, 400]).toContain(answer.status);
        expect(specErrors(answer)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('truncated JSON, wrong types, huge, slow and cut-off bodies, all at once, beside valid updates', async () => {
    const before = segmentOf(server);
    const faults: Promise<unknown>[] = [];
    // Valid updates of another segment run alongside.
    const other = Array.from({ length: 200 }, (_, i) => put(server.url, { segmentId: 9877, body: { targeting: update(i) } }));
    for (let cut = 1; cut < valid.length; cut += 3) faults.push(put(server.url, { body: valid.slice(0, cut) }));
    for (const body of [null, 1, 'x', true, [], { targeting: null }, { targeting: [null] }, { targeting: [{ code: 1, values: 'ios' }] }]) {
      faults.push(put(server.url, { body: JSON.stringify(body) }));
    }
    for (let i = 0; i < 5; i++) faults.push(put(server.url, { body: `{"targeting":[${'{"code":"age","values":["x"]},'.repeat(40_000)}]}` }));
    const raws = [
      `${HEAD}Content-Length: 100\r\n\r\n{"targeting":`, // slow: never finishes
      `${HEAD}Content-Length: 100\r\n\r\n{"tar`, // cut off: the client hangs up
      `${HEAD}Transfer-Encoding: chunked\r\n\r\nzz\r\n`, // a broken chunk
      `${HEAD}Content-Length: abc\r\n\r\n`, // a broken header
      `${HEAD.replace(DEMO_ADVERTISER_TOKEN, 'nope')}Content-Length: 100000\r\n\r\n{`, // refused, then the body never comes
    ];
    for (const [i, text] of raws.entries()) {
      faults.push(
        open(server.port).then((socket) => {
          const answer = readAll(socket, 3000);
          if (i === 1) socket.end(text);
          else socket.write(text);
          return answer;
        }),
      );
    }
    const answers = await Promise.all(faults);
    expect((await Promise.all(other)).map((a) => a.status).filter((s) => s !== 200)).toEqual([]);
    const statuses = answers.map((a) => (a as { status: number }).status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(segmentOf(server), 'no fault changed the state').toEqual(before);
    expect((await put(server.url, { body: valid })).status, 'the server still answers').toBe(200);
  });
});
