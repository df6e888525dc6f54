/**
 * Checks that something read from a data file is `ReferenceData` (see ./data.ts), and says where
 * it is not, so that a typo in a hand-written file is reported rather than served.
 */
import { TARGETING_CODES } from '../generated/codes.js';
import { validateTargetingRequest } from '../validator/index.js';
import { ReferenceDataError, SCOPES, type ReferenceData, type ReferenceTargeting } from './data.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v > 0;

/**
 * Returns a copy of `input` when it is reference data, normalised: every segment has a
 * `targeting`, its codes in the spec's order, without empty lists (an empty list is no
 * restriction). Throws a `ReferenceDataError` listing every problem otherwise.
 */
export function checkReferenceData(input: unknown, source = 'reference data'): ReferenceData {
  const problems: string[] = [];
  const fail = (path: string, what: string) => problems.push(`${path || '/'}: ${what}`);
  const keys = (o: Obj, path: string, allowed: readonly string[]) => {
    for (const k of Object.keys(o)) if (!allowed.includes(k)) fail(`${path}/${k}`, 'unknown property');
  };
  const list = (o: Obj, key: string, path: string): unknown[] => {
    const v = o[key];
    if (Array.isArray(v)) return v;
    fail(`${path}/${key}`, 'must be an array');
    return [];
  };

  if (!isObject(input)) {
    fail('', 'must be an object with "campaigns" and "tokens"');
    throw new ReferenceDataError(source, problems);
  }
  keys(input, '', ['campaigns', 'tokens']);
  const campaignIds = new Set<number>();
  for (const [i, c] of list(input, 'campaigns', '').entries()) {
    const at = `/campaigns/${i}`;
    if (!isObject(c)) {
      fail(at, 'must be an object');
      continue;
    }
    keys(c, at, ['id', 'advertiserId', 'appId', 'segments']);
    if (!isId(c['id'])) fail(`${at}/id`, 'must be a positive integer');
    else if (campaignIds.has(c['id'])) fail(`${at}/id`, `campaign ${c['id']} appears twice`);
    else campaignIds.add(c['id']);
    if (!isId(c['advertiserId'])) fail(`${at}/advertiserId`, 'must be a positive integer');
    if (c['appId'] !== undefined && !isId(c['appId'])) fail(`${at}/appId`, 'must be a positive integer');
    const segmentIds = new Set<number>();
    for (const [j, s] of list(c, 'segments', at).entries()) {
      const sat = `${at}/segments/${j}`;
      if (!isObject(s)) {
        fail(sat, 'must be an object');
        continue;
      }
      keys(s, sat, ['id', 'targeting']);
      if (!isId(s['id'])) fail(`${sat}/id`, 'must be a positive integer');
      else if (segmentIds.has(s['id'])) fail(`${sat}/id`, `segment ${s['id']} appears twice in this campaign`);
      else segmentIds.add(s['id']);
      checkTargeting(s['targeting'] ?? {}, `${sat}/targeting`, fail);
    }
  }
  const tokens = new Set<string>();
  for (const [i, t] of list(input, 'tokens', '').entries()) {
    const at = `/tokens/${i}`;
    if (!isObject(t)) {
      fail(at, 'must be an object');
      continue;
    }
    keys(t, at, ['token', 'advertiserId', 'appId', 'scopes']);
    const token = t['token'];
    if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) fail(`${at}/token`, 'must be a non-empty string of printable ASCII without spaces');
    else if (tokens.has(token)) fail(`${at}/token`, 'appears twice');
    else tokens.add(token);
    if (!isId(t['advertiserId'])) fail(`${at}/advertiserId`, 'must be a positive integer');
    if (t['appId'] !== undefined && !isId(t['appId'])) fail(`${at}/appId`, 'must be a positive integer');
    list(t, 'scopes', at).forEach((s, j) => {
      if (!(SCOPES as readonly unknown[]).includes(s)) fail(`${at}/scopes/${j}`, `must be one of ${SCOPES.map((x) => `"${x}"`).join(', ')}`);
    });
  }
  if (problems.length > 0) throw new ReferenceDataError(source, problems);
  return normalise(input as unknown as ReferenceData);
}

function normalise(data: ReferenceData): ReferenceData {
  return {
    campaigns: data.campaigns.map((c) => ({
      id: c.id,
      advertiserId: c.advertiserId,
      ...(c.appId === undefined ? {} : { appId: c.appId }),
      segments: c.segments.map((s) => ({ id: s.id, targeting: orderedTargeting(s.targeting ?? {}) })),
    })),
    tokens: data.tokens.map((t) => ({
      token: t.token,
      advertiserId: t.advertiserId,
      ...(t.appId === undefined ? {} : { appId: t.appId }),
      scopes: [...t.scopes],
    })),
  };
}

/** The codes in the spec's order, each with a copy of its values; codes without values dropped. */
export function orderedTargeting(targeting: ReferenceTargeting): ReferenceTargeting {
  const out: Record<string, string[]> = {};
  for (const code of TARGETING_CODES) {
    const values = targeting[code];
    if (values && values.length > 0) out[code] = [...values];
  }
  return out as ReferenceTargeting;
}

/** A segment's targeting is checked as the request that would set it, by the package's validator. */
function checkTargeting(targeting: unknown, at: string, fail: (path: string, what: string) => void): void {
  if (!isObject(targeting)) return void fail(at, 'must be an object mapping codes to values');
  const codes = Object.keys(targeting);
  for (const code of codes) {
    if (!(TARGETING_CODES as readonly string[]).includes(code)) fail(`${at}/${code}`, `unknown code; codes are ${TARGETING_CODES.join(', ')}`);
  }
  const entries = codes.filter((c) => (TARGETING_CODES as readonly string[]).includes(c)).map((code) => ({ code, values: targeting[code] }));
  if (entries.length === 0) return;
  const result = validateTargetingRequest({ targeting: entries });
  if (result.valid) return;
  for (const d of result.details) {
    // `/targeting/2/values/1` -> `<at>/<code>/1`
    const [, , index, , ...rest] = d.path.split('/');
    const code = entries[Number(index)]?.code ?? '';
    const suggest = d.suggestions?.length ? ` (did you mean ${d.suggestions.map((s) => JSON.stringify(s)).join(', ')}?)` : '';
    fail([at, code, ...rest].join('/'), `${d.message}${suggest}`);
  }
}
