import { describe, expect, it } from 'vitest';
import { TARGETING_CODES, TARGETING_CODE_RULES } from '../../src/generated/codes.ts';
import { fold, spec } from '../support/spec.ts';
import { VALUES_BY_CODE } from '../support/values.ts';
import { AGE_VALUES } from '../../src/generated/values/age.ts';
import { CITY_METADATA_JSON } from '../../src/generated/values/city.ts';
import { DMA_METADATA_JSON } from '../../src/generated/values/dma.ts';
import { STATE_METADATA_JSON } from '../../src/generated/values/state.ts';

const CITY_METADATA = JSON.parse(CITY_METADATA_JSON) as Record<string, unknown>[];
const DMA_METADATA = JSON.parse(DMA_METADATA_JSON) as Record<string, unknown>[];
const STATE_METADATA = JSON.parse(STATE_METADATA_JSON) as Record<string, unknown>[];

const generated = VALUES_BY_CODE;
const specValues = (code: keyof typeof TARGETING_CODE_RULES) =>
  spec.components.schemas[TARGETING_CODE_RULES[code].valueSchema]!.enum!;

describe('enums', () => {
  it('has the seven codes of CONTRACT.md', () => {
    expect([...TARGETING_CODES]).toEqual(['age', 'gender', 'os', 'device_type', 'city', 'dma', 'state']);
  });

  it.each([
    ['age', 6],
    ['gender', 4],
    ['os', 2],
    ['device_type', 3],
    ['city', 227],
    ['dma', 210],
    ['state', 3813],
  ] as const)('%s has %i values', (code, count) => {
    expect(specValues(code)).toHaveLength(count);
    expect(TARGETING_CODE_RULES[code].maxValues).toBe(count);
  });

  it.each([
    ['age', ['13-17', '18-24', '25-34', '35-54', '55 +', 'Not Defined']],
    ['gender', ['Male', 'Female', 'Other', 'Not Defined']],
    ['os', ['android', 'ios']],
    ['device_type', ['phone', 'tablet', 'desktop']],
  ] as const)('%s is exactly as CONTRACT.md lists it', (code, values) => {
    expect(specValues(code)).toEqual(values);
  });

  it.each([
    ['city', 'Tokyo (JP)'],
    ['city', 'New York (US)'],
    ['city', 'São Paulo (BR)'],
    ['state', 'Tokyo (JP)'],
    ['state', 'California (US)'],
    ['state', 'Ontario (CA)'],
    ['dma', 'Dallas-Ft. Worth'],
    ['dma', 'New York'],
    ['dma', 'Albany, GA'],
  ] as const)('%s includes %s', (code, value) => {
    expect(specValues(code)).toContain(value);
  });

  it.each(TARGETING_CODES.map((c) => [c]))('%s repeats no value, even ignoring case and accents', (code) => {
    const folded = specValues(code).map(fold);
    const repeats = folded.filter((v, i) => folded.indexOf(v) !== i);
    expect(repeats).toEqual([]);
  });

  it.each(TARGETING_CODES.map((c) => [c]))('the generated %s array equals the spec', (code) => {
    expect([...generated[code]!]).toEqual(specValues(code));
  });

  it.each([
    ['city', CITY_METADATA, ['country', 'continent', 'geonamesId', 'population']],
    ['dma', DMA_METADATA, ['dmaCode', 'country']],
    ['state', STATE_METADATA, ['isoCode', 'country']],
  ] as const)('every %s value has its metadata, generated in order', (code, metadata, keys) => {
    const spm = spec.components.schemas[TARGETING_CODE_RULES[code].valueSchema]!['x-enum-metadata']!;
    const values = specValues(code);
    expect(Object.keys(spm)).toEqual(values);
    expect(metadata).toEqual(values.map((v) => spm[v]));
    for (const m of metadata) expect(Object.keys(m).sort()).toEqual([...keys].sort());
  });

  it.each([
    ['dma', 'New York', { dmaCode: 501, country: 'US' }],
    ['state', 'Ontario (CA)', { isoCode: 'CA-ON', country: 'CA' }],
    ['city', 'Tokyo (JP)', { country: 'JP', continent: 'Asia' }],
  ] as const)('%s %s has the right metadata', (code, value, want) => {
    const spm = spec.components.schemas[TARGETING_CODE_RULES[code].valueSchema]!['x-enum-metadata']!;
    expect(spm[value]).toMatchObject(want);
  });

  it('keeps 55 + with its space and has no value with stray white space', () => {
    expect(AGE_VALUES).toContain('55 +');
    for (const code of TARGETING_CODES) {
      for (const v of specValues(code)) expect(v, `${code} ${JSON.stringify(v)}`).toBe(v.trim().replace(/\s+/g, ' '));
    }
  });
});
