import { describe, expect, it } from 'vitest';
import * as validators from '../../src/generated/validators.ts';
import { bodyExamples, spec } from '../support/spec.ts';

const examples = bodyExamples();
const validatorFor = (schema: string) =>
  (validators as unknown as Record<string, validators.StandaloneValidator<unknown>>)[`validate${schema}`];

describe('spec examples', () => {
  it('has a request example and an example for every response', () => {
    const where = new Set(examples.map((e) => e.where));
    expect([...where].sort()).toEqual(['200', '400', '403', '404', '413', '415', 'request']);
  });

  it.each(examples.map((e) => [`${e.where} ${e.name}`, e] as const))('%s validates against its schema', (_name, e) => {
    const validate = validatorFor(e.schema);
    expect(validate, `a generated validator for ${e.schema}`).toBeTypeOf('function');
    const valid = validate!(e.example.value);
    expect(validate!.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('shows every 400 error code at least once', () => {
    const codes = spec.components.schemas['ValidationErrorCode']!.enum!;
    const shown = new Set(
      examples.filter((e) => e.where === '400').map((e) => (e.example.value as { error: string }).error),
    );
    expect(codes.filter((c) => !shown.has(c))).toEqual([]);
  });

  it('gives every 400 example the request that causes it', () => {
    for (const e of examples.filter((x) => x.where === '400')) {
      const hasCause = e.example['x-request'] !== undefined || e.example['x-path-parameters'] !== undefined;
      expect(hasCause, e.name).toBe(true);
    }
  });

  it.each(examples.filter((e) => e.example['x-request'] !== undefined).map((e) => [e.name, e] as const))(
    'the request of %s is rejected by the request validator',
    (_name, e) => {
      expect(validators.validateUpdateSegmentTargetingRequest(e.example['x-request'])).toBe(false);
    },
  );
});
