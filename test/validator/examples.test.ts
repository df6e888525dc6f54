import { describe, expect, it } from 'vitest';
import { toErrorBody, validateIds, validateTargetingRequest } from '../../src/validator/index.ts';
import { bodyExamples } from '../support/spec.ts';

const examples = bodyExamples();

describe('validator against the spec examples', () => {
  it.each(examples.filter((e) => e.where === 'request').map((e) => [e.name, e.example.value] as const))(
    'accepts the request example %s',
    (_name, body) => {
      expect(validateTargetingRequest(body)).toEqual({ valid: true, value: body });
    },
  );

  it.each(examples.filter((e) => e.example['x-request'] !== undefined).map((e) => [e.name, e.example] as const))(
    'answers the 400 example %s for its request, exactly',
    (_name, example) => {
      const result = validateTargetingRequest(example['x-request']);
      expect(result.valid).toBe(false);
      if (!result.valid) expect(toErrorBody(result)).toEqual(example.value);
    },
  );

  it.each(examples.filter((e) => e.example['x-path-parameters'] !== undefined).map((e) => [e.name, e.example] as const))(
    'answers the 400 example %s for its path parameters, exactly',
    (_name, example) => {
      const { campaignId, segmentId } = example['x-path-parameters']!;
      const result = validateIds(campaignId, segmentId);
      expect(result.valid).toBe(false);
      if (!result.valid) expect(toErrorBody(result)).toEqual(example.value);
    },
  );
});
