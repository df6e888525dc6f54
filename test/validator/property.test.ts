/**
 * Property-based: 100,000 generated bodies, valid and near-valid, checked against an oracle
 * written here from the enum arrays alone (not from the spec's schemas or the validator's code).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TARGETING_CODE_RULES, TARGETING_CODES } from '../../src/generated/codes.ts';
import { validateTargetingRequest } from '../../src/validator/index.ts';
import { oracle } from './oracle.ts';
import { VALUES_BY_CODE } from '../support/values.ts';

const LISTS = VALUES_BY_CODE;
const ALL = Object.values(LISTS).flat();

/** A value of `code`, often slightly wrong. */
const value = (code: string) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...LISTS[code]!) },
    { weight: 1, arbitrary: fc.constantFrom(...LISTS[code]!).map((v) => v.toUpperCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...LISTS[code]!).map((v) => v.toLowerCase()) },
    { weight: 1, arbitrary: fc.constantFrom(...LISTS[code]!).map((v) => ` ${v}`) },
    { weight: 1, arbitrary: fc.constantFrom(...LISTS[code]!).map((v) => v.replace(' ', '  ')) },
    { weight: 1, arbitrary: fc.constantFrom(...ALL) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant({}), fc.constant([])) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );

const code = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...TARGETING_CODES) },
  { weight: 1, arbitrary: fc.constantFrom('country', 'AGE', 'device', 'Gender', '', '__proto__') },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constant(null)) },
);

const key = fc.constantFrom('extra', 'mode', '__proto__', 'constructor', 'a/b', 'values ');

const entry = code.chain((c) =>
  fc
    .record(
      {
        code: fc.constant(c),
        values: fc.oneof(
          { weight: 10, arbitrary: fc.array(value(typeof c === 'string' && Object.hasOwn(LISTS, c) ? c : 'os'), { maxLength: 6 }) },
          { weight: 1, arbitrary: fc.constantFrom('Female', 7, null, { x: 1 }) },
        ),
        extra: fc.tuple(key, fc.jsonValue({ maxDepth: 1 })),
      },
      { requiredKeys: [] },
    )
    .map(({ extra, ...rest }) => (extra ? { ...rest, [extra[0]]: extra[1] } : rest)),
);

const body = fc.oneof(
  { weight: 20, arbitrary: fc.array(entry, { maxLength: 8 }).map((targeting) => ({ targeting })) },
  { weight: 1, arbitrary: fc.record({ targeting: fc.array(entry, { maxLength: 3 }), other: fc.tuple(key, fc.integer()) }).map(({ targeting, other }) => ({ targeting, [other[0]]: other[1] })) },
  { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)) },
  { weight: 1, arbitrary: fc.record({ targeting: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object()) }) },
);

describe('validator, property-based', () => {
  it('agrees with the oracle on 100,000 bodies, never throws, points at the right paths', () => {
    fc.assert(
      fc.property(body, (b) => {
        // JSON round trip: the validator sees what a server would parse (`__proto__` as data).
        const input: unknown = b === undefined ? undefined : JSON.parse(JSON.stringify(b));
        const want = oracle(input, LISTS, TARGETING_CODE_RULES);
        const got = validateTargetingRequest(input);
        if (want.length === 0) {
          expect(got).toEqual({ valid: true, value: input });
          return;
        }
        expect(got.valid).toBe(false);
        if (got.valid) return;
        expect(got.details.map((d) => [d.path, d.error])).toEqual(want.slice(0, 8).map((p) => [p.path, p.error]));
        expect(got.omittedDetails ?? 0).toBe(Math.max(0, want.length - 8));
        expect([got.error, got.message]).toEqual([got.details[0]!.error, got.details[0]!.message]);
      }),
      { numRuns: 100_000, seed: 20261203 },
    );
  }, 600_000);
});
