import { describe, expect, it } from 'vitest';
import { STATE_VALUES } from '../../src/generated/values/state.ts';
import { toErrorBody, validateTargetingJson, validateTargetingRequest } from '../../src/validator/index.ts';

type Want = { error: string; message?: string | RegExp; path: string; value?: unknown; suggestions?: string[] };
const entry = (code: unknown, values: unknown) => ({ code, values });
const body = (...entries: unknown[]) => ({ targeting: entries });

const firstDetail = (input: unknown) => {
  const result = validateTargetingRequest(input);
  if (result.valid) throw new Error('expected a rejection');
  return result.details[0]!;
};

describe('validateTargetingRequest: one detail per problem, in the contract vocabulary', () => {
  it.each<[string, { given: unknown; want: Want }]>([
    ['age outside the list', { given: body(entry('age', ['55+'])), want: { error: 'invalid age group', message: 'Age value not supported', path: '/targeting/0/values/0', value: '55+', suggestions: ['55 +'] } }],
    ['gender in the wrong case', { given: body(entry('gender', ['female'])), want: { error: 'invalid gender', message: 'Gender value not supported', path: '/targeting/0/values/0', suggestions: ['Female'] } }],
    ['os', { given: body(entry('os', ['windows'])), want: { error: 'invalid os', message: 'Must be "android" or "ios"', path: '/targeting/0/values/0', value: 'windows' } }],
    ['device type', { given: body(entry('device_type', ['phone', 'TV'])), want: { error: 'invalid device type', message: 'Must be "phone", "tablet" or "desktop"', path: '/targeting/0/values/1' } }],
    ['city without accent', { given: body(entry('city', ['Sao Paulo (BR)'])), want: { error: 'invalid city', path: '/targeting/0/values/0', suggestions: ['São Paulo (BR)'] } }],
    ['city typo', { given: body(entry('city', ['Tokio (JP)'])), want: { error: 'invalid city', path: '/targeting/0/values/0', suggestions: ['Tokyo (JP)'] } }],
    ['dma partial', { given: body(entry('dma', ['New Yor'])), want: { error: 'invalid dma', message: 'DMA value not supported', path: '/targeting/0/values/0', suggestions: ['New York'] } }],
    ['state without country', { given: body(entry('state', ['Ontario'])), want: { error: 'invalid state', message: 'State value not supported', path: '/targeting/0/values/0', suggestions: ['Ontario (CA)'] } }],
    ['a city value sent as dma', { given: body(entry('dma', ['Tokyo (JP)'])), want: { error: 'invalid dma', path: '/targeting/0/values/0' } }],
    ['unknown code', { given: body(entry('device', ['phone'])), want: { error: 'invalid code', message: 'Unknown targeting code', path: '/targeting/0/code', value: 'device', suggestions: ['device_type'] } }],
    ['code in the wrong case', { given: body(entry('AGE', ['18-24'])), want: { error: 'invalid code', path: '/targeting/0/code', suggestions: ['age'] } }],
    ['repeated code', { given: body(entry('os', ['ios']), entry('os', ['android'])), want: { error: 'invalid combination', message: 'Code "os" appears more than once', path: '/targeting/1/code', value: 'os' } }],
    ['repeated value', { given: body(entry('os', ['ios', 'ios'])), want: { error: 'invalid combination', message: 'Value "ios" appears more than once in os', path: '/targeting/0/values/1', value: 'ios' } }],
    ['not an object', { given: [], want: { error: 'invalid request', message: 'The request body must be a JSON object', path: '' } }],
    ['null', { given: null, want: { error: 'invalid request', path: '' } }],
    ['undefined', { given: undefined, want: { error: 'invalid request', path: '' } }],
    ['targeting missing', { given: {}, want: { error: 'invalid request', message: 'Property "targeting" is required', path: '/targeting' } }],
    ['targeting not an array', { given: { targeting: { code: 'os' } }, want: { error: 'invalid request', message: '"targeting" must be an array', path: '/targeting' } }],
    ['targeting empty', { given: { targeting: [] }, want: { error: 'invalid request', message: '"targeting" must have at least 1 entry', path: '/targeting' } }],
    ['eight entries', { given: body(...Array.from({ length: 8 }, () => entry('os', []))), want: { error: 'invalid request', message: '"targeting" must have at most 7 entries', path: '/targeting' } }],
    ['entry not an object', { given: body('os'), want: { error: 'invalid request', message: 'Each targeting entry must be a JSON object', path: '/targeting/0' } }],
    ['entry without code', { given: body({ values: [] }), want: { error: 'invalid request', message: 'Property "code" is required', path: '/targeting/0/code' } }],
    ['code not a string', { given: body(entry(7, [])), want: { error: 'invalid request', message: '"code" must be a string', path: '/targeting/0/code', value: 7 } }],
    ['entry without values', { given: body({ code: 'os' }), want: { error: 'invalid request', message: 'Property "values" is required', path: '/targeting/0/values' } }],
    ['values not an array', { given: body(entry('gender', 'Female')), want: { error: 'invalid request', message: '"values" must be an array', path: '/targeting/0/values', value: 'Female' } }],
    ['a value not a string', { given: body(entry('gender', [1])), want: { error: 'invalid request', message: 'Each value must be a string', path: '/targeting/0/values/0', value: 1 } }],
    ['too many values', { given: body(entry('os', ['ios', 'android', 'ios'])), want: { error: 'invalid request', message: '"values" of os must have at most 2 values', path: '/targeting/0/values' } }],
    ['unknown top-level property', { given: { targeting: [entry('os', [])], mode: 'merge' }, want: { error: 'invalid request', message: 'Unknown property "mode"', path: '/mode', value: 'merge' } }],
    ['unknown entry property', { given: body({ code: 'os', values: [], extra: true }), want: { error: 'invalid request', message: 'Unknown property "extra"', path: '/targeting/0/extra', value: true } }],
    ['__proto__ key', { given: JSON.parse('{"targeting":[{"code":"os","values":[]}],"__proto__":{"x":1}}'), want: { error: 'invalid request', message: 'Unknown property "__proto__"', path: '/__proto__' } }],
    ['property with a slash', { given: { targeting: [entry('os', [])], 'a/b~c': 1 }, want: { error: 'invalid request', path: '/a~1b~0c' } }],
  ])('%s', (_name, { given, want }) => {
    const d = firstDetail(given);
    const { message, ...rest } = want;
    expect(d).toMatchObject(rest);
    if (typeof message === 'string') expect(d.message).toBe(message);
    const result = validateTargetingRequest(given);
    if (!result.valid) {
      expect(result.error).toBe(d.error);
      expect(result.message).toBe(d.message);
    }
  });

  it('accepts the empty array that clears a code, and every code at once', () => {
    expect(validateTargetingRequest(body(entry('city', []))).valid).toBe(true);
    const all = body(entry('age', ['55 +']), entry('gender', ['Other']), entry('os', ['android']), entry('device_type', ['desktop']), entry('city', ['Tokyo (JP)']), entry('dma', ['Albany, GA']), entry('state', ['Tokyo (JP)']));
    expect(validateTargetingRequest(all).valid).toBe(true);
  });

  it('accepts every state at once, and no more', () => {
    expect(validateTargetingRequest(body(entry('state', [...STATE_VALUES]))).valid).toBe(true);
    expect(validateTargetingRequest(body(entry('state', [...STATE_VALUES, STATE_VALUES[0]!]))).valid).toBe(false);
  });

  it('lists several problems in the order of the request, first one as error and message', () => {
    const result = validateTargetingRequest(body(entry('age', ['18-24', 'x']), entry('gender', ['Female', 'Female']), entry('os', ['linux'])));
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.details.map((d) => [d.error, d.path])).toEqual([
      ['invalid age group', '/targeting/0/values/1'],
      ['invalid combination', '/targeting/1/values/1'],
      ['invalid os', '/targeting/2/values/0'],
    ]);
    expect([result.error, result.message]).toEqual(['invalid age group', 'Age value not supported']);
  });

  it('gives one detail per value even when it is both unknown and repeated', () => {
    const result = validateTargetingRequest(body(entry('state', ['Atlantis (XX)', 'Atlantis (XX)'])));
    expect(result.valid ? [] : result.details.map((d) => [d.error, d.path])).toEqual([
      ['invalid state', '/targeting/0/values/0'],
      ['invalid state', '/targeting/0/values/1'],
    ]);
  });

  it('names every repeat, not just the first', () => {
    const result = validateTargetingRequest(body(entry('gender', ['Male', 'Female', 'Male', 'Female'])));
    expect(result.valid ? [] : result.details.map((d) => d.path)).toEqual(['/targeting/0/values/2', '/targeting/0/values/3']);
  });
});

describe('validateTargetingRequest: bounded, safe answers', () => {
  it('stays under 4 KiB however bad the request, counting what it leaves out', () => {
    const long = 'Ж'.repeat(60) + '\u{1F600}'.repeat(20);
    const worst = body(entry('state', Array.from({ length: 3000 }, (_, i) => `${long}${i}`)));
    const result = validateTargetingRequest(worst);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.details).toHaveLength(8);
    expect(result.omittedDetails).toBe(2992);
    expect(new TextEncoder().encode(JSON.stringify(toErrorBody(result))).length).toBeLessThan(4096);
  });

  it('never returns a whole list of values', () => {
    const result = validateTargetingRequest(body(entry('state', ['nowhere'])));
    expect(JSON.stringify(result).length).toBeLessThan(1000);
  });

  it.each<[string, unknown]>([
    ['a 10 MB string', body(entry('city', ['x'.repeat(10 * 1024 * 1024)]))],
    ['a 10 MB unknown code', body(entry('y'.repeat(10 * 1024 * 1024), []))],
    ['deep nesting', body(entry('os', [JSON.parse('['.repeat(5000) + ']'.repeat(5000))]))],
    ['a huge unknown property', { targeting: [], ['k'.repeat(1_000_000)]: 1 }],
    ['a getter that throws', { get targeting() { throw new Error('boom'); } }],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['NaN', body(entry('os', [Number.NaN]))],
  ])('never throws, given %s, and keeps the 400 small', (_name, given) => {
    const result = validateTargetingRequest(given);
    expect(result.valid).toBe(false);
    if (!result.valid) expect(JSON.stringify(toErrorBody(result)).length).toBeLessThan(4096);
  });

  it('cuts a long value to 64 characters', () => {
    const d = firstDetail(body(entry('city', ['x'.repeat(1000)])));
    expect(d.value).toBe(`${'x'.repeat(63)}…`);
  });

  it('never changes its input', () => {
    const given = body(entry('gender', ['female', 'Male', 'Male']), entry('nope', [1]));
    const copy = structuredClone(given);
    validateTargetingRequest(given);
    expect(given).toEqual(copy);
  });
});

describe('validateTargetingJson', () => {
  it.each<[string, string, string | null]>([
    ['valid JSON', '{"targeting":[{"code":"os","values":["ios"]}]}', null],
    ['truncated JSON', '{"targeting":[{"code":"os"', 'Request body is not valid JSON'],
    ['empty text', '', 'Request body is not valid JSON'],
    ['a JSON string', '"hi"', 'The request body must be a JSON object'],
  ])('%s', (_name, text, message) => {
    const result = validateTargetingJson(text);
    expect(result.valid ? null : result.message).toBe(message);
  });
});
