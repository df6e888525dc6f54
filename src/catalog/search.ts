/**
 * Finds a code's values from what a person typed. Case, accents, spacing and punctuation do not
 * count; prefixes and substrings come first, then close spellings. `"new yor"` finds DMA
 * `New York`, `"sao paulo"` finds `São Paulo (BR)`, `"501"` finds the DMA by its number, `"ON"`
 * or `"CA-ON"` finds `Ontario (CA)`.
 */
import type { TargetingCode } from '../types.js';
import { Ranker, type RankerEntry } from './ranker.js';
import { isTargetingCode, targetingValues, TARGETING_CODES, type TargetingValueInfo } from './values.js';

export interface SearchOptions {
  /** How many values to return at most; 10 when not given. */
  readonly limit?: number;
}

const rankers = new Map<TargetingCode, Ranker>();

function entry(info: TargetingValueInfo): RankerEntry {
  const keys: string[] = [];
  let weight = 0;
  if ('dmaCode' in info) keys.push(String(info.dmaCode));
  if ('isoCode' in info) keys.push(info.isoCode, info.isoCode.slice(info.isoCode.indexOf('-') + 1));
  if ('population' in info) weight = info.population;
  return { value: info.value, keys, weight };
}

function rankerFor(code: TargetingCode): Ranker {
  let ranker = rankers.get(code);
  if (!ranker) {
    ranker = new Ranker(targetingValues(code).map(entry));
    rankers.set(code, ranker);
  }
  return ranker;
}

/**
 * The values of `code` that best match `query`, best first, each with its metadata. An empty
 * query lists the values in the spec's order.
 * @throws {TypeError} when `code` is not a targeting code.
 */
export function searchTargetingValues<C extends TargetingCode>(
  code: C,
  query: string,
  options: SearchOptions = {},
): TargetingValueInfo<C>[] {
  if (!isTargetingCode(code)) throw new TypeError(`Unknown targeting code: ${JSON.stringify(code)}`);
  const limit = options.limit ?? 10;
  const values = targetingValues(code);
  return rankerFor(code)
    .rank(String(query), limit)
    .map((r) => values[r.index]!);
}

const codeRanker = new Ranker(TARGETING_CODES.map((value) => ({ value })));

/** The targeting codes closest to something that is not one (`device` -> `device_type`). */
export function closestCodes(query: string, limit: number): TargetingCode[] {
  return codeRanker.rank(query, limit).map((r) => TARGETING_CODES[r.index]!);
}

/**
 * Up to `limit` valid values of `code` closest to an invalid `value`, best first. When some
 * value equals it but for case, accents, spacing or punctuation, only those are suggested.
 */
export function suggestTargetingValues(code: TargetingCode, value: string, limit = 3): string[] {
  const ranker = rankerFor(code);
  const values = targetingValues(code);
  const exact = ranker.exact(value);
  if (exact.length) return exact.slice(0, limit).map((i) => values[i]!.value);
  // `Ontaro (CA)`: the writer named the country, so look there first (a few dozen values, not thousands).
  const country = COUNTRY_SUFFIX.exec(value)?.[1]?.toUpperCase();
  const local = country ? countryRankerFor(code, country) : undefined;
  const near = local?.ranker.rank(value, limit).map((r) => local.indices[r.index]!) ?? [];
  const indices = near.length ? near : ranker.rank(value, limit).map((r) => r.index);
  return indices.map((i) => values[i]!.value);
}

const COUNTRY_SUFFIX = /\(\s*([a-z]{2})\s*\)\s*$/i;
const countryRankers = new Map<string, { ranker: Ranker; indices: number[] } | undefined>();

/** A ranker over the values of `code` in one country (`City (CC)`, `Region (CC)`), built on first use. */
function countryRankerFor(code: TargetingCode, country: string): { ranker: Ranker; indices: number[] } | undefined {
  const key = `${code} ${country}`;
  if (!countryRankers.has(key)) {
    const infos = targetingValues(code);
    const indices = infos.flatMap((info, i) => ('country' in info && info.country === country && info.value.endsWith(`(${country})`) ? [i] : []));
    countryRankers.set(key, indices.length ? { ranker: new Ranker(indices.map((i) => entry(infos[i]!))), indices } : undefined);
  }
  return countryRankers.get(key);
}
